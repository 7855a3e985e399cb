"""Forms of the meetings screens; choices of people are limited to the community's members."""

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from communities.models import Modality
from meetings.content import BLOCK_KINDS
from meetings.models import Meeting, RecapVisibility
from meetings.services import MeetingData, templates_for_format
from meetings.services.agenda import content_language

DATETIME_INPUT = "%Y-%m-%dT%H:%M"
_OFFSET = re.compile(r"^\s*(\d+)\s*(d|j|h|min|m)\s*$", re.IGNORECASE)
_UNITS = {"d": 1440, "j": 1440, "h": 60, "min": 1, "m": 1}


def parse_offsets(text: str) -> list[int]:
    """« 7d, 1d, 2h » (or « 7 j ») → minutes before the start, largest first."""
    offsets = set()
    for part in filter(None, (piece.strip() for piece in text.replace(";", ",").split(","))):
        match = _OFFSET.match(part)
        if match is None:
            raise ValidationError(
                _("Write reminders like “7d, 1d, 2h” (days or hours before the meeting).")
            )
        minutes = int(match.group(1)) * _UNITS[match.group(2).lower()]
        if not 1 <= minutes <= 60 * 24 * 60:
            raise ValidationError(_("A reminder is sent between 1 minute and 60 days before."))
        offsets.add(minutes)
    return sorted(offsets, reverse=True)


def format_offsets(offsets: Sequence[int]) -> str:
    day = "j" if (get_language() or "fr").startswith("fr") else "d"
    parts = []
    for minutes in offsets:
        if minutes % 1440 == 0:
            parts.append(f"{minutes // 1440}{day}")
        elif minutes % 60 == 0:
            parts.append(f"{minutes // 60}h")
        else:
            parts.append(f"{minutes}min")
    return ", ".join(parts)


class PeopleMixin:
    """Choices of people from an already-loaded member list: no query when the form renders."""

    people: dict[str, User]

    def set_people(self, members: Sequence[User], *names: str) -> None:
        self.people = {str(user.pk): user for user in members}
        choices = [(key, user.display_name) for key, user in self.people.items()]
        for name in names:
            field = self.fields[name]  # type: ignore[attr-defined]
            field.choices = (
                choices if field.widget.allow_multiple_selected else [("", "—"), *choices]
            )

    def person(self, value: str) -> User | None:
        return self.people.get(value) if value else None


