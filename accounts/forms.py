from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import OrgRole, User
from cdp.notifications import unsubscribable_kinds


class ProfileForm(forms.ModelForm):
    email_opt_outs = forms.MultipleChoiceField(
        label=_("I no longer want to receive these emails"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
    )

    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "pronouns",
            "job_title",
            "home_organization",
            "language",
            "directory_visible",
            "email_opt_outs",
        ]
        labels = {"first_name": _("First name"), "last_name": _("Last name")}
        help_texts = {
            "pronouns": _("Optional, for example she, he or they."),
            "directory_visible": _(
                "Other members of your communities see your name, job title and organisation "
                "in the directory."
            ),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["email_opt_outs"].choices = [  # type: ignore[attr-defined]
            (kind.key, kind.label) for kind in unsubscribable_kinds()
        ]


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    role = forms.ChoiceField(label=_("Role"), choices=OrgRole.choices, initial=OrgRole.MEMBER)


class OrgRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=OrgRole.choices)


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=[("fr", "Français"), ("en", "English")])
    next = forms.CharField(required=False)
