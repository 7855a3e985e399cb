"""Pure predicates on a person's place in a community; views and templates both use them."""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from accounts.models import OrganizationMembership, OrgRole
from communities.models import (
    FACILITATION_ROLES,
    Community,
    CommunityRole,
    Membership,
    MembershipRole,
    MembershipStatus,
    Registration,
    Visibility,
)


def active_roles(membership: Membership | None, now: datetime | None = None) -> frozenset[str]:
    """Roles of an active membership that have not expired (uses prefetched `roles`)."""
    if membership is None:
        return frozenset()
    return roles_in_effect(membership.status, list(membership.roles.all()), now)


def roles_in_effect(
    status: str, held: list[MembershipRole], now: datetime | None = None
) -> frozenset[str]:
    """The roles that count: none unless active; a plain member when no role row exists."""
    if status != MembershipStatus.ACTIVE:
        return frozenset()
    if not held:
        return frozenset({CommunityRole.MEMBER})
    now = now or timezone.now()
    # A guest whose access has ended keeps no access at all, not a fallback "member" one.
    return frozenset(role.role for role in held if role.expires_at is None or role.expires_at > now)


@dataclass(frozen=True)
class CommunityAccess:
    """What the current person may see and do in one community."""

    community: Community
    org_membership: OrganizationMembership
    membership: Membership | None
    roles: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_coordinator(self) -> bool:
        return self.org_membership.role == OrgRole.COORDINATOR

    @property
    def is_member(self) -> bool:
        """An active member (coordinators oversee but are not members unless they joined)."""
        return bool(self.roles)

    @property
    def is_facilitator(self) -> bool:
        return bool(self.roles & FACILITATION_ROLES)

    @property
    def can_manage(self) -> bool:
        """Plan meetings, manage members, charters, tools and surveys."""
        return self.is_facilitator or self.is_coordinator

    @property
    def can_view_content(self) -> bool:
        """Meetings, recaps, community tools and member lists."""
        return self.is_member or self.is_coordinator

    @property
    def status(self) -> str | None:
        return self.membership.status if self.membership else None

    @property
    def can_join(self) -> bool:
        """May press « join » or « request to join » (closed communities admit by invitation)."""
        community = self.community
        if community.is_archived or community.is_draft or self.is_member:
            return False
        if self.status in {
            MembershipStatus.PENDING,
            MembershipStatus.WAITLISTED,
            MembershipStatus.REMOVED,
        }:
            return False
        return self.status == MembershipStatus.INVITED or (
            community.registration != Registration.CLOSED
        )

    @property
    def can_leave(self) -> bool:
        return self.status in {
            MembershipStatus.ACTIVE,
            MembershipStatus.PENDING,
            MembershipStatus.WAITLISTED,
        }


def can_see_community(
    community: Community, org_membership: OrganizationMembership, membership: Membership | None
) -> bool:
    """Unlisted communities and drafts exist only for their members, people invited and
    coordinators."""
    if community.visibility == Visibility.LISTED and not community.is_draft:
        return True
    if org_membership.role == OrgRole.COORDINATOR:
        return True
    return membership is not None and membership.status not in {
        MembershipStatus.REMOVED,
        MembershipStatus.DECLINED,
    }


def can_create_community(org_membership: OrganizationMembership | None) -> bool:
    return org_membership is not None and org_membership.role in {
        OrgRole.COORDINATOR,
        OrgRole.STAFF_FACILITATOR,
    }


def require(condition: bool) -> None:
    """Raise 403 unless `condition` holds (use after the object was found in the tenant)."""
    if not condition:
        raise PermissionDenied
