"""Reads of communities, with their access computed in a fixed number of queries."""

from collections.abc import Mapping

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest

from accounts.models import User
from cdp import fragments
from communities.models import (
    AXIS_CHOICES,
    Community,
    CommunityInvitation,
    InvitationState,
    Membership,
    MembershipRole,
    MembershipStatus,
    Objective,
    ObjectiveReview,
    Stage,
    StageChange,
    Theme,
    Visibility,
)
from communities.permissions import CommunityAccess, can_see_community, roles_in_effect


def get_community_access(request: HttpRequest, community_slug: str) -> CommunityAccess:
    """The community named in the URL with the current person's access; 404 if they cannot see it.

    Must run inside the organisation scope opened by TenantMiddleware. The rows are read once per
    change in the organisation (cdp.fragments): two queries for a member (the community with its
    member counts, then the person's roles with their membership), three for anyone else, none
    while cached. The community carries `active_count`, `pending_count` and `waitlisted_count`.
    """
    org_membership = getattr(request, "org_membership", None)
    if org_membership is None:
        raise Http404
    user_id = int(request.user.pk or 0)
    found = fragments.cached(
        org_membership.organization_id,
        ("access", community_slug, user_id),
        lambda: _access_rows(community_slug, user_id),
    )
    if found is None:
        raise Http404
    community, membership, held = found
    # The middleware already loaded the organisation: templates reading it cost no query.
    community.organization = request.organization  # type: ignore[attr-defined]
    if not can_see_community(community, org_membership, membership):
        raise Http404
    return CommunityAccess(
        community=community,
        org_membership=org_membership,
        membership=membership,
        roles=roles_in_effect(membership.status, held) if membership else frozenset(),
    )


def _access_rows(
    community_slug: str, user_id: int
) -> tuple[Community, Membership | None, list[MembershipRole]] | None:
    """The community with its counts, and the person's membership and role rows (2–3 queries)."""
    community = with_member_counts(Community.objects.filter(slug=community_slug)).first()
    if community is None:
        return None
    held = list(
        MembershipRole.objects.filter(
            membership__community=community, membership__user_id=user_id
        ).select_related("membership")
    )
    if held:
        membership: Membership | None = held[0].membership
    else:
        membership = Membership.objects.filter(community=community, user_id=user_id).first()
    return community, membership, held


def member_count(status: str) -> Coalesce:
    """How many memberships of the outer community have `status` (a correlated subquery, so a
    page of communities costs one index lookup per row, not a join over every membership)."""
    return Coalesce(
        Subquery(
            Membership.objects.filter(community=OuterRef("pk"), status=status)
            .order_by()
            .values("community")
            .annotate(total=Count("pk"))
            .values("total")[:1]
        ),
        0,
    )


def with_member_counts(communities: QuerySet[Community]) -> QuerySet[Community]:
    """Annotate each community with its active, pending and waiting counts (subqueries)."""
    return communities.annotate(
        active_count=member_count(MembershipStatus.ACTIVE),
        pending_count=member_count(MembershipStatus.PENDING),
        waitlisted_count=member_count(MembershipStatus.WAITLISTED),
    )


ACTIVE = MembershipStatus.ACTIVE
DIRECTORY_FILTERS = (*AXIS_CHOICES, "stage")


def directory_filters(params: Mapping[str, str]) -> dict[str, str]:
    """The valid axis and stage filters of a GET query (unknown values are ignored)."""
    choices = {
        **{key: set(cls.values) for key, cls in AXIS_CHOICES.items()},
        "stage": set(Stage.values),
    }
    return {key: params[key] for key in DIRECTORY_FILTERS if params.get(key) in choices[key]}


def list_directory(
    *, user: User, is_coordinator: bool, filters: Mapping[str, str], query: str = ""
) -> QuerySet[Community]:
    """Communities of the current organisation this person may find, with active member counts.

    One query per page whatever the number of communities (plus the paginator's count).
    """
    communities = Community.objects.filter(is_draft=False, **filters)
    if not is_coordinator:
        mine = Membership.objects.filter(user=user).exclude(
            status__in=[MembershipStatus.REMOVED, MembershipStatus.DECLINED]
        )
        communities = communities.filter(
            Q(visibility=Visibility.LISTED) | Q(pk__in=mine.values("community_id"))
        )
    if query:
        communities = communities.filter(
            Q(name__icontains=query)
            | Q(target_audience__icontains=query)
            | Q(description__icontains=query)
        )
    return communities.annotate(active_count=member_count(ACTIVE)).order_by("is_archived", "name")


def list_overview() -> QuerySet[Community]:
    """Every community of the organisation with its key figures, in one query."""
    return (
        with_member_counts(Community.objects.all())
        .annotate(
            invited_count=member_count(MembershipStatus.INVITED),
            left_count=member_count(MembershipStatus.LEFT),
        )
        .order_by("is_archived", "-is_draft", "name")
    )


def list_active_members(community: Community) -> list[Membership]:
    """Active memberships with people and roles (three queries)."""
    return list(
        Membership.objects.filter(community=community, status=ACTIVE)
        .select_related("user")
        .prefetch_related(Prefetch("roles", queryset=MembershipRole.objects.order_by("role")))
        .order_by("user__last_name", "user__first_name", "user__email")
    )


def visible_members(
    members: list[Membership], access: CommunityAccess, user: User
) -> tuple[list[Membership], int]:
    """Members the viewer may see in the directory and how many chose not to appear.

    People appear only if they chose to (`User.directory_visible`); facilitators and coordinators
    see everyone because they run the group; everybody sees themself.
    """
    if access.can_manage:
        return members, 0
    shown = [m for m in members if m.user.directory_visible or m.user_id == user.pk]
    return shown, len(members) - len(shown)


def list_memberships_with_status(community: Community, status: str) -> list[Membership]:
    return list(
        Membership.objects.filter(community=community, status=status)
        .select_related("user")
        .order_by("status_changed_at", "pk")
    )


def list_pending_invitations(community: Community) -> list[CommunityInvitation]:
    return list(
        CommunityInvitation.objects.filter(community=community, state=InvitationState.PENDING)
    )


def count_active_members(community: Community) -> int:
    return Membership.objects.filter(community=community, status=ACTIVE).count()


def list_themes(community: Community) -> list[Theme]:
    return list(
        Theme.objects.filter(community=community)
        .select_related("proposed_by", "duplicate_of")
        .order_by("planned_for", "-covered_on", "created_at", "pk")
    )


def list_objectives(community: Community) -> list[Objective]:
    return list(
        Objective.objects.filter(community=community).prefetch_related(
            Prefetch("reviews", queryset=ObjectiveReview.objects.select_related("reviewed_by"))
        )
    )


def list_stage_changes(community: Community) -> list[StageChange]:
    return list(StageChange.objects.filter(community=community).select_related("changed_by"))
