"""Cached reads and panels (cdp.fragments): served from the cache until anything changes in the
organisation, never shared between people or organisations."""

import re

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from cdp import fragments
from communities.models import Community, Membership, MembershipStatus
from tests.conftest import Tenant
from tests.factories import UserFactory, add_member


def _home(client: Client, tenant: Tenant) -> tuple[str, int]:
    url = f"/{tenant.organization.slug}/c/{tenant.community.slug}/"
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(context.captured_queries)


def _active(page: str) -> int:
    return int(re.search(r"(\d+) (?:active members?|membres? actif)", page).group(1))


def test_the_community_home_is_read_from_the_cache_until_something_changes(
    client: Client, tenant: Tenant
) -> None:
    client.force_login(tenant.member)
    cache.clear()
    first, cold = _home(client, tenant)
    again, warm = _home(client, tenant)
    assert _active(again) == _active(first)
    assert '<article aria-labelledby="panel-members">' in again  # still markup, not escaped
    assert warm < cold
    assert warm <= 4  # session, person, organisation membership: no community rows re-read

    add_member(tenant.community, UserFactory())  # a save: the signal drops the cache
    after, refreshed = _home(client, tenant)
    assert _active(after) == _active(first) + 1
    assert refreshed == cold


def test_a_write_request_drops_the_cache_even_when_no_signal_fires(
    client: Client, tenant: Tenant
) -> None:
    client.force_login(tenant.member)
    before = fragments.organization_version(tenant.organization.pk)
    with scopes_disabled():  # a queryset update, as some services do: no signal
        Community.objects.filter(pk=tenant.community.pk).update(description="x")
    assert fragments.organization_version(tenant.organization.pk) == before
    client.post(f"/{tenant.organization.slug}/c/{tenant.community.slug}/")
    assert fragments.organization_version(tenant.organization.pk) != before


def test_panels_are_cached_per_person_and_place(client: Client, tenant: Tenant) -> None:
    with scopes_disabled():
        Membership.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            user=UserFactory(),
            status=MembershipStatus.PENDING,
        )
    client.force_login(tenant.member)
    member_page, _ = _home(client, tenant)
    client.force_login(tenant.facilitator)
    facilitator_page, _ = _home(client, tenant)
    pending = re.compile(r"1 (request to review|demande à traiter|demande à examiner)")
    assert not pending.search(member_page)
    assert pending.search(facilitator_page)


def test_one_organisation_changing_leaves_the_others_cached(tenant: Tenant, other_tenant) -> None:
    mine = fragments.organization_version(tenant.organization.pk)
    theirs = fragments.organization_version(other_tenant.organization.pk)
    add_member(other_tenant.community, UserFactory())
    assert fragments.organization_version(tenant.organization.pk) == mine
    assert fragments.organization_version(other_tenant.organization.pk) != theirs


def test_directory_cards_come_from_the_cache_as_markup_and_follow_changes(
    client: Client, tenant: Tenant
) -> None:
    client.force_login(tenant.member)
    url = f"/{tenant.organization.slug}/communities/"
    client.get(url)
    warm = client.get(url).content.decode()
    link = (
        f'href="/{tenant.organization.slug}/c/{tenant.community.slug}/">{tenant.community.name}</a>'
    )
    assert link in warm
    with scopes_disabled():
        community = Community.objects.get(pk=tenant.community.pk)
        community.name = "Nouveau nom"
        community.save()
    assert "Nouveau nom" in client.get(url).content.decode()
