"""The "next meeting" panel on the community home page (communities.panels)."""

from typing import Any

from django.http import HttpRequest

from communities.permissions import CommunityAccess
from meetings import permissions, selectors


def next_meeting_panel(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    """The community's next planned meeting, for its members and managers (one query)."""
    if not access.can_view_content:
        return None
    return {
        "next_meeting": selectors.next_meeting(access.community),
        "can_manage": permissions.can_manage_meetings(access),
    }
