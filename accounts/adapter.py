from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils import translation

PENDING_INVITATION_KEY = "cdp_pending_invitation"


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up remembers the browsing language; an invitation opened before signing in resumes."""

    def save_user(self, request: HttpRequest, user, form, commit: bool = True):  # type: ignore[no-untyped-def]
        user.language = translation.get_language() or "fr"
        if user.language not in {"fr", "en"}:
            user.language = "fr"
        return super().save_user(request, user, form, commit=commit)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        pending = request.session.pop(PENDING_INVITATION_KEY, None)
        if pending and pending.startswith("/invitations/"):
            return str(pending)
        return str(super().get_login_redirect_url(request))

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        return self.get_login_redirect_url(request)
