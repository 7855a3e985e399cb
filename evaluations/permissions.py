"""Pure predicates on who may do what with evaluations; views and templates share them."""

from accounts.models import OrganizationMembership, OrgRole
from communities.permissions import CommunityAccess
from evaluations.models import Certificate


def can_manage_surveys(access: CommunityAccess) -> bool:
    """Build surveys, see results, relaunch, pick testimonials: facilitators and coordinators."""
    return access.can_manage


def can_write_review(access: CommunityAccess) -> bool:
    """The reflective review and the logbook belong to the facilitators (coordinators read)."""
    return access.is_facilitator


def can_read_review(access: CommunityAccess) -> bool:
    return access.is_facilitator or access.is_coordinator


def can_issue_certificate(access: CommunityAccess) -> bool:
    """A certificate is signed off by one of the community's facilitators."""
    return access.is_facilitator


def can_download_certificate(access: CommunityAccess, certificate: Certificate) -> bool:
    return access.can_manage or (
        access.membership is not None and certificate.user_id == access.membership.user_id
    )


def can_export_reports(org_membership: OrganizationMembership | None) -> bool:
    """The annual evaluation report and the organisation's figures: coordinators (responsables)."""
    return org_membership is not None and org_membership.role == OrgRole.COORDINATOR
