from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up remembers the language the person was browsing in."""

    def save_user(self, request: HttpRequest, user, form, commit: bool = True):  # type: ignore[no-untyped-def]
        user.language = translation.get_language() or "fr"
        if user.language not in {"fr", "en"}:
            user.language = "fr"
        return super().save_user(request, user, form, commit=commit)
