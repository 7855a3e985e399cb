"""The « charter status » panel of the community home page."""

from typing import Any

from django.db.models import OuterRef, Subquery
from django.http import HttpRequest

from charters import selectors
from charters.models import Charter, CharterVersion, Signature, VersionStatus
from communities.permissions import CommunityAccess


def charter_status_panel(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    """The person's status on each published charter, in one query; hidden from non-members."""
    if not access.can_view_content:
        return None
    last = Signature.objects.filter(
        version__charter=OuterRef("charter"), user_id=int(request.user.pk or 0)
    ).order_by("-signed_at", "-id")
    versions = list(
        CharterVersion.objects.filter(
            charter__community=access.community, status=VersionStatus.PUBLISHED
        )
        .select_related("charter")
        .annotate(
            last_kind=Subquery(last.values("kind")[:1]),
            last_version_id=Subquery(last.values("version_id")[:1]),
            last_signed_at=Subquery(last.values("signed_at")[:1]),
        )
    )
    if not versions and not access.can_manage:
        return None
    by_charter: dict[int, list[CharterVersion]] = {}
    for version in versions:
        by_charter.setdefault(version.charter_id, []).append(version)
    rows = []
    for charter_versions in by_charter.values():
        charter: Charter = charter_versions[0].charter
        charter._prefetched_objects_cache = {"versions": charter_versions}  # type: ignore[attr-defined]
        head: Any = charter_versions[0]
        events = []
        if head.last_kind:
            signed_version = next(
                (v for v in charter_versions if v.pk == head.last_version_id), None
            )
            if signed_version is not None:
                events = [
                    Signature(
                        kind=head.last_kind, signed_at=head.last_signed_at, version=signed_version
                    )
                ]
        rows.append((charter, selectors.status_from_events(charter, events)[0]))
    return {
        "rows": rows,
        "can_manage": access.can_manage,
        "is_member": access.is_member,
        "org_slug": request.organization.slug,  # type: ignore[attr-defined]
    }


def register(panels: Any) -> None:
    """Register the panel with `communities.panels`."""
    panels.register_panel(
        key="charters.status",
        template_name="charters/panels/status.html",
        context_function=charter_status_panel,
        order=30,
    )
