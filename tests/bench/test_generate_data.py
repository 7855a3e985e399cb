"""`generate_data` builds the advertised rows in its own organisation and can run again."""

from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django_scopes import scopes_disabled

from accounts.models import Organization, User
from cdp.management.commands.generate_data import (
    BENCH_PASSWORD,
    email_domain,
    expected_counts,
    org_slug,
)


def _counts(scale: str) -> dict[str, int]:
    organization = Organization.objects.get(slug=org_slug(scale))
    found = {}
    with scopes_disabled():
        for label in expected_counts(scale):
            model = apps.get_model(label)
            if label == "accounts.User":
                rows = model._base_manager.filter(email__endswith=f"@{email_domain(scale)}")
            else:
                rows = model._base_manager.filter(organization=organization)
            found[label] = rows.count()
    return found


@pytest.mark.django_db
def test_xs_scale_creates_the_advertised_rows_and_runs_again_without_duplicates(
    tenant: Any,
) -> None:
    call_command("generate_data", "--scale", "XS", stdout=None)
    assert _counts("XS") == expected_counts("XS")

    call_command("generate_data", "--scale", "XS", "--seed", "3")
    assert _counts("XS") == expected_counts("XS")
    assert Organization.objects.filter(slug=org_slug("XS")).count() == 1
    # Other organisations are left alone.
    assert Organization.objects.filter(pk=tenant.organization.pk).exists()
    with scopes_disabled():
        assert tenant.community.memberships.count() == 2


@pytest.mark.django_db
def test_s_scale_advertises_the_issue_figures() -> None:
    counts = expected_counts("S")
    assert counts["communities.Community"] == 10
    assert counts["meetings.Meeting"] == 50
    assert counts["evaluations.Survey"] == 5
    assert counts["evaluations.Response"] == 250
    assert counts["toolbox.Tool"] == 50
    assert counts["cdp.Notification"] == 2_000
    large = expected_counts("L")
    assert large["communities.Community"] == 1_000
    assert 50_000 <= large["communities.Membership"] <= 50_010
    assert large["meetings.Meeting"] == 5_000
    assert large["meetings.AgendaBlock"] == 25_000
    assert large["evaluations.Survey"] == 500
    assert large["evaluations.Response"] == 25_000
    assert large["toolbox.Tool"] == 5_000
    assert large["cdp.Notification"] == 200_000


@pytest.mark.django_db
def test_bench_member_can_log_in_and_open_the_bench_community(client: Client) -> None:
    call_command("generate_data", "--scale", "XS")
    member = User.objects.get(email=f"member@{email_domain('XS')}")
    assert member.check_password(BENCH_PASSWORD)
    response = client.post("/accounts/login/", {"login": member.email, "password": BENCH_PASSWORD})
    assert response.status_code == 302
    page = client.get(f"/{org_slug('XS')}/c/c0000/")
    assert page.status_code == 200
    assert "c0000" in page.content.decode() or "0000" in page.content.decode()


def test_hello_view_answers_without_login(client: Client) -> None:
    response = client.get("/bench/hello/")
    assert response.status_code == 200
    assert response.content == b"Hello, world\n"
