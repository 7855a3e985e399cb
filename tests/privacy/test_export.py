"""A person downloads everything the platform holds about them, and nothing about anyone else."""

import csv
import io
import json
import zipfile
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from cdp import privacy
from tests.conftest import Tenant
from tests.factories import PASSWORD
from tests.privacy.helpers import footprint, neighbour

pytestmark = pytest.mark.django_db


def _download(client: Client) -> tuple[Any, zipfile.ZipFile]:
    response = client.get(reverse("privacy_export"))
    return response, zipfile.ZipFile(io.BytesIO(response.content))


def test_export_holds_the_persons_data_and_nothing_of_anyone_else(
    client: Client, tenant: Tenant, other_tenant: Tenant
) -> None:
    mine = footprint(tenant, tenant.member, "mien")
    other = footprint(tenant, neighbour(tenant), "voisin").person
    footprint(other_tenant, other_tenant.member, "ailleurs")
    client.force_login(tenant.member)

    response, archive = _download(client)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="cdp-data-')
    text = "\n".join(archive.read(name).decode() for name in archive.namelist())
    data = json.loads(archive.read("data.json"))["sections"]
    assert data["profile"][0]["email"] == mine.email
    assert data["profile"][0]["last_name"] == tenant.member.last_name
    assert data["consent_log"][0]["wording"] == "annuaire mien"
    for expected in (
        "expertise mien",
        "réponse nominative mien",
        "brouillon mien",
        "situation confiée mien",
        "Thème proposé mien",
        "note mien",
        "Rencontre passée mien",
        "203.0.113.7",  # the signature's IP address, still the person's own
    ):
        assert expected in text, expected
    # Nobody else: not the neighbour in the same community, not the other organisation.
    for foreign in (
        other.email,
        other.last_name,
        "voisin",
        other_tenant.member.email,
        "ailleurs",
        other_tenant.organization.name,
    ):
        assert foreign not in text, foreign
    # Anonymous answers carry no identity, so they are not "the person's" to export.
    assert "réponse anonyme mien" not in text


def test_export_has_one_csv_per_rule_matching_the_json(client: Client, tenant: Tenant) -> None:
    footprint(tenant, tenant.member, "csv")
    client.force_login(tenant.member)

    _response, archive = _download(client)

    data = json.loads(archive.read("data.json"))["sections"]
    for rule in privacy.all_rules():
        rows = list(csv.DictReader(io.StringIO(archive.read(f"csv/{rule.name}.csv").decode())))
        assert len(rows) == len(data[rule.name]), rule.name
        assert list(rows[0].keys()) if rows else True
    attendance = list(
        csv.DictReader(io.StringIO(archive.read("csv/meetings.Attendance.csv").decode()))
    )
    assert attendance[0]["meeting__title"] == "Rencontre passée csv"


def test_a_formula_in_a_csv_cell_is_neutralised(client: Client, tenant: Tenant) -> None:
    tenant.member.job_title = "=HYPERLINK(1)"
    tenant.member.save()
    client.force_login(tenant.member)

    _response, archive = _download(client)

    profile = next(csv.DictReader(io.StringIO(archive.read("csv/profile.csv").decode())))
    assert profile["job_title"] == "'=HYPERLINK(1)"


def test_export_needs_a_signed_in_person(client: Client, tenant: Tenant) -> None:
    response = client.get(reverse("privacy_export"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert client.login(email=tenant.member.email, password=PASSWORD)
