from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from charters import text
from charters.models import CharterKind


class CreateCharterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Template"), choices=CharterKind.choices, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(
        label=_("Reference language (the text whose fingerprint is signed)"),
        choices=settings.LANGUAGES,
        initial="fr",
    )


class DraftForm(forms.Form):
    title_fr = forms.CharField(label=_("Title (French)"), max_length=200)
    body_fr = forms.CharField(label=_("Text (French)"), widget=forms.Textarea(attrs={"rows": 18}))
    title_en = forms.CharField(label=_("Title (English)"), max_length=200)
    body_en = forms.CharField(label=_("Text (English)"), widget=forms.Textarea(attrs={"rows": 18}))
    is_open_for_comments = forms.BooleanField(
        label=_("Open this draft to members for comments"), required=False
    )


class AddClauseForm(forms.Form):
    clause = forms.ChoiceField(label=_("Clause from the library"))

    def __init__(self, *args: object, language: str = "fr", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["clause"].choices = text.clause_choices(language)  # type: ignore[attr-defined]


class PublishForm(forms.Form):
    is_material = forms.BooleanField(
        label=_("Material change: every member must sign again"), required=False
    )
    change_note = forms.CharField(label=_("What changed"), max_length=300, required=False)


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )


class SignForm(forms.Form):
    signer_name = forms.CharField(
        label=_("Your full name"),
        max_length=200,
        help_text=_("Typing your name is your signature."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    consent = forms.BooleanField(required=True)

    def __init__(self, *args: object, consent_label: str = "", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["consent"].label = consent_label
        self.fields["consent"].error_messages["required"] = _(
            "Tick the box to confirm that you agree to the charter."
        )

    def clean_signer_name(self) -> str:
        name = " ".join(self.cleaned_data["signer_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Type your full name."))
        return name


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SettingsForm(forms.Form):
    requires_signature = forms.BooleanField(
        label=_("Members must sign before seeing recaps, confidential topics and community tools"),
        required=False,
    )
    renewal_months = forms.IntegerField(
        label=_("Ask to sign again after (months)"),
        min_value=1,
        max_value=120,
        required=False,
        help_text=_("Leave empty to keep signatures valid until a material new version."),
    )
