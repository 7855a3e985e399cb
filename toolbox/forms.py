from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from communities.models import Community, Format, Stage
from toolbox.models import Category, Licence, ToolLanguage
from toolbox.selectors import DURATION_BUCKETS, ToolFilters
from toolbox.services import ToolData
from toolbox.uploads import inspect_upload

DURATION_CHOICES = [
    ("short", _("20 minutes or less")),
    ("medium", _("21 to 60 minutes")),
    ("long", _("More than an hour")),
]
LEVEL_CHOICES = [
    ("library", _("Platform library")),
    ("organization", _("Our organisation")),
    ("community", _("My communities")),
]


def _any(label: Any) -> list[tuple[str, Any]]:
    return [("", label)]


class FilterForm(forms.Form):
    """The search and filters of the list page (GET; every field optional)."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=_any(_("All categories")) + Category.choices
    )
    level = forms.ChoiceField(
        label=_("Where"), required=False, choices=_any(_("Everywhere")) + LEVEL_CHOICES
    )
    community = forms.TypedChoiceField(
        label=_("Community"), required=False, coerce=int, empty_value=None, choices=()
    )
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=_any(_("All stages")) + Stage.choices
    )
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=_any(_("All formats")) + Format.choices
    )
    duration = forms.ChoiceField(
        label=_("Duration"), required=False, choices=_any(_("Any duration")) + DURATION_CHOICES
    )
    group_size = forms.IntegerField(
        label=_("Group size (people)"), required=False, min_value=1, max_value=500
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[
            *_any(_("All languages")),
            (ToolLanguage.FR, _("French")),
            (ToolLanguage.EN, _("English")),
        ],
    )
    licence = forms.ChoiceField(
        label=_("Licence"), required=False, choices=_any(_("All licences")) + Licence.choices
    )

    def __init__(self, *args: Any, communities: list[Community] = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        field = cast(forms.ChoiceField, self.fields["community"])
        field.choices = [*_any(_("All")), *[(c.pk, c.name) for c in communities]]

    def to_filters(self) -> ToolFilters:
        data = self.cleaned_data if self.is_valid() else {}
        duration = data.get("duration") or ""
        return ToolFilters(
            q=data.get("q") or "",
            category=data.get("category") or "",
            stage=data.get("stage") or "",
            format=data.get("format") or "",
            duration=duration if duration in DURATION_BUCKETS else "",
            group_size=data.get("group_size"),
            language=data.get("language") or "",
            licence=data.get("licence") or "",
            level=data.get("level") or "",
            community_id=data.get("community"),
        )


def check_upload(upload: Any) -> Any:
    """Run the content checks in the form too, so the error shows next to the field."""
    if upload:
        inspect_upload(upload, upload.name, upload.size)
    return upload


class ToolForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    category = forms.ChoiceField(label=_("Category"), choices=Category.choices)
    purpose = forms.CharField(
        label=_("Purpose"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("In one or two sentences: what is it for?"),
    )
    how_to = forms.CharField(
        label=_("How to use it"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), required=False, min_value=1, max_value=1440
    )
    group_size_min = forms.IntegerField(
        label=_("Smallest group"), required=False, min_value=1, max_value=1000
    )
    group_size_max = forms.IntegerField(
        label=_("Largest group"), required=False, min_value=1, max_value=1000
    )
    materials = forms.CharField(
        label=_("Materials"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    stages = forms.MultipleChoiceField(
        label=_("Useful at these stages"),
        required=False,
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    formats = forms.MultipleChoiceField(
        label=_("Suits these formats (none ticked: every format)"),
        required=False,
        choices=Format.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    tags = forms.CharField(
        label=_("Keywords"), required=False, max_length=300, help_text=_("Separated by commas.")
    )
    language = forms.ChoiceField(label=_("Language"), choices=ToolLanguage.choices)
    licence = forms.ChoiceField(label=_("Licence"), choices=Licence.choices)
    url = forms.URLField(label=_("Link"), required=False, assume_scheme="https")
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_(
            "PDF, Word, Excel, PowerPoint, OpenDocument, image, text or zip; 20 MB at most."
        ),
    )

    def __init__(self, *args: Any, with_file: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not with_file:
            del self.fields["file"]

    def clean_file(self) -> Any:
        return check_upload(self.cleaned_data.get("file"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("group_size_min"), data.get("group_size_max")
        if low and high and low > high:
            self.add_error(
                "group_size_max", _("The largest group cannot be smaller than the smallest.")
            )
        return data

    def to_data(self) -> ToolData:
        data = self.cleaned_data
        return ToolData(
            title=data["title"],
            purpose=data["purpose"],
            category=data["category"],
            how_to=data.get("how_to") or "",
            materials=data.get("materials") or "",
            duration_minutes=data.get("duration_minutes"),
            group_size_min=data.get("group_size_min"),
            group_size_max=data.get("group_size_max"),
            stages=list(data.get("stages") or []),
            formats=list(data.get("formats") or []),
            tags=data.get("tags") or "",
            language=data["language"],
            licence=data["licence"],
            url=data.get("url") or "",
        )

    @classmethod
    def initial_from(cls, tool: Any) -> dict[str, Any]:
        return {
            "title": tool.title,
            "category": tool.category,
            "purpose": tool.purpose,
            "how_to": tool.how_to,
            "duration_minutes": tool.duration_minutes,
            "group_size_min": tool.group_size_min,
            "group_size_max": tool.group_size_max,
            "materials": tool.materials,
            "stages": tool.stages,
            "formats": tool.formats,
            "tags": tool.tags,
            "language": tool.language,
            "licence": tool.licence,
            "url": tool.url,
        }


class FileVersionForm(forms.Form):
    file = forms.FileField(label=_("New version of the file"))
    note = forms.CharField(label=_("What changed"), required=False, max_length=300)

    def clean_file(self) -> Any:
        return check_upload(self.cleaned_data.get("file"))


ORGANISATION_CHOICE = 0


class AdaptForm(forms.Form):
    community = forms.TypedChoiceField(label=_("Where should the copy go?"), coerce=int)

    def __init__(
        self,
        *args: Any,
        communities: list[Community] = (),  # type: ignore[assignment]
        share_back: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.communities = {c.pk: c for c in communities}
        self.share_back = share_back
        choices: list[tuple[int, Any]] = [(c.pk, c.name) for c in communities]
        if share_back:
            choices.append((ORGANISATION_CHOICE, _("The whole organisation (share back)")))
        field = cast(forms.ChoiceField, self.fields["community"])
        field.choices = choices

    def clean_community(self) -> Community | None:
        value = self.cleaned_data["community"]
        if value == ORGANISATION_CHOICE and self.share_back:
            return None
        if value not in self.communities:
            raise ValidationError(_("Choose one of your communities."))
        return self.communities[value]
