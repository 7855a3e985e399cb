"""Shared fixtures: two organisations, each with a coordinator, a facilitator and a member of one
community, plus an outsider who belongs to none, so every test can check isolation."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache

from accounts.models import Organization, OrgRole, User
from communities.models import Community, CommunityRole
from tests.factories import (
    CommunityFactory,
    OrganizationFactory,
    OrgMembershipFactory,
    UserFactory,
    add_member,
)


@pytest.fixture(autouse=True)
def _clean_cache() -> None:
    cache.clear()


@dataclass
class Tenant:
    organization: Organization
    community: Community
    coordinator: User
    staff_facilitator: User
    facilitator: User
    member: User


def make_tenant(prefix: str) -> Tenant:
    organization = OrganizationFactory(slug=f"{prefix}-org", name=f"Organisme {prefix}")
    community = CommunityFactory(
        organization=organization, slug=f"{prefix}-cdp", name=f"Communauté {prefix}"
    )
    coordinator = UserFactory(email=f"{prefix}.coordo@example.org")
    OrgMembershipFactory(organization=organization, user=coordinator, role=OrgRole.COORDINATOR)
    staff = UserFactory(email=f"{prefix}.equipe@example.org")
    OrgMembershipFactory(organization=organization, user=staff, role=OrgRole.STAFF_FACILITATOR)
    facilitator = UserFactory(email=f"{prefix}.anim@example.org")
    add_member(community, facilitator, CommunityRole.FACILITATOR)
    member = UserFactory(email=f"{prefix}.membre@example.org")
    add_member(community, member, CommunityRole.MEMBER)
    return Tenant(organization, community, coordinator, staff, facilitator, member)


@pytest.fixture
def tenant(db: None) -> Tenant:
    return make_tenant("a")


@pytest.fixture
def other_tenant(db: None) -> Tenant:
    return make_tenant("b")


@pytest.fixture
def organisation(tenant: Tenant) -> Organization:
    return tenant.organization


@pytest.fixture
def other_organisation(other_tenant: Tenant) -> Organization:
    return other_tenant.organization


@pytest.fixture
def community(tenant: Tenant) -> Community:
    return tenant.community


@pytest.fixture
def coordinator(tenant: Tenant) -> User:
    return tenant.coordinator


@pytest.fixture
def facilitator(tenant: Tenant) -> User:
    return tenant.facilitator


@pytest.fixture
def member(tenant: Tenant) -> User:
    return tenant.member


@pytest.fixture
def outsider(db: None) -> User:
    return UserFactory(email="outsider@example.org")
