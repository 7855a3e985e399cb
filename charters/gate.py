"""The charter gate other apps call before showing recaps, confidential topics and community tools.

A community's gate is closed for a person when one of its charters has `requires_signature` set,
has a published version, and the person's status on it is not « signed » (never signed, withdrew,
or must sign a material new version / renew). Facilitators of the community and coordinators of
the organisation are never blocked: they write the recaps and run the gate.
"""

from django.db.models import Q
from django.utils import timezone

from accounts.models import OrganizationMembership, OrgRole, User
from charters.models import Charter
from charters.selectors import (
    SignatureStatus,
    _versions_prefetch,
    current_version,
    events_by_user,
    member_statuses,
    status_from_events,
)
from communities.models import FACILITATION_ROLES, Community, MembershipRole, MembershipStatus


def gated_charters(community: Community) -> list[Charter]:
    """Charters of `community` that require a signature and have a published version."""
    charters = list(
        Charter.objects.filter(community=community, requires_signature=True).prefetch_related(
            _versions_prefetch()
        )
    )
    for charter in charters:
        charter.community = community
    return [charter for charter in charters if current_version(charter) is not None]


def has_access(community: Community, user: User) -> bool:
    """True when `user` may see the gated content of `community` (at most five queries)."""
    if not user.is_authenticated:
        return False
    charters = gated_charters(community)
    if not charters:
        return True
    events = events_by_user(charters, [user.pk])
    if all(
        status_from_events(charter, events.get((charter.pk, user.pk), []))[0]
        == SignatureStatus.SIGNED
        for charter in charters
    ):
        return True
    return is_exempt(community, user)


def is_exempt(community: Community, user: User) -> bool:
    """Coordinators of the organisation and facilitators of the community (two queries)."""
    is_coordinator = OrganizationMembership.objects.filter(
        organization_id=community.organization_id, user=user, role=OrgRole.COORDINATOR
    ).exists()
    if is_coordinator:
        return True
    return MembershipRole.objects.filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()),
        membership__community=community,
        membership__user=user,
        membership__status=MembershipStatus.ACTIVE,
        role__in=list(FACILITATION_ROLES),
    ).exists()


def blocked_members(community: Community) -> list[User]:
    """Active members who cannot see the gated content until they sign, by name."""
    blocked: dict[int, User] = {}
    for charter in gated_charters(community):
        for status in member_statuses(charter):
            if status.is_blocked:
                blocked[status.user.pk] = status.user
    return list(blocked.values())