class MeetingForm(PeopleMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    starts_at = forms.DateTimeField(
        label=_("Date and start time"),
        input_formats=[DATETIME_INPUT, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_INPUT),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=15, max_value=600, initial=120
    )
    theme = forms.CharField(
        label=_("Theme"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Announcing the theme helps people decide to come."),
    )
    backlog_theme = forms.ChoiceField(label=_("Or pick a theme from the backlog"), required=False)
    modality = forms.ChoiceField(label=_("Modality"), choices=Modality.choices)
    room_address = forms.CharField(
        label=_("Room address"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    video_link = forms.URLField(
        label=_("Video link"),
        required=False,
        assume_scheme="https",
        help_text=_("Shown only to members who said they are coming."),
    )
    capacity = forms.IntegerField(label=_("Capacity"), required=False, min_value=1)
    note_taker = forms.ChoiceField(label=_("Note-taker"), required=False)
    co_facilitators = forms.MultipleChoiceField(
        label=_("Co-facilitators"), required=False, widget=forms.CheckboxSelectMultiple
    )
    reminders = forms.CharField(
        label=_("Reminders"),
        required=False,
        help_text=_(
            "Days (d) or hours (h) before the meeting, e.g. “7d, 1d”. Empty: the community's defaults."
        ),
    )
    agenda_template = forms.ChoiceField(label=_("Start the agenda from"), required=False)

    def __init__(
        self,
        *args: Any,
        members: Sequence[User] = (),
        community_format: str = "",
        with_template: bool = True,
        backlog: Sequence[str] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.set_people(members, "note_taker", "co_facilitators")
        if backlog:
            self.fields["backlog_theme"].choices = [("", "—")] + [(t, t) for t in backlog]  # type: ignore[attr-defined]
        else:
            del self.fields["backlog_theme"]
        if with_template:
            lang = content_language()
            self.fields["agenda_template"].choices = [("", _("An empty agenda"))] + [  # type: ignore[attr-defined]
                (t["key"], t["title"][lang]) for t in templates_for_format(community_format)
            ]
        else:
            del self.fields["agenda_template"]

    def clean_reminders(self) -> list[int] | None:
        text = self.cleaned_data.get("reminders", "").strip()
        return parse_offsets(text) if text else None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("theme") and data.get("backlog_theme"):
            data["theme"] = data["backlog_theme"]
        modality = data.get("modality")
        if modality in {Modality.IN_PERSON, Modality.HYBRID} and not data.get("room_address"):
            self.add_error(
                "room_address", _("An in-person or hybrid meeting needs a room address.")
            )
        return data

    def to_data(self) -> MeetingData:
        data = self.cleaned_data
        return MeetingData(
            title=data["title"],
            starts_at=data["starts_at"],
            duration_minutes=data["duration_minutes"],
            theme=data.get("theme", ""),
            modality=data["modality"],
            room_address=data.get("room_address", ""),
            video_link=data.get("video_link", ""),
            capacity=data.get("capacity"),
            note_taker=self.person(data.get("note_taker", "")),
            co_facilitators=[
                user for key in data.get("co_facilitators") or [] if (user := self.person(key))
            ],
            reminder_offsets=data.get("reminders"),
            agenda_template=data.get("agenda_template", "") or "",
        )

    @classmethod
    def initial_for(cls, meeting: Meeting) -> dict[str, Any]:
        return {
            "title": meeting.title,
            "starts_at": meeting.starts_at,
            "duration_minutes": meeting.duration_minutes,
            "theme": meeting.theme,
            "modality": meeting.modality,
            "room_address": meeting.room_address,
            "video_link": meeting.video_link,
            "capacity": meeting.capacity,
            "note_taker": str(meeting.note_taker_id or ""),
            "co_facilitators": [str(user.pk) for user in meeting.co_facilitators.all()],
            "reminders": format_offsets(meeting.reminder_offsets)
            if meeting.reminder_offsets is not None
            else "",
        }


class SeriesForm(MeetingForm):
    interval_weeks = forms.IntegerField(
        label=_("Every how many weeks"), min_value=1, max_value=52, initial=6
    )
    count = forms.IntegerField(label=_("Number of meetings"), min_value=2, max_value=52, initial=6)
    exdates = forms.CharField(
        label=_("Except on"),
        required=False,
        help_text=_("Dates to skip, as YYYY-MM-DD separated by commas."),
    )

    def clean_exdates(self) -> list[date]:
        days = []
        for part in filter(
            None, (p.strip() for p in self.cleaned_data.get("exdates", "").split(","))
        ):
            try:
                days.append(date.fromisoformat(part))
            except ValueError as exc:
                raise ValidationError(
                    _("“%(value)s” is not a date like 2026-11-04."), params={"value": part}
                ) from exc
        return days

    def rrule(self) -> str:
        return (
            f"FREQ=WEEKLY;INTERVAL={self.cleaned_data['interval_weeks']};"
            f"COUNT={self.cleaned_data['count']}"
        )


class SettingsForm(forms.Form):
    reminders = forms.CharField(
        label=_("Reminders before each meeting"),
        help_text=_("Days (d) or hours (h) before the meeting, e.g. “7d, 1d”."),
    )

    def clean_reminders(self) -> list[int]:
        offsets = parse_offsets(self.cleaned_data["reminders"])
        if not offsets:
            raise ValidationError(_("Give at least one reminder."))
        return offsets


def kind_choices() -> list[tuple[str, str]]:
    lang = content_language()
    return [(key, text[lang]) for key, text in BLOCK_KINDS.items()]


class BlockForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of block"))
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=600, initial=15)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = kind_choices()  # type: ignore[attr-defined]


class BlockEditForm(forms.Form):
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=600)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    tool_slug = forms.SlugField(label=_("Library sheet (slug)"), required=False, max_length=80)
    tool = forms.IntegerField(label=_("Tool"), required=False, min_value=1)


class TemplateForm(forms.Form):
    template = forms.ChoiceField(label=_("Agenda template"))

    def __init__(self, *args: Any, community_format: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lang = content_language()
        self.fields["template"].choices = [  # type: ignore[attr-defined]
            (t["key"], t["title"][lang]) for t in templates_for_format(community_format)
        ]


class TopicForm(forms.Form):
    text = forms.CharField(
        label=_("Situation or topic"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Only the facilitators read it."),
    )
    present_anonymously = forms.BooleanField(
        label=_("Present it without naming me"), required=False, initial=True
    )


class RecapForm(forms.Form):
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 6}))
    next_theme = forms.CharField(label=_("Next theme"), max_length=300, required=False)
    visibility = forms.ChoiceField(label=_("Who can read it"), choices=RecapVisibility.choices)


class FollowUpForm(PeopleMixin, forms.Form):
    text = forms.CharField(label=_("Follow-up"), max_length=300)
    owner = forms.ChoiceField(label=_("Owner"), required=False)
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, members: Sequence[User] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_people(members, "owner")

    def clean_owner(self) -> User | None:
        return self.person(self.cleaned_data.get("owner", ""))


class SharedToolForm(forms.Form):
    title = forms.CharField(label=_("Tool shared"), max_length=200)
    url = forms.URLField(label=_("Link (optional)"), required=False, assume_scheme="https")
