from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import OrgRole, User
from cdp.notifications import unsubscribable_kinds


class ProfileForm(forms.ModelForm):
    email_opt_outs = forms.MultipleChoiceField(
        label=_("Je ne veux plus recevoir ces courriels"),
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
        labels = {"first_name": _("Prénom"), "last_name": _("Nom")}
        help_texts = {
            "pronouns": _("Facultatif, par exemple elle, il ou iel."),
            "directory_visible": _(
                "Les autres membres de vos communautés voient votre nom, votre fonction et votre "
                "organisme dans le répertoire."
            ),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["email_opt_outs"].choices = [  # type: ignore[attr-defined]
            (kind.key, kind.label) for kind in unsubscribable_kinds()
        ]


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Adresse courriel"))
    role = forms.ChoiceField(label=_("Rôle"), choices=OrgRole.choices, initial=OrgRole.MEMBER)


class OrgRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rôle"), choices=OrgRole.choices)


class LanguageForm(forms.Form):
    language = forms.ChoiceField(choices=[("fr", "Français"), ("en", "English")])
    next = forms.CharField(required=False)
