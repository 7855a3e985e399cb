"""Deleting an account erases or pseudonymises the person everywhere; evidence and counts stay."""

from datetime import timedelta
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import ConsentRecord, OrganizationInvitation, OrganizationMembership, User
from cdp import privacy
from cdp.models import AuditEntry, Notification
from charters.models import Signature
from communities.models import Membership, Theme
from evaluations import sources
from evaluations.models import Certificate, NamedResponse, Participation, Response
from meetings.models import Attendance, CalendarFeed, Meeting, Registration, TopicSubmission
from tests.conftest import Tenant
from tests.factories import PASSWORD
from tests.privacy.helpers import anonymous_answers_of, drafts_of, footprint, neighbour

pytestmark = pytest.mark.django_db
APPS = ("accounts", "cdp", "communities", "meetings", "charters", "toolbox", "evaluations")


def _delete(client: Client, email: str) -> Any:
    return client.post(reverse("privacy_delete_account"), {"email": email})


def _text_values_containing(needle: str) -> list[str]:
    """Every text or email column of every row, in every app, that still contains `needle`."""
    hits = []
    with scopes_disabled():
        for label in (*APPS, "account", "admin"):
            for model in apps.get_app_config(label).get_models():
                for field in model._meta.concrete_fields:
                    if isinstance(field, models.CharField | models.TextField | models.JSONField):
                        lookup = {f"{field.name}__icontains": needle}
                        if isinstance(field, models.JSONField):
                            continue
                        if model._default_manager.filter(**lookup).exists():
                            hits.append(f"{model._meta.label}.{field.name}")
    return hits


def _counts(tenant: Tenant, meeting_id: int) -> tuple[int, int]:
    moment = timezone.now() - timedelta(days=30)
    with scopes_disabled():
        enrolled = sum(
            1 for fact in sources.memberships([tenant.community.pk]) if fact.enrolled_at(moment)
        )
        present = sum(
            1
            for status in sources.attendance([meeting_id]).by_meeting[meeting_id].values()
            if status in ("online", "in_room", "late", "left_early")
        )
    return enrolled, present


def test_deleting_an_account_erases_the_person_everywhere(client: Client, tenant: Tenant) -> None:
    person = tenant.member
    person.last_name = "Zyxwvutsrq"
    person.pronouns = "iel"
    person.job_title = "Intervenante"
    person.directory_visible = True
    person.save()
    LogEntry.objects.log_actions(
        user_id=tenant.coordinator.pk, queryset=[person], action_flag=CHANGE, change_message="x"
    )
    trace = footprint(tenant, person, "effacer")
    other = footprint(tenant, neighbour(tenant), "voisin")
    counts_before = _counts(tenant, trace.past_meeting.pk)
    client.force_login(person)

    response = _delete(client, person.email.upper())

    assert response.status_code == 302
    assert response["Location"] == reverse("account_login")
    person.refresh_from_db()
    assert person.email == f"deleted-{person.pk}@invalid"
    assert (person.first_name, person.last_name, person.pronouns, person.job_title) == ("",) * 4
    assert not person.is_active and not person.has_usable_password()
    assert person.directory_visible is False
    # Signed out, cannot sign in again.
    assert client.get(reverse("profile")).status_code == 302
    assert not Client().login(email=trace.email, password=PASSWORD)
    with scopes_disabled():
        assert not EmailAddress.objects.filter(user=person).exists()
        assert not OrganizationMembership.objects.filter(user=person).exists()
        assert not OrganizationInvitation.objects.filter(email__iexact=trace.email).exists()
        # Signatures stay as evidence, under a pseudonym, without IP address or browser.
        signature = Signature.objects.get(user=person)
        assert signature.signer_name.startswith("pseudonym-")
        assert signature.ip_address is None and signature.user_agent == ""
        assert signature.fingerprint and signature.pseudonymised_at is not None
        # Anonymous answers are untouched; the named answer stays in the totals, unnamed.
        assert anonymous_answers_of(trace.anonymous_survey) == [trace.anonymous_answers]
        assert not NamedResponse.objects.filter(user=person).exists()
        assert Response.objects.filter(survey=trace.named_survey).count() == 1
        assert Participation.objects.filter(user=person).count() == 2
        assert drafts_of(person) == 0
        # Memberships end today; past counts and attendance add up as before.
        membership = Membership.objects.get(user=person)
        assert membership.status == "left" and membership.expertise == ""
        assert Attendance.objects.filter(user=person).count() == 1
        assert not Registration.objects.filter(user=person, meeting=trace.future_meeting).exists()
        assert Registration.objects.get(user=person, meeting=trace.past_meeting).note == ""
        assert not TopicSubmission.objects.filter(author=person).exists()
        assert not CalendarFeed.objects.filter(user=person).exists()
        assert not Certificate.objects.filter(user=person).exists()
        assert Theme.objects.filter(proposed_by=person).exists()  # authored content, no name
        notification = Notification.objects.get(key="privacy-test:effacer")
        assert notification.state == "cancelled" and notification.email == person.email
        assert AuditEntry.objects.filter(target=person.email, action="test.role").exists()
        assert AuditEntry.objects.filter(
            action="privacy.account_erased", target=f"user {person.pk}"
        ).exists()
        assert ConsentRecord.objects.filter(user=person).exists()
    assert _counts(tenant, trace.past_meeting.pk) == counts_before
    # Zero personal values left anywhere: not the address, not the name.
    assert _text_values_containing(trace.email) == []
    assert _text_values_containing("Zyxwvutsrq") == []
    # The neighbour lost nothing.
    with scopes_disabled():
        assert Signature.objects.get(user=other.person).ip_address == "203.0.113.7"
        assert TopicSubmission.objects.filter(author=other.person).exists()
    assert Client().login(email=other.email, password=PASSWORD)


