"""Helpers shared by the charter views: find inside the tenant (404), messages, language."""

from typing import Any, cast

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _l

from accounts.models import User
from charters import selectors, services, text
from charters.models import Charter, CharterVersion
from communities.permissions import CommunityAccess
from communities.selectors import get_community_access

ERRORS = {
    "unknown_kind": _l("This template does not exist."),
    "exists": _l("This community already has a charter of this kind."),
    "no_version": _l("This charter has no published version yet."),
    "published": _l("This version is published and can no longer be changed."),
    "unknown_clause": _l("This clause does not exist."),
    "closed": _l("This draft is not open for comments."),
    "empty": _l("A version needs a title and a text in both languages."),
    "name": _l("Type your full name."),
    "consent": _l("Tick the box to confirm that you agree to the charter."),
    "not_member": _l("Only active members of the community can sign its charter."),
    "integrity": _l(
        "The text of this version no longer matches its fingerprint: signing is "
        "suspended, contact the platform team."
    ),
    "not_signed": _l("You have no signature to withdraw."),
    "link": _l("This signature link is invalid or has expired."),
}


def _error(request: HttpRequest, error: services.CharterError) -> None:
    messages.error(request, ERRORS.get(error.code, _l("This action could not be done.")))


def _user(request: HttpRequest) -> User:
    """The signed-in person (every view but the email link runs behind the login check)."""
    return cast(User, request.user)


def _language(request: HttpRequest) -> str:
    return "en" if translation.get_language() == "en" else "fr"


def community_access(request: HttpRequest, community_slug: str) -> CommunityAccess:
    """`get_community_access`, with the organisation the middleware loaded attached (no query)."""
    access = get_community_access(request, community_slug)
    access.community.organization = request.organization  # type: ignore[attr-defined]
    return access


def _charter(
    request: HttpRequest, community_slug: str, charter_id: int
) -> tuple[CommunityAccess, Charter]:
    access = community_access(request, community_slug)
    charter = selectors.get_charter(access.community, charter_id)
    if charter is None:
        raise Http404
    return access, charter


def _client_ip(request: HttpRequest) -> str | None:
    """The signer's address as the login rate limits see it: behind `CDP_TRUSTED_PROXY_COUNT`
    proxies, the entry of X-Forwarded-For that the nearest trusted proxy added."""
    try:
        return str(get_account_adapter(request).get_client_ip(request))
    except PermissionDenied:
        return None


def _context(request: HttpRequest, method: str = "web") -> services.SigningContext:
    return services.SigningContext(
        ip_address=_client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        language=_language(request),
        method=method,
    )


def _version_page(version: CharterVersion | None, language: str) -> dict[str, Any]:
    if version is None:
        return {"version": None, "language": language}
    return {
        "language": language,
        "version": version,
        "version_title": version.title(language),
        "blocks": text.blocks(version.body(language)),
    }
