"""Reads about people and organisations."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django_scopes import scopes_disabled

from accounts.models import Organization, OrganizationInvitation, OrganizationMembership, User
from communities.models import Community, Membership, MembershipStatus, Visibility
from communities.selectors import member_count

VISIBLE_STATUSES = [
    MembershipStatus.ACTIVE,
    MembershipStatus.PENDING,
    MembershipStatus.INVITED,
    MembershipStatus.WAITLISTED,
]


def list_user_organizations(user: User) -> list[OrganizationMembership]:
    """The organisations a person belongs to (across tenants, filtered by the person)."""
    with scopes_disabled():
        return list(
            OrganizationMembership.objects.filter(user=user)
            .select_related("organization")
            .order_by("organization__name")
        )


def list_user_communities(user: User) -> list[Membership]:
    """The person's current community memberships across every organisation."""
    with scopes_disabled():
        return list(
            Membership.objects.filter(user=user, status__in=VISIBLE_STATUSES)
            .select_related("community", "community__organization")
            .order_by("community__organization__name", "community__name")
        )


def list_organization_communities(*, user: User, is_coordinator: bool) -> QuerySet[Community]:
    """Communities of the current organisation this person may see, theirs first, with their
    active member count (correlated subqueries: paginate the result)."""
    mine = Membership.objects.filter(user=user, status__in=VISIBLE_STATUSES)
    communities = Community.objects.filter(is_archived=False, is_draft=False)
    if not is_coordinator:
        communities = communities.filter(
            Q(visibility=Visibility.LISTED) | Q(pk__in=mine.values("community_id"))
        )
    return communities.annotate(
        is_mine=Exists(mine.filter(community=OuterRef("pk"))),
        active_members=member_count(MembershipStatus.ACTIVE),
    ).order_by("-is_mine", "name")


def list_organization_people(organization: Organization) -> QuerySet[OrganizationMembership]:
    return (
        OrganizationMembership.objects.filter(organization=organization)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    )


def list_pending_invitations(organization: Organization) -> QuerySet[OrganizationInvitation]:
    return OrganizationInvitation.objects.filter(organization=organization, status="pending")
