from typing import cast

from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect

from accounts.models import User
from meetings.models import Meeting


def meeting_redirect(
    request: HttpRequest, name: str, meeting: Meeting, anchor: str = ""
) -> HttpResponseRedirect:
    """Redirect to one of the meeting's pages (organisation from the request, no query)."""
    response = redirect(
        name,
        org_slug=request.organization.slug,  # type: ignore[attr-defined]
        community_slug=meeting.community.slug,
        meeting_id=meeting.pk,
    )
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


def current_user(request: HttpRequest) -> User:
    """The signed-in person (every view here runs behind the login check of the tenancy gate)."""
    return cast(User, request.user)
