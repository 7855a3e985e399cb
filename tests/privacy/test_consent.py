"""Choices about communications are logged with their wording; new accounts start private."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import ConsentRecord, User
from cdp.mail import make_unsubscribe_token
from tests.conftest import Tenant

pytestmark = pytest.mark.django_db
REMINDERS = "meetings.reminder"


def _profile_data(user: User, **changes: Any) -> dict[str, Any]:
    data = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "pronouns": user.pronouns,
        "job_title": user.job_title,
        "home_organization": user.home_organization,
        "language": user.language,
        "email_opt_outs": list(user.email_opt_outs),
    }
    if user.directory_visible:
        data["directory_visible"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_profile_changes_to_emails_and_directory_are_logged(client: Client, tenant: Tenant) -> None:
    person = tenant.member
    client.force_login(person)

    response = client.post(
        reverse("profile"),
        _profile_data(person, email_opt_outs=[REMINDERS], directory_visible="on"),
    )

    assert response.status_code == 302
    records = {r.topic: r for r in ConsentRecord.objects.filter(user=person)}
    assert set(records) == {REMINDERS, "directory"}
    assert records[REMINDERS].granted is False
    assert records[REMINDERS].wording.endswith("— Rappels de rencontre")
    assert records["directory"].granted is True
    assert "répertoire" in records["directory"].wording
    assert records["directory"].source == "profile"

    person.refresh_from_db()
    client.post(reverse("profile"), _profile_data(person, job_title="Agente"))
    assert ConsentRecord.objects.filter(user=person).count() == 2  # nothing changed: no entry

    client.post(
        reverse("profile"), _profile_data(person, email_opt_outs=[], directory_visible=None)
    )
    latest = ConsentRecord.objects.filter(user=person).order_by("-id")[:2]
    assert {(r.topic, r.granted) for r in latest} == {(REMINDERS, True), ("directory", False)}


def test_the_consent_history_is_shown_to_the_person(
    client: Client, tenant: Tenant, django_assert_max_num_queries: Any
) -> None:
    tenant.member.language = "en"
    tenant.member.save()
    client.force_login(tenant.member)
    client.post(reverse("profile"), _profile_data(tenant.member, directory_visible="on"))

    with django_assert_max_num_queries(12):
        response = client.get(reverse("privacy_overview"), HTTP_ACCEPT_LANGUAGE="en")

    html = response.content.decode()
    assert "My consent history" in html
    assert "Consented" in html and "Profile settings" in html
    assert tenant.organization.name in html  # link to its privacy page


def test_unsubscribing_by_link_is_logged_once(client: Client, tenant: Tenant) -> None:
    path = reverse(
        "unsubscribe", kwargs={"token": make_unsubscribe_token(tenant.member.pk, REMINDERS)}
    )

    client.get(path)
    assert not ConsentRecord.objects.exists()  # GET only asks
    client.post(path)
    client.post(path)

    record = ConsentRecord.objects.get(user=tenant.member)
    assert (record.topic, record.granted, record.source) == (REMINDERS, False, "unsubscribe_link")
    assert tenant.member.email not in record.wording


def test_a_new_account_starts_with_the_most_private_settings(client: Client) -> None:
    response = client.post(
        reverse("account_signup"),
        {
            "email": "neuve@example.org",
            "password1": "Un-mot-de-passe-42",
            "password2": "Un-mot-de-passe-42",
        },
    )

    assert response.status_code == 302
    person = User.objects.get(email="neuve@example.org")
    assert person.directory_visible is False
    assert not ConsentRecord.objects.filter(user=person).exists()


def test_the_data_page_costs_the_same_queries_with_more_history(
    client: Client, tenant: Tenant, other_tenant: Tenant
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import OrgMembershipFactory

    client.force_login(tenant.member)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("privacy_overview")).status_code == 200
        return len(queries)

    small = count()
    OrgMembershipFactory(organization=other_tenant.organization, user=tenant.member)
    for index in range(30):
        ConsentRecord.objects.create(
            user=tenant.member,
            topic="directory",
            granted=index % 2 == 0,
            wording="w",
            source="profile",
        )

    assert count() == small <= 12
