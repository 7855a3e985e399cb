"""The communities app's own panels on the community home (see communities.panels)."""

from typing import Any

from django.db.models import Count, Q
from django.http import HttpRequest
from django.utils import timezone

from communities import guidance
from communities.models import Membership, MembershipStatus, Objective, Theme, ThemeStatus
from communities.panels import register_panel
from communities.permissions import CommunityAccess


def is_latecomer(access: CommunityAccess) -> bool:
    """Joined after the community had started: they missed the first meeting's agreements."""
    membership, start = access.membership, access.community.start_date
    if not access.is_member or membership is None or membership.joined_at is None or start is None:
        return False
    return timezone.localdate(membership.joined_at) > start


def onboarding(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not is_latecomer(access):
        return None
    covered = Theme.objects.filter(
        community=access.community, status=ThemeStatus.COVERED
    ).order_by("-covered_on", "-pk")
    return {"covered": list(covered)}


def themes(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not access.can_view_content:
        return None
    rows = list(
        Theme.objects.filter(
            community=access.community, status__in=[ThemeStatus.PLANNED, ThemeStatus.COVERED]
        ).order_by("planned_for", "pk")
    )
    planned = [theme for theme in rows if theme.status == ThemeStatus.PLANNED]
    covered = sorted(
        (theme for theme in rows if theme.status == ThemeStatus.COVERED),
        key=lambda theme: (theme.covered_on is not None, theme.covered_on),
        reverse=True,
    )
    return {"planned": planned[:6], "covered": covered[:5], "covered_count": len(covered)}


def objectives(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not access.can_view_content:
        return None
    return {"objectives": list(Objective.objects.filter(community=access.community))}


def members(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    if not access.can_view_content:
        return None
    counts = Membership.objects.filter(community=access.community).aggregate(
        active=Count("pk", filter=Q(status=MembershipStatus.ACTIVE)),
        pending=Count("pk", filter=Q(status=MembershipStatus.PENDING)),
        waitlisted=Count("pk", filter=Q(status=MembershipStatus.WAITLISTED)),
    )
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
