from django_scopes import scopes_disabled

from accounts.models import OrganizationInvitation, OrganizationMembership
from accounts.services import make_invitation_token
from cdp.mail import make_unsubscribe_token
from tests.walk import Expect


def _membership_id(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return OrganizationMembership.objects.get(
            organization=tenant.organization, user=tenant.member
        ).pk


def _invitation_id(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return OrganizationInvitation.objects.create(
            organization=tenant.organization, email="invitee@example.org"
        ).pk


def _token(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        invitation = OrganizationInvitation.objects.create(
            organization=tenant.organization, email="walk@example.org"
        )
    return make_invitation_token(invitation)


PARAMS = {
    "org_slug": lambda tenant, other: tenant.organization.slug,
    "community_slug": lambda tenant, other: tenant.community.slug,
    "membership_id": _membership_id,
    "invitation_id": _invitation_id,
    "token": _token,
}

EXPECT = {
    "home": Expect(role="member"),
    "profile": Expect(role="member"),
    "switch_language": Expect(role="member", status=405, public=True),
    "invitation": Expect(role="outsider", public=True),
    "unsubscribe": Expect(public=True, status=400),
    "healthz": Expect(public=True),
    "organization_home": Expect(role="member"),
    "organization_people": Expect(denied=("member", "facilitator", "staff_facilitator")),
    "organization_change_role": Expect(status=405),
    "organization_revoke_invitation": Expect(status=405),
    "community_home": Expect(role="member"),
}

__all__ = ["EXPECT", "PARAMS", "make_unsubscribe_token"]
