from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect

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
