"""Operators keep the confidentiality incident register in the admin."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from accounts.models import PrivacyIncident
from cdp.tenancy import has_scoped_manager
from tests.conftest import Tenant
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(db: None) -> Any:
    return UserFactory(email="ops@example.org", is_staff=True, is_superuser=True)


def test_an_operator_records_an_incident_in_the_admin(
    client: Client, tenant: Tenant, operator: Any
) -> None:
    client.force_login(operator)

    response = client.post(
        reverse("admin:accounts_privacyincident_add"),
        {
            "organization": tenant.organization.pk,
            "occurred_at_0": "2026-11-01",
            "occurred_at_1": "10:00:00",
            "discovered_at_0": "2026-11-02",
            "discovered_at_1": "09:00:00",
            "description": "Liste de présences envoyée au mauvais groupe",
            "data_concerned": "Noms et courriels",
            "people_affected_count": "14",
            "serious_injury_risk": "on",
            "reported_to_cai_on": "2026-11-03",
            "people_notified_on": "2026-11-03",
            "measures_taken": "Rappel du courriel, formation",
        },
    )

    assert response.status_code == 302
    with scopes_disabled():
        incident = PrivacyIncident.objects.get()
    assert incident.serious_injury_risk and incident.people_affected_count == 14
    listing = client.get(reverse("admin:accounts_privacyincident_changelist"))
    assert "Liste de présences" in listing.content.decode()
    # The register is kept: the admin offers no deletion.
    delete = reverse("admin:accounts_privacyincident_delete", args=[incident.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403


def test_the_register_is_tenant_scoped_and_closed_to_non_operators(
    client: Client, tenant: Tenant
) -> None:
    assert has_scoped_manager(PrivacyIncident)
    client.force_login(tenant.coordinator)
    response = client.get(reverse("admin:accounts_privacyincident_changelist"))
    assert response.status_code == 302
