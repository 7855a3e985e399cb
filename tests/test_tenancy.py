import pytest
from django.core import checks
from django.db import models
from django.test.utils import isolate_apps
from django_scopes import scope, scopes_disabled
from django_scopes.exceptions import ScopeError

from cdp.tenancy import check_tenant_models_are_scoped, find_unscoped_models, is_tenant_owned
from communities.models import Community, Membership


def test_a_scoped_query_outside_a_scope_raises(tenant) -> None:
    with pytest.raises(ScopeError):
        list(Community.objects.all())
    with pytest.raises(ScopeError):
        Membership.objects.filter(user=tenant.member).count()


def test_a_scope_only_shows_its_own_organisation(tenant, other_tenant) -> None:
    with scope(organization=tenant.organization):
        slugs = set(Community.objects.values_list("slug", flat=True))
    assert slugs == {tenant.community.slug}
    with scopes_disabled():
        assert Community.objects.count() == 2


def test_every_tenant_owned_model_of_the_project_is_scoped() -> None:
    assert check_tenant_models_are_scoped() == []


@isolate_apps("cdp")
def test_the_system_check_catches_a_model_without_the_scoped_manager() -> None:
    class Leaky(models.Model):  # noqa: DJ008
        organization = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE)

        class Meta:
            app_label = "cdp"

    assert is_tenant_owned(Leaky)
    errors = find_unscoped_models([Leaky, Community])
    assert [(error.id, error.obj) for error in errors] == [("cdp.E001", Leaky)]
    assert isinstance(errors[0], checks.Error)


def test_anonymous_is_sent_to_login_and_outsider_gets_404(client, tenant, outsider) -> None:
    url = f"/{tenant.organization.slug}/"
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert client.get("/no-such-org/").status_code == 404


def test_a_member_of_another_organisation_cannot_see_this_one(client, tenant, other_tenant) -> None:
    client.force_login(other_tenant.coordinator)
    assert client.get(f"/{tenant.organization.slug}/").status_code == 404
    community_url = f"/{tenant.organization.slug}/c/{tenant.community.slug}/"
    assert client.get(community_url).status_code == 404
    client.force_login(tenant.member)
    assert client.get(community_url).status_code == 200


def test_the_organisation_timezone_is_active_in_its_pages(client, tenant) -> None:
    with scopes_disabled():
        tenant.organization.timezone = "Europe/Paris"
        tenant.organization.save()
    client.force_login(tenant.member)
    response = client.get(f"/{tenant.organization.slug}/")
    assert response.context["TIME_ZONE"] == "Europe/Paris"


def test_a_tenant_task_enters_its_organisations_scope(tenant, other_tenant) -> None:
    from celery import shared_task

    from cdp.tenancy import TenantTask

    @shared_task(base=TenantTask)
    def count_communities(*, organization_id: int) -> list[str]:
        return list(Community.objects.values_list("slug", flat=True))

    assert count_communities(organization_id=tenant.organization.pk) == [tenant.community.slug]
    with pytest.raises(ValueError):
        count_communities()


def test_a_tenant_task_is_queued_after_commit_and_runs_in_its_scope(
    tenant, other_tenant, django_capture_on_commit_callbacks
) -> None:
    from celery import shared_task

    from cdp.tenancy import TenantTask

    @shared_task(base=TenantTask)
    def community_slugs(*, organization_id: int) -> list[str]:
        return list(Community.objects.values_list("slug", flat=True))

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        community_slugs.delay_on_commit(organization_id=other_tenant.organization.pk)
    assert len(callbacks) == 1  # nothing is sent before the transaction commits
    assert callbacks[0]().get() == [other_tenant.community.slug]  # eager in the tests


def test_every_platform_address_is_a_reserved_organisation_identifier() -> None:
    """An organisation named like a platform path (`/bench/`, `/admin/`) would be unreachable."""
    from django.urls import get_resolver
    from django.urls.resolvers import URLResolver

    from accounts.models import RESERVED_SLUGS

    first_segments: set[str] = set()

    def walk(patterns, prefix: str = "") -> None:  # type: ignore[no-untyped-def]
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if route.startswith("<"):
                continue  # /<org_slug>/…: the organisations' own space
            if isinstance(pattern, URLResolver) and not route:
                walk(pattern.url_patterns, route)
            elif route.split("/")[0]:
                first_segments.add(route.split("/")[0].lstrip("^"))

    walk(get_resolver().url_patterns)
    assert "admin" in first_segments and "bench" in first_segments
    assert first_segments <= RESERVED_SLUGS, first_segments - RESERVED_SLUGS
