"""Forms of the guided creation (one per step), of the community pages and of the directory."""

from typing import Any

from django import forms
from django.core.validators import validate_email
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from communities import guidance
from communities.models import (
    AXIS_CHOICES,
    Community,
    CommunityRole,
    Format,
    ObjectiveKind,
    ObjectiveStatus,
    Origin,
    Registration,
    Stage,
    TransformationDecision,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _explain_axes(form: forms.BaseForm) -> None:
    """Axis fields become radios whose labels carry each value's definition (viewer's language)."""
    for name, field in form.fields.items():
        if name not in AXIS_CHOICES:
            continue
        field.help_text = guidance.axis_help(name)
        field.widget = forms.RadioSelect()
        field.choices = [  # type: ignore[attr-defined,unused-ignore]
            (
                value,
                format_html(
                    "<strong>{}</strong> <small class='muted'>{}</small>",
                    label,
                    guidance.value_definition(name, value),
                ),
            )
            for value, label in AXIS_CHOICES[name].choices
        ]


class StepForm(forms.ModelForm):  # type: ignore[type-arg]
    title: Any = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _explain_axes(self)


class BasicsForm(StepForm):
    title = _("The community")
    preset = forms.ChoiceField(
        label=_("Start from a piloted model"), required=False, widget=forms.RadioSelect
    )

    class Meta:
        model = Community
        fields = ["name", "description", "target_audience"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, creating: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if creating:
            preset_field: Any = self.fields["preset"]
            preset_field.choices = [("", _("No model: I set everything myself"))] + [
                (
                    p["key"],
                    format_html(
                        "<strong>{}</strong> <small class='muted'>{}</small>",
                        p["title"],
                        p["summary"],
                    ),
                )
                for p in guidance.presets()
            ]
            self.order_fields(["preset", "name"])
        else:
            del self.fields["preset"]


class AccessForm(StepForm):
    title = _("Who can join")

    class Meta:
        model = Community
        fields = [
            "registration",
            "eligibility_criteria",
            "visibility",
            "capacity",
            "ideal_size_min",
            "ideal_size_max",
        ]
        widgets = {"eligibility_criteria": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "capacity": _(
                "Places for participants; facilitators do not take one. Leave empty for no "
                "limit: when the community is full, people wait on a list and join as places "
                "free up."
            ),
            "ideal_size_min": _("Advice only: it never blocks anyone from joining."),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("registration") == Registration.CLOSED
            and not data.get("eligibility_criteria", "").strip()
        ):
            self.add_error(
                "eligibility_criteria",
                _("A closed community selects its members: state the eligibility criteria."),
            )
        low, high = data.get("ideal_size_min"), data.get("ideal_size_max")
        if low and high and low > high:
            self.add_error("ideal_size_max", _("The upper bound must not be below the lower one."))
        if data.get("capacity") == 0:
            self.add_error("capacity", _("Leave empty for no limit, or give at least 1."))
        return data


class TypologyForm(StepForm):
    title = _("What kind of community")

    class Meta:
        model = Community
        fields = [
            "origin",
            "sponsor_organization",
            "expectations",
            "format",
            "structure",
            "org_scope",
            "sector_scope",
            "geography",
            "diversity",
            "formalization",
            "anchoring",
            "topic_setting",
        ]
        widgets = {"expectations": forms.Textarea(attrs={"rows": 3})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("origin") == Origin.INTENTIONAL
            and not data.get("sponsor_organization", "").strip()
        ):
            self.add_error(
                "sponsor_organization",
                _("An intentional community records the organisation that set it up."),
            )
        return data


class RhythmForm(StepForm):
    title = _("Rhythm and place")

    class Meta:
        model = Community
        fields = [
            "modality",
            "territory",
            "cadence_weeks",
            "default_meeting_minutes",
            "time_commitment",
            "planned_meetings",
            "start_date",
            "end_date",
        ]
        widgets = {"start_date": DATE, "end_date": DATE}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date must come after the start date."))
        minutes = data.get("default_meeting_minutes")
        if minutes is not None and not 15 <= minutes <= 600:
            self.add_error(
                "default_meeting_minutes", _("Give a length between 15 and 600 minutes.")
            )
        return data


class MissionForm(StepForm):
    title = _("Mission and norms")
    not_list_text = forms.CharField(
        label=_("What we are not"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One statement per line."),
    )

    class Meta:
        model = Community
        fields = ["mission", "values", "agreed_norms", "read_first"]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["mission", "values", "not_list_text"])
        self.fields["not_list_text"].initial = "\n".join(
            self.instance.not_list or guidance.not_a_cop()
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        lines = (data.pop("not_list_text", "") or "").splitlines()
        data["not_list"] = [line.strip() for line in lines if line.strip()][:30]
        return data


STEPS: list[type[StepForm]] = [BasicsForm, AccessForm, TypologyForm, RhythmForm, MissionForm]


def step_fields(form: StepForm) -> dict[str, Any]:
    """The cleaned values a step saves on the community."""
    data = dict(form.cleaned_data)
    data.pop("preset", None)
    return {key: value for key, value in data.items() if key != "not_list_text"}


class ObjectiveForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ObjectiveKind.choices)
    text = forms.CharField(label=_("Objective"), max_length=300)


class ObjectiveReviewForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=ObjectiveStatus.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ThemeForm(forms.Form):
    title = forms.CharField(label=_("Theme"), max_length=200)
    details = forms.CharField(
        label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class PlanThemeForm(forms.Form):
    planned_for = forms.DateField(label=_("Date"), widget=DATE)


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=TransformationDecision.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Reasons and lessons learned"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class JoinForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the facilitators (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class LeaveForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you leaving? (optional, it helps the facilitators)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class InviteForm(forms.Form):
    emails = forms.CharField(
        label=_("Email addresses"),
        help_text=_("One or more addresses, separated by commas or line breaks."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_emails(self) -> list[str]:
        raw = self.cleaned_data["emails"].replace(",", "\n").replace(";", "\n").split()
        emails = []
        for email in raw:
            try:
                validate_email(email)
            except forms.ValidationError as exc:
                raise forms.ValidationError(
                    _("« %(email)s » is not a valid email address."), params={"email": email}
                ) from exc
            emails.append(email.lower())
        if not emails:
            raise forms.ValidationError(_("Give at least one email address."))
        if len(emails) > 50:
            raise forms.ValidationError(_("Invite at most 50 people at once."))
        return list(dict.fromkeys(emails))


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=CommunityRole.choices)
    expires_on = forms.DateField(
        label=_("Access until (guest expert)"), required=False, widget=DATE
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("role") == CommunityRole.GUEST_EXPERT and not data.get("expires_on"):
            self.add_error("expires_on", _("A guest expert's access must end on a date."))
        return data


class ExpertiseForm(forms.Form):
    expertise = forms.CharField(
        label=_("What I can help with"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RemoveForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=2000)


class CloneForm(forms.Form):
    name = forms.CharField(label=_("Name of the new cycle"), max_length=200)
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("Keep the same format")), *Format.choices],
    )
    keep_members = forms.BooleanField(label=_("Bring the current members along"), required=False)


class DirectoryForm(forms.Form):
    """GET filters: every typology axis and the stage; empty means any."""

    q = forms.CharField(label=_("Search"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        any_value = [("", _("Any"))]
        for name, choices in AXIS_CHOICES.items():
            field = Community._meta.get_field(name)
            self.fields[name] = forms.ChoiceField(
                label=str(getattr(field, "verbose_name", name)).capitalize(),
                required=False,
                choices=[*any_value, *choices.choices],
            )
        self.fields["stage"] = forms.ChoiceField(
            label=_("Stage"), required=False, choices=[*any_value, *Stage.choices]
        )
