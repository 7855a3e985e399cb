"""Forms of the evaluations app; the answer form is built from the survey's questions."""

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cdp.widgets import QuickSelect
from evaluations import content
from evaluations.models import (
    NOT_APPLICABLE,
    Audience,
    LogbookCategory,
    Question,
    QuestionKind,
    Survey,
)
from evaluations.text import localized

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _theme_choices() -> list[tuple[str, Any]]:
    choices: list[tuple[str, Any]] = [("", _("No theme"))]
    choices += [(k, localized(v)) for k, v in content.IMPACT_DIMENSIONS.items()]
    choices += [(k, localized(v)) for k, v in content.LOGISTICS_TAGS.items()]
    return choices


class SurveySettingsForm(forms.ModelForm):  # type: ignore[type-arg]
    meeting_id = forms.TypedChoiceField(
        label=_("Meeting"), required=False, coerce=int, empty_value=None
    )

    class Meta:
        model = Survey
        fields = [
            "title",
            "intro",
            "is_anonymous",
            "audience",
            "meeting_id",
            "opens_at",
            "closes_at",
        ]
        widgets = {
            "opens_at": DATETIME_WIDGET,
            "closes_at": DATETIME_WIDGET,
            "intro": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, meetings: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["meeting_id"].choices = [("", "—"), *meetings]  # type: ignore[attr-defined]
        for name in ("opens_at", "closes_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("audience") == Audience.MEETING and not data.get("meeting_id"):
            self.add_error("meeting_id", _("Choose the meeting whose participants will answer."))
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("The closing date must come after the opening date."))
        return data


class NewSurveyForm(SurveySettingsForm):
    template_key = forms.ChoiceField(label=_("Start from"), required=False)

    class Meta(SurveySettingsForm.Meta):
        fields = ["template_key", *SurveySettingsForm.Meta.fields]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the template's title.")
        self.fields["template_key"].choices = [("", _("An empty survey"))] + [  # type: ignore[attr-defined]
            (t["key"], localized(t["title"])) for t in content.SURVEY_TEMPLATES
        ]
        self.fields["is_anonymous"].required = False
        self.order_fields(["template_key"])


class QuestionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of question"), choices=QuestionKind.choices)
    text_fr = forms.CharField(
        label=_("Question (French)"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
    text_en = forms.CharField(
        label=_("Question (English)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    choices_fr = forms.CharField(
        label=_("Choices (French), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For single and multiple choice questions only."),
    )
    choices_en = forms.CharField(
        label=_("Choices (English), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = _theme_choices()  # type: ignore[attr-defined]

    @classmethod
    def initial_for(cls, question: Question) -> dict[str, Any]:
        return {
            "kind": question.kind,
            "text_fr": question.text.get("fr", ""),
            "text_en": question.text.get("en", ""),
            "choices_fr": "\n".join(c.get("fr", "") for c in question.choices),
            "choices_en": "\n".join(c.get("en", "") for c in question.choices),
            "required": question.required,
            "theme": question.theme,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        french = [c.strip() for c in (data.get("choices_fr") or "").splitlines() if c.strip()]
        english = [c.strip() for c in (data.get("choices_en") or "").splitlines() if c.strip()]
        if data.get("kind") in ("single", "multiple") and len(french) < 2:
            self.add_error("choices_fr", _("A choice question needs at least two choices."))
        if english and len(english) != len(french):
            self.add_error("choices_en", _("Give as many English choices as French ones."))
        data["choice_list"] = [
            {"fr": fr, "en": english[i] if i < len(english) else fr} for i, fr in enumerate(french)
        ]
        data["text"] = {
            "fr": data.get("text_fr", ""),
            "en": data.get("text_en") or data.get("text_fr", ""),
        }
        return data


class AnswerForm(forms.Form):
    """One field per question (one per objective for an objective question), large controls."""

    def __init__(
        self,
        *args: Any,
        questions: list[Question],
        objectives: list[Any],
        language: str,
        require: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.objectives = objectives
        for question in questions:
            label = localized(question.text, language)
            needed = question.required and require
            name = f"q{question.pk}"
            if question.kind == QuestionKind.OBJECTIVE:
                for objective in objectives:
                    self.fields[f"{name}_o{objective.pk}"] = forms.ChoiceField(
                        label=f"{label} — {objective.text}",
                        required=needed,
                        widget=forms.RadioSelect,
                        choices=[
                            (k, localized(v, language))
                            for k, v in content.OBJECTIVE_STATUSES.items()
                        ],
                    )
                continue
            if question.kind in (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT):
                long = question.kind == QuestionKind.LONG_TEXT
                self.fields[name] = forms.CharField(
                    label=label,
                    required=needed,
                    max_length=5000 if long else 500,
                    widget=forms.Textarea(attrs={"rows": 4}) if long else forms.TextInput,
                )
                continue
            choices = [(str(i), localized(t, language)) for i, t in enumerate(question.scale())]
            if question.kind in (QuestionKind.LIKERT4, QuestionKind.LIKERT5):
                choices.append((NOT_APPLICABLE, localized(content.NOT_APPLICABLE, language)))
            if question.kind == QuestionKind.MULTIPLE:
                self.fields[name] = forms.MultipleChoiceField(
                    label=label,
                    required=needed,
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                )
            else:
                self.fields[name] = forms.ChoiceField(
                    label=label, required=needed, choices=choices, widget=forms.RadioSelect
                )
            self.fields[name].widget.attrs["class"] = f"answers answers-{question.kind}"

    def answers(self) -> dict[str, Any]:
        """The cleaned answers as stored: {question id: value}."""
        data = self.cleaned_data
        out: dict[str, Any] = {}
        for question in self.questions:
            name = f"q{question.pk}"
            if question.kind == QuestionKind.OBJECTIVE:
                statuses = {
                    str(o.pk): data.get(f"{name}_o{o.pk}")
                    for o in self.objectives
                    if data.get(f"{name}_o{o.pk}")
                }
                if statuses:
                    out[str(question.pk)] = statuses
                continue
            value = data.get(name)
            if value not in (None, "", []):
                out[str(question.pk)] = value.strip() if isinstance(value, str) else value
        return out

    def draft_values(self) -> dict[str, Any]:
        """Whatever was typed, valid or not, to keep as a draft (lists for multiple choices)."""
        out: dict[str, Any] = {}
        for name, field in self.fields.items():
            if isinstance(field, forms.MultipleChoiceField):
                values = self.data.getlist(name) if hasattr(self.data, "getlist") else []
                if values:
                    out[name] = values
            elif self.data.get(name):
                out[name] = str(self.data.get(name))[:5000]
        return out


class ReviewForm(forms.Form):
    period_start = forms.DateField(label=_("From"), widget=DATE_WIDGET)
    period_end = forms.DateField(label=_("To"), widget=DATE_WIDGET)
    vitality_signals = forms.MultipleChoiceField(
        label=_("Signs of vitality you see"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    lessons = forms.CharField(
        label=_("Lessons learned"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    next_steps = forms.CharField(
        label=_("Next steps: continue or change?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args: Any, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["vitality_signals"].choices = [  # type: ignore[attr-defined]
            (s["key"], f"{localized(s['label'], language)} ({s['weight']})")
            for s in content.VITALITY_SIGNALS
        ]
        for question in content.FACILITATOR_REVIEW:
            label = localized(question["text"], language)
            if question["two_columns"]:
                self.fields[f"{question['key']}__favourable"] = forms.CharField(
                    label=_("%(question)s — favourable") % {"question": label},
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 3}),
                )
                self.fields[f"{question['key']}__unfavourable"] = forms.CharField(
                    label=_("%(question)s — unfavourable") % {"question": label},
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 3}),
                )
            else:
                self.fields[f"{question['key']}__text"] = forms.CharField(
                    label=label, required=False, widget=forms.Textarea(attrs={"rows": 3})
                )
        self.order_fields(["period_start", "period_end"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end of the period must come after its start."))
        return data

    def answers(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for name, value in self.cleaned_data.items():
            if "__" in name:
                key, part = name.split("__", 1)
                out.setdefault(key, {})[part] = value or ""
        return out

    @staticmethod
    def initial_from(review: Any) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "period_start": review.period_start,
            "period_end": review.period_end,
            "vitality_signals": review.vitality_signals,
            "lessons": review.lessons,
            "next_steps": review.next_steps,
        }
        for key, parts in (review.answers or {}).items():
            for part, value in parts.items():
                initial[f"{key}__{part}"] = value
        return initial


class LogbookForm(forms.Form):
    entry_date = forms.DateField(label=_("Date"), widget=DATE_WIDGET)
    category = forms.ChoiceField(label=_("Category"), choices=LogbookCategory.choices)
    meeting_id = forms.TypedChoiceField(
        label=_("About the meeting"), required=False, coerce=int, empty_value=None
    )
    text = forms.CharField(
        label=_("Note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args: Any, meetings: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["meeting_id"].choices = [("", "—"), *meetings]  # type: ignore[attr-defined]


class PeriodForm(forms.Form):
    period_start = forms.DateField(label=_("From"), widget=DATE_WIDGET)
    period_end = forms.DateField(label=_("To"), widget=DATE_WIDGET)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end of the period must come after its start."))
        return data


class ReportForm(PeriodForm):
    community = forms.TypedChoiceField(
        label=_("Report on"), required=False, coerce=int, empty_value=None, widget=QuickSelect
    )

    def __init__(self, *args: Any, communities: list[tuple[int, str]], **kwargs: Any) -> None:
        # The dashboard shows this form next to the period filter: ids of its own, same names.
        kwargs.setdefault("auto_id", "id_report_%s")
        super().__init__(*args, **kwargs)
        self.fields["community"].choices = [("", _("The whole organisation")), *communities]  # type: ignore[attr-defined]


class CertificateForm(PeriodForm):
    user_id = forms.TypedChoiceField(label=_("Member"), coerce=int)

    def __init__(self, *args: Any, people: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user_id"].choices = people  # type: ignore[attr-defined]


def default_period(today: date) -> tuple[date, date]:
    """The last twelve months, ending today."""
    return today - timedelta(days=364), today
