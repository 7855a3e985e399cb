"""Each organisation's privacy page: contact, what is recorded, retention, rights; FR and EN."""

from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from tests.conftest import Tenant

pytestmark = pytest.mark.django_db


def _page(client: Client, tenant: Tenant, language: str) -> str:
    client.cookies["django_language"] = language
    url = reverse("privacy_organization", kwargs={"org_slug": tenant.organization.slug})
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_anyone_reads_the_privacy_page_in_french(client: Client, tenant: Tenant) -> None:
    html = _page(client, tenant, "fr")

    assert f"mailto:{tenant.organization.privacy_contact}" in html
    assert "Vos droits" in html
    assert "Conservation" in html or "conservé" in html
    assert "365 jours" in html
    assert "Commission d'accès à l'information" in html
    assert reverse("account_login") in html  # anonymous: sign in to export or delete


def test_the_privacy_page_in_english_links_to_export_and_deletion(
    client: Client, tenant: Tenant, django_assert_max_num_queries: Any
) -> None:
    tenant.member.language = "en"
    tenant.member.save()
    client.force_login(tenant.member)
    with django_assert_max_num_queries(12):
        html = _page(client, tenant, "en")

    assert "Your rights" in html
    assert "365 days" in html
    assert reverse("privacy_export") in html
    assert reverse("privacy_delete_account") in html


@override_settings(CDP_RETENTION_NOTIFICATIONS_DAYS=30)
def test_the_page_states_the_configured_retention(client: Client, tenant: Tenant) -> None:
    assert "30 days" in _page(client, tenant, "en")


def test_an_unknown_organisation_has_no_privacy_page(client: Client, tenant: Tenant) -> None:
    response = client.get(reverse("privacy_organization", kwargs={"org_slug": "nope"}))
    assert response.status_code == 404


def test_the_footer_of_organisation_pages_links_to_the_privacy_page(
    client: Client, tenant: Tenant
) -> None:
    client.force_login(tenant.member)
    url = reverse("organization_home", kwargs={"org_slug": tenant.organization.slug})

    html = client.get(url).content.decode()

    assert reverse("privacy_organization", kwargs={"org_slug": tenant.organization.slug}) in html


def test_the_profile_offers_download_and_deletion(client: Client, tenant: Tenant) -> None:
    client.force_login(tenant.member)

    html = client.get(reverse("profile")).content.decode()

    assert "Vos données" in html
    assert reverse("privacy_export") in html
    assert reverse("privacy_delete_account") in html