def test_every_registered_rule_left_no_matching_row_with_personal_values(tenant: Tenant) -> None:
    person = tenant.member
    trace = footprint(tenant, person, "regles")

    privacy.erase_person(user=person, actor=person)

    person.refresh_from_db()
    with scopes_disabled():
        for rule in privacy.all_rules():
            rows = privacy.rows_for(rule, person, trace.email)
            if rule.erase == privacy.Erase.DELETE:
                assert not rows.exists(), rule.name
            if rule.erase == privacy.Erase.PSEUDONYMISE:
                for name, value in rule.replace.items():
                    expected = value(person) if callable(value) else value
                    values = set(rows.values_list(name, flat=True))
                    assert values <= {expected}, rule.name


def test_a_signer_of_certificates_is_pseudonymised_on_them(tenant: Tenant) -> None:
    footprint(tenant, tenant.member, "certificat")
    facilitator_name = tenant.facilitator.get_full_name()

    privacy.erase_person(user=tenant.facilitator, actor=tenant.facilitator)

    with scopes_disabled():
        certificate = Certificate.objects.get(user=tenant.member)
    assert certificate.signed_by_name != facilitator_name
    assert certificate.signed_by_name.startswith("Personne supprimée #")


def test_a_wrong_email_refuses_with_a_clear_message_and_erases_nothing(
    client: Client, tenant: Tenant
) -> None:
    client.force_login(tenant.member)

    response = _delete(client, "someone.else@example.org")

    assert response.status_code == 400
    assert tenant.member.email in response.content.decode()
    assert "aria-invalid" in response.content.decode() or "errorlist" in response.content.decode()
    tenant.member.refresh_from_db()
    assert tenant.member.is_active
    assert Client().login(email=tenant.member.email, password=PASSWORD)


def test_the_deletion_page_explains_what_is_erased_and_kept(
    client: Client, tenant: Tenant, django_assert_max_num_queries: Any
) -> None:
    tenant.member.language = "en"
    tenant.member.save()
    client.force_login(tenant.member)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("privacy_delete_account"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "What is kept, without your identity" in html
    assert "signatures" in html
    assert User.objects.filter(pk=tenant.member.pk, is_active=True).exists()


def test_a_seat_freed_by_a_deleted_account_goes_to_the_first_person_waiting(
    tenant: Tenant,
) -> None:
    waiting = neighbour(tenant)
    with scopes_disabled():
        meeting = Meeting.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            title="Complet",
            starts_at=timezone.now() + timedelta(days=3),
            capacity=1,
        )
        for person, status in ((tenant.member, "going"), (waiting, "waitlisted")):
            Registration.objects.create(
                organization=tenant.organization, meeting=meeting, user=person, status=status
            )

    privacy.erase_person(user=tenant.member, actor=tenant.member)

    with scopes_disabled():
        assert list(Registration.objects.filter(meeting=meeting).values_list("user", "status")) == [
            (waiting.pk, "going")
        ]


def test_the_only_coordinator_is_warned_before_deleting(client: Client, tenant: Tenant) -> None:
    tenant.coordinator.language = "en"
    tenant.coordinator.save()
    client.force_login(tenant.coordinator)

    html = client.get(reverse("privacy_delete_account")).content.decode()

    assert "You are the only coordinator of these organisations" in html
    assert tenant.organization.name in html
    client.force_login(tenant.member)
    assert "only coordinator" not in client.get(reverse("privacy_delete_account")).content.decode()


def test_an_operator_erases_an_account_on_request(tenant: Tenant) -> None:
    from io import StringIO

    from django.core.management import CommandError, call_command

    email = tenant.member.email
    with pytest.raises(CommandError):
        call_command("privacy_erase", email)  # no --yes: nothing done
    assert User.objects.get(pk=tenant.member.pk).is_active

    out = StringIO()
    call_command("privacy_erase", email.upper(), "--yes", stdout=out)

    person = User.objects.get(pk=tenant.member.pk)
    assert not person.is_active and person.email == f"deleted-{person.pk}@invalid"
    assert f"Account {person.pk} erased" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("privacy_erase", email, "--yes")  # the address is gone
