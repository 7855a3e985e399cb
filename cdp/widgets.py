"""Form markup written in one pass in Python where Django renders a template per option (long
surveys, selects of every community), with the same markup as Django's widget templates."""

import html
from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.utils.safestring import SafeData, SafeString


def escape(value: object) -> str:
    """As Django's `conditional_escape`, without building a SafeString per call."""
    return str(value) if isinstance(value, SafeData) else html.escape(str(value))


def attributes(attrs: Mapping[str, Any]) -> str:
    """HTML attributes as Django's `attrs.html` writes them (escaped): in order, `True` as a bare
    name, `False` left out, anything else as `name="value"`."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def options(choices: Iterable[Mapping[str, Any]]) -> str:
    """`<option>` elements from the option dicts of `ChoiceWidget.optgroups` (escaped)."""
    return "\n".join(
        f'<option value="{escape(o["value"])}"{attributes(o["attrs"])}>{escape(o["label"])}</option>'
        for o in choices
    )


class QuickSelect(forms.Select):
    """A `<select>` with the markup of Django's template, written in one pass in Python: the
    template renders a sub-template per option, and the report form lists every community of the
    organisation (a thousand of them took most of the dashboard's time)."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        groups = [
            f'<optgroup label="{escape(group_name)}">\n{options(group)}\n</optgroup>'
            if group_name
            else options(group)
            for group_name, group, _index in widget["optgroups"]
        ]
        # Every value was escaped above, as the widget templates would.
        return SafeString(  # nosec B703
            f'<select name="{escape(widget["name"])}"{attributes(widget["attrs"])}>\n'
            + "\n".join(groups)
            + "\n</select>"
        )
