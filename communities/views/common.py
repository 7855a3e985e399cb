from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.models import User

MEMBERSHIP_ERRORS: dict[str, Any] = {
    "closed": _("This community admits members by invitation only."),
    "removed": _("You were removed from this community; ask a facilitator to invite you again."),
    "not_pending": _("This request was already handled."),
    "not_yours": _("You can only leave your own membership."),
    "unknown_role": _("Choose a valid role."),
    "guest_needs_expiry": _("A guest expert's access must end on a date."),
    "not_active": _("Roles can only be given to active members."),
    "last_facilitator": _("The community must keep at least one facilitator."),
    "already_member": _("%(email)s is already a member."),
    "expired": _("This invitation link has expired. Ask for a new invitation."),
    "invalid": _("This invitation link is not valid."),
    "used": _("This invitation was already accepted."),
}


def current_user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def user_language(request: HttpRequest) -> str:
    return "en" if (getattr(request, "LANGUAGE_CODE", "fr") or "fr").startswith("en") else "fr"
