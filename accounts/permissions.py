"""Pure predicates about organisation roles."""

from accounts.models import OrganizationMembership, OrgRole


def can_manage_organization(membership: OrganizationMembership | None) -> bool:
    """Coordinators (« responsables ») invite people and give organisation roles."""
    return membership is not None and membership.role == OrgRole.COORDINATOR
