"""Query budgets: every communities page stays within 12 queries, the same with 10 or 1,000
communities."""

import os
from collections.abc import Callable

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from communities.models import Community, Membership, MembershipStatus, Theme
from tests.conftest import Tenant
from tests.factories import UserFactory

BUDGET = 12


def add_communities(tenant: Tenant, count: int, start: int) -> None:
    """`count` more communities, each with a pending request and a themes backlog."""
    organization = tenant.organization
    with scopes_disabled():
        communities = Community.objects.bulk_create(
            Community(
                organization=organization,
                name=f"Communauté {number:04d}",
                slug=f"communaute-{number:04d}",
                modality=("virtual", "in_person", "hybrid")[number % 3],
                stage=("potential", "maturing")[number % 2],
            )
            for number in range(start, start + count)
        )
        asker = UserFactory(email=f"asker{start}@example.org")
        Membership.objects.bulk_create(
            Membership(
                organization=organization,
                community=community,
                user=asker,
                status=MembershipStatus.PENDING,
            )
            for community in communities
        )
        Theme.objects.bulk_create(
            Theme(
                organization=organization,
                community=tenant.community,
                title=f"Thème {number}",
                normalized_title=f"theme {number}",
                status=("proposed", "planned", "covered")[number % 3],
            )
            for number in range(start, start + count // 10)
        )
        Membership.objects.bulk_create(
            Membership(
                organization=organization,
                community=tenant.community,
                user=UserFactory(email=f"m{start}-{number}@example.org", directory_visible=True),
                status=MembershipStatus.ACTIVE,
            )
            for number in range(min(count // 50, 20))
        )


def count_queries(client: Client, url: str) -> int:
    """Queries of one view with nothing cached (cdp.fragments): the worst case."""
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    if os.environ.get("SHOW_QUERIES"):
        print(f"{url}: {len(context.captured_queries)} queries")
        print("\n".join(q["sql"][:160] for q in context.captured_queries))
    return len(context.captured_queries)


PAGES: dict[str, tuple[str, Callable[[Tenant], str]]] = {
    "directory (member)": (
        "member",
        lambda t: reverse("communities_directory", args=[t.organization.slug]),
    ),
    "directory filtered (coordinator)": (
        "coordinator",
        lambda t: (
            reverse("communities_directory", args=[t.organization.slug])
            + "?modality=hybrid&stage=maturing&q=Commu"
        ),
    ),
    "overview": (
        "coordinator",
        lambda t: reverse("communities_overview", args=[t.organization.slug]),
    ),
    "home": (
        "member",
        lambda t: reverse("community_home", args=[t.organization.slug, t.community.slug]),
    ),
    "members (facilitator)": (
        "facilitator",
        lambda t: reverse("communities_members", args=[t.organization.slug, t.community.slug]),
    ),
    "themes": (
        "member",
        lambda t: reverse("communities_themes", args=[t.organization.slug, t.community.slug]),
    ),
    "objectives": (
        "member",
        lambda t: reverse("communities_objectives", args=[t.organization.slug, t.community.slug]),
    ),
    "lifecycle": (
        "member",
        lambda t: reverse("communities_lifecycle", args=[t.organization.slug, t.community.slug]),
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_query_count_does_not_grow_with_the_data(tenant: Tenant, page: str) -> None:
    role, url_for = PAGES[page]
    client = Client()
    client.force_login(getattr(tenant, role))
    url = url_for(tenant)
    add_communities(tenant, 10, start=0)
    small = count_queries(client, url)
    add_communities(tenant, 990, start=10)
    large = count_queries(client, url)
    assert small <= BUDGET, f"{page}: {small} queries"
    assert large == small, f"{page}: {small} queries with 10 communities, {large} with 1,000"
