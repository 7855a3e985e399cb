"""The « charter status » panel of the community home page."""

from typing import Any

from django.http import HttpRequest

from charters import selectors
from charters.models import Charter, CharterVersion, VersionStatus
from communities.permissions import CommunityAccess


def charter_status_panel(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    """The person's status on each published charter (two queries); hidden from non-members."""
    if not access.can_view_content:
        return None
    versions = list(
        CharterVersion.objects.filter(
            charter__community=access.community, status=VersionStatus.PUBLISHED
        ).select_related("charter")
    )
    charters: dict[int, Charter] = {}
    by_charter: dict[int, list[CharterVersion]] = {}
    for version in versions:
        charters[version.charter_id] = version.charter
        by_charter.setdefault(version.charter_id, []).append(version)
    for charter_id, charter in charters.items():
        charter._prefetched_objects_cache = {"versions": by_charter[charter_id]}  # type: ignore[attr-defined]
        charter.community = access.community
    if not charters and not access.can_manage:
        return None
    user_id = int(request.user.pk or 0)
    events = selectors.events_by_user(charters.values(), [user_id])
    rows = [
        (
            charter,
            selectors.status_from_events(charter, events.get((charter.pk, user_id), []))[0],
        )
        for charter in charters.values()
    ]
    return {"rows": rows, "can_manage": access.can_manage, "is_member": access.is_member}


def register(panels: Any) -> None:
    """Register the panel with `communities.panels`."""
    panels.register_panel(
        key="charters.status",
        template_name="charters/panels/status.html",
        context_function=charter_status_panel,
        order=30,
    )
