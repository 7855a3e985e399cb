"""The gate other apps call, and the reminders sent to those who have not signed."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django_scopes import scope, scopes_disabled

from cdp import maintenance
from cdp.models import Notification
from charters import gate, services, tasks
from charters.selectors import current_version
from tests.charters.helpers import fresh, publish_new_version, published_charter, sign
from tests.factories import UserFactory, add_member


def test_the_gate_opens_when_the_member_signs_and_closes_on_a_material_version(tenant) -> None:
    charter = published_charter(tenant, requires_signature=True)
    with scope(organization=tenant.organization):
        assert not gate.has_access(tenant.community, tenant.member)
        assert [u.pk for u in gate.blocked_members(tenant.community)] == [tenant.member.pk]
    sign(tenant, charter, tenant.member)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, tenant.member)
        assert gate.blocked_members(tenant.community) == []
    publish_new_version(tenant, charter, material=True)
    with scope(organization=tenant.organization):
        assert not gate.has_access(tenant.community, tenant.member)


def test_facilitators_and_coordinators_are_never_blocked(tenant) -> None:
    published_charter(tenant, requires_signature=True)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, tenant.facilitator)
        assert gate.has_access(tenant.community, tenant.coordinator)


def test_without_the_gate_everyone_has_access(tenant) -> None:
    published_charter(tenant, requires_signature=False)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, tenant.member)
        assert gate.blocked_members(tenant.community) == []


def test_has_access_has_a_fixed_query_count(tenant, django_assert_max_num_queries) -> None:
    published_charter(tenant, requires_signature=True)
    with scope(organization=tenant.organization), django_assert_max_num_queries(5):
        gate.has_access(tenant.community, tenant.member)


def test_publishing_a_material_version_queues_requests_after_commit(
    tenant, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        charter = published_charter(tenant)
    with scopes_disabled():
        assert not Notification.objects.filter(kind=services.KIND_REQUEST).exists()
    assert len(callbacks) == 1
    callbacks[0]()
    callbacks[0]()  # a redelivered task queues nothing twice
    with scopes_disabled():
        recipients = set(
            Notification.objects.filter(kind=services.KIND_REQUEST).values_list(
                "recipient_id", flat=True
            )
        )
    assert recipients == {tenant.member.pk, tenant.facilitator.pk}
    sign(tenant, charter, tenant.member)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        publish_new_version(tenant, charter, material=False)
    assert callbacks == []


def test_relaunches_are_due_after_7_14_and_28_days_and_idempotent(tenant) -> None:
    charter = published_charter(tenant)
    sign(tenant, charter, tenant.facilitator)
    published = current_version(charter).published_at
    org_id = tenant.organization.pk

    def relaunches() -> list[tuple[int, str]]:
        with scopes_disabled():
            return sorted(
                Notification.objects.filter(kind=services.KIND_RELAUNCH).values_list(
                    "recipient_id", "key"
                )
            )

    with scope(organization=tenant.organization):
        services.queue_relaunches(
            organization_id=org_id, today=(published + timedelta(days=3)).date()
        )
        assert relaunches() == []
        day8 = (published + timedelta(days=8)).date()
        services.queue_relaunches(organization_id=org_id, today=day8)
        services.queue_relaunches(organization_id=org_id, today=day8)
        assert [r for r, _k in relaunches()] == [tenant.member.pk]
        services.queue_relaunches(
            organization_id=org_id, today=(published + timedelta(days=15)).date()
        )
        assert len(relaunches()) == 2
        # After missed days, only the latest relaunch reached is queued, never a burst.
        services.queue_relaunches(
            organization_id=org_id, today=(published + timedelta(days=60)).date()
        )
        assert len(relaunches()) == 3


def test_a_renewal_relaunch_counts_from_the_expiry_date(tenant) -> None:
    charter = published_charter(tenant, renewal_months=12)
    signature = sign(tenant, charter, tenant.member)
    sign(tenant, charter, tenant.facilitator)

    def relaunch_after(days: int) -> bool:
        with scope(organization=tenant.organization):
            services.queue_relaunches(
                organization_id=tenant.organization.pk,
                today=(signature.signed_at + timedelta(days=days)).date(),
            )
        with scopes_disabled():
            return Notification.objects.filter(kind=services.KIND_RELAUNCH).exists()

    assert not relaunch_after(200)  # still valid
    assert not relaunch_after(370)  # expired a few days ago: the first relaunch is not due yet
    assert relaunch_after(380)  # a week after expiry


def test_a_relaunch_is_cancelled_when_the_member_signed_meanwhile(tenant, mailoutbox) -> None:
    from cdp import notifications

    charter = published_charter(tenant)
    with scope(organization=tenant.organization):
        services.relaunch_now(actor=tenant.facilitator, charter=fresh(tenant, charter))
    sign(tenant, charter, tenant.member)
    mailoutbox.clear()
    for batch in notifications.sweep():
        notifications.deliver_batch(batch)
    relaunched = [m for m in mailoutbox if "sign" in m.body and m.to == [tenant.member.email]]
    assert all("Reçu" in m.subject or "Receipt" in m.subject for m in relaunched)
    facilitator_mail = [m for m in mailoutbox if m.to == [tenant.facilitator.email]]
    assert facilitator_mail and "/charters/sign/" in facilitator_mail[0].body


def test_the_daily_job_is_registered_and_enqueues_one_task_per_organisation(tenant) -> None:
    published_charter(tenant)
    assert "charters.relaunches" in [name for name, _job in maintenance.JOBS]
    assert tasks.enqueue_daily_relaunches() == 1


def test_blocked_members_lists_people_who_joined_later(tenant) -> None:
    charter = published_charter(tenant, requires_signature=True)
    sign(tenant, charter, tenant.member)
    newcomer = UserFactory(first_name="Nour", last_name="Haddad")
    add_member(tenant.community, newcomer)
    with scope(organization=tenant.organization):
        assert [u.pk for u in gate.blocked_members(tenant.community)] == [newcomer.pk]


def test_verify_signatures_passes_on_intact_data(tenant, capsys) -> None:
    charter = published_charter(tenant)
    sign(tenant, charter, tenant.member)
    call_command("verify_signatures")
    assert "OK: 1 signatures verified" in capsys.readouterr().out


def _tamper(sql: str, params: list[object]) -> None:
    from django.db import connection

    from charters import triggers

    triggers.uninstall(connection)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    triggers.install(connection)


def test_verify_signatures_detects_a_changed_signature_row(tenant, capsys) -> None:
    from django.core.management.base import CommandError

    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    _tamper(
        "UPDATE charters_signature SET fingerprint = %s WHERE id = %s", ["f" * 64, signature.pk]
    )
    with pytest.raises(CommandError, match="1 fingerprint mismatch"):
        call_command("verify_signatures")
    assert f"signature {signature.pk}" in capsys.readouterr().err


def test_verify_signatures_detects_a_changed_charter_text(tenant, capsys) -> None:
    from django.core.management.base import CommandError

    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    version = signature.version
    _tamper(
        "UPDATE charters_charterversion SET body_fr = body_fr || ' Ajout secret.' WHERE id = %s",
        [version.pk],
    )
    with pytest.raises(CommandError, match="2 fingerprint mismatch"):
        call_command("verify_signatures")
    err = capsys.readouterr().err
    assert f"version {version.pk}" in err and f"signature {signature.pk}" in err


def test_signing_is_refused_when_the_text_no_longer_matches(tenant) -> None:
    charter = published_charter(tenant)
    _tamper(
        "UPDATE charters_charterversion SET body_fr = 'Autre texte' WHERE charter_id = %s",
        [charter.pk],
    )
    with pytest.raises(services.CharterError, match="integrity"):
        sign(tenant, charter, tenant.member)
