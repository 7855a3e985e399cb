"""Form helpers for templates (`{% load cdp_forms %}`)."""

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

from cdp.widgets import attributes, escape

register = template.Library()


@register.filter
def choice_inputs(field: BoundField) -> SafeString:
    """Every option of a radio or checkbox field as `<label for><input …> text</label>`, written
    here in one pass: the same markup as Django's widget templates, without rendering a template
    per option (a long survey has some two hundred of them)."""
    parts = []
    for option in field.subwidgets:
        data = option.data
        parts.append(
            f'<label for="{escape(data["attrs"].get("id", ""))}">'
            f'<input type="{escape(data["type"])}" name="{escape(data["name"])}"'
            f' value="{escape(data["value"])}"{attributes(data["attrs"])}>'
            f" {escape(data['label'])}</label>"
        )
    # Every value was escaped above, as the widget templates would.
    return SafeString("\n".join(parts))  # nosec B703
