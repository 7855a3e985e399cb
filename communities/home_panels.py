"""The communities app's own panels on the community home (see communities.panels)."""

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from communities import guidance
from communities.models import Objective, Theme, ThemeStatus
from communities.panels import register_panel
from communities.permissions import CommunityAccess


def is_latecomer(access: CommunityAccess) -> bool:
    """Joined after the community had started: they missed the first meeting's agreements."""
    membership, start = access.membership, access.community.start_date
    if not access.is_member or membership is None or membership.joined_at is None or start is None:
        return False
    return timezone.localdate(membership.joined_at) > start


def _calendar(request: HttpRequest, access: CommunityAccess) -> tuple[list[Theme], list[Theme]]:
    """Planned and covered themes, read once per request for both panels that show them."""
    cached = getattr(request, "_community_calendar", None)
    if cached is None:
        rows = list(
            Theme.objects.filter(
                community=access.community, status__in=[ThemeStatus.PLANNED, ThemeStatus.COVERED]
            ).order_by("planned_for", "pk")
        )
        planned = [theme for theme in rows if theme.status == ThemeStatus.PLANNED]
        covered = sorted(
            (theme for theme in rows if theme.status == ThemeStatus.COVERED),
            key=lambda theme: (theme.covered_on is not None, theme.covered_on or theme.pk),
            reverse=True,
        )
        cached = (planned, covered)
        request._community_calendar = cached  # type: ignore[attr-defined]
    return cached


def onboarding(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not is_latecomer(access):
        return None
    return {"covered": _calendar(request, access)[1]}


def themes(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not access.can_view_content:
        return None
    planned, covered = _calendar(request, access)
    return {"planned": planned[:6], "covered": covered[:5]}


def objectives(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not access.can_view_content:
        return None
    return {"objectives": list(Objective.objects.filter(community=access.community))}


def members(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not access.can_view_content:
        return None
    community = access.community
    counts = {  # annotated by get_community_access: no query here
        "active": getattr(community, "active_count", 0),
        "pending": getattr(community, "pending_count", 0),
        "waitlisted": getattr(community, "waitlisted_count", 0),
    }
    context: dict[str, Any] = {"counts": counts}
    if access.can_manage:
        context["size_messages"] = guidance.size_messages(access.community, counts["active"])
    return context


def register() -> None:
    register_panel(
        key="communities.onboarding",
        template_name="communities/panels/onboarding.html",
        context_function=onboarding,
        order=5,
    )
    register_panel(
        key="communities.themes",
        template_name="communities/panels/themes.html",
        context_function=themes,
        order=20,
    )
    register_panel(
        key="communities.objectives",
        template_name="communities/panels/objectives.html",
        context_function=objectives,
        order=30,
    )
    register_panel(
        key="communities.members",
        template_name="communities/panels/members.html",
        context_function=members,
        order=40,
    )
