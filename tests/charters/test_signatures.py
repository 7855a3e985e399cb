"""Signing, withdrawing, re-signing; the signature rows are append-only evidence."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp.models import Notification
from charters import selectors, services
from charters.models import AppendOnlyError, Signature
from tests.charters.helpers import CONTEXT, fresh, publish_new_version, published_charter, sign
from tests.factories import UserFactory


def _status(tenant, charter, user, now=None) -> str:
    with scope(organization=tenant.organization):
        charter = fresh(tenant, charter)
        return str(
            selectors.status_from_events(charter, selectors.user_events(charter, user), now)[0]
        )


def test_a_signature_records_the_proof(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member, name="  Alex   Tremblay ")
    version = selectors.current_version(charter)
    assert signature.signer_name == "Alex Tremblay"
    assert signature.fingerprint == version.fingerprint == version.compute_fingerprint()
    assert signature.ip_address == "203.0.113.7"
    assert signature.user_agent == "TestBrowser/1.0"
    assert signature.signed_at.utcoffset().total_seconds() == 0
    assert "(version 1)" in signature.consent_text
    assert _status(tenant, charter, tenant.member) == "signed"


def test_signing_needs_consent_a_name_and_membership(tenant, outsider) -> None:
    charter = published_charter(tenant)
    with scope(organization=tenant.organization):
        for kwargs, code in [
            ({"signer_name": "Alex", "consent_given": False}, "consent"),
            ({"signer_name": "   ", "consent_given": True}, "name"),
        ]:
            with pytest.raises(services.CharterError) as error:
                services.sign_charter(
                    actor=tenant.member, charter=charter, context=CONTEXT, **kwargs
                )
            assert error.value.code == code
        with pytest.raises(services.CharterError) as error:
            services.sign_charter(
                actor=outsider,
                charter=charter,
                signer_name="Out Sider",
                consent_given=True,
                context=CONTEXT,
            )
        assert error.value.code == "not_member"
        assert not Signature.objects.exists()


def test_signing_twice_keeps_one_signature(tenant) -> None:
    charter = published_charter(tenant)
    first = sign(tenant, charter, tenant.member)
    second = sign(tenant, charter, tenant.member)
    assert first.pk == second.pk
    with scopes_disabled():
        assert Signature.objects.count() == 1


def test_withdrawal_is_a_new_event_and_one_can_sign_again(tenant) -> None:
    charter = published_charter(tenant)
    signed = sign(tenant, charter, tenant.member)
    with scope(organization=tenant.organization):
        withdrawal = services.withdraw_signature(
            actor=tenant.member, charter=fresh(tenant, charter), reason="Je quitte", context=CONTEXT
        )
    assert withdrawal.kind == "withdrawn" and withdrawal.pk != signed.pk
    assert _status(tenant, charter, tenant.member) == "withdrawn"
    with scopes_disabled():
        assert Signature.objects.get(pk=signed.pk).kind == "signed"
    sign(tenant, charter, tenant.member)
    assert _status(tenant, charter, tenant.member) == "signed"


def test_a_material_version_asks_again_a_minor_one_does_not(tenant) -> None:
    charter = published_charter(tenant)
    sign(tenant, charter, tenant.member)
    publish_new_version(tenant, charter, material=False, body_suffix="Coquille corrigée.")
    assert _status(tenant, charter, tenant.member) == "signed"
    publish_new_version(tenant, charter, material=True, body_suffix="Nouvel engagement.")
    assert _status(tenant, charter, tenant.member) == "to_renew"
    signature = sign(tenant, charter, tenant.member)
    assert signature.version.number == 3
    assert _status(tenant, charter, tenant.member) == "signed"


def test_a_renewal_period_turns_an_old_signature_into_to_renew(tenant) -> None:
    charter = published_charter(tenant, renewal_months=12)
    sign(tenant, charter, tenant.member)
    assert _status(tenant, charter, tenant.member) == "signed"
    later = timezone.now() + timezone.timedelta(days=370)
    assert _status(tenant, charter, tenant.member, now=later) == "to_renew"


def test_the_orm_refuses_to_update_or_delete_a_signature(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    signature.signer_name = "Quelqu'un d'autre"
    with pytest.raises(AppendOnlyError):
        signature.save()
    with pytest.raises(AppendOnlyError):
        signature.delete()
    with scopes_disabled():
        with pytest.raises(AppendOnlyError):
            Signature.objects.filter(pk=signature.pk).update(fingerprint="0" * 64)
        with pytest.raises(AppendOnlyError):
            Signature.objects.filter(pk=signature.pk).delete()
        with pytest.raises(AppendOnlyError):
            Signature.objects.bulk_update([signature], ["signer_name"])
        assert Signature.objects.get(pk=signature.pk).signer_name == "Alex Tremblay"


def test_the_database_refuses_a_raw_update(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE charters_signature SET fingerprint = %s WHERE id = %s", ["0" * 64, signature.pk]
        )
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        # Even a pseudonymisation-shaped update may not touch the evidence columns.
        cursor.execute(
            "UPDATE charters_signature SET signer_name = 'pseudonym-x', ip_address = NULL, "
            "user_agent = '', pseudonymised_at = %s, kind = 'withdrawn' WHERE id = %s",
            [timezone.now(), signature.pk],
        )


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no DELETE trigger: Django flushes SQLite test tables with DELETE FROM",
)
def test_postgresql_refuses_a_raw_delete(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM charters_signature WHERE id = %s", [signature.pk])


def test_pseudonymisation_keeps_the_proof_and_drops_personal_data(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    with scope(organization=tenant.organization):
        services.withdraw_signature(
            actor=tenant.member,
            charter=fresh(tenant, charter),
            reason="Raison personnelle",
            context=CONTEXT,
        )
    assert services.pseudonymise_signatures(tenant.member) == 2
    assert services.pseudonymise_signatures(tenant.member) == 0
    with scopes_disabled():
        rows = list(Signature.objects.filter(user=tenant.member))
    assert {row.signer_name for row in rows} == {services.pseudonym_for(tenant.member.pk)}
    assert all(r.ip_address is None and r.user_agent == "" and r.reason == "" for r in rows)
    assert rows[0].fingerprint == signature.fingerprint and rows[0].signed_at == signature.signed_at
    # Once pseudonymised, the person's account can be deleted; the evidence stays.
    tenant.member.delete()
    with scopes_disabled():
        assert Signature.objects.filter(pk=signature.pk, user__isnull=True).exists()


def test_an_account_with_signatures_cannot_be_deleted_before_pseudonymisation(tenant) -> None:
    charter = published_charter(tenant)
    sign(tenant, charter, tenant.member)
    with pytest.raises(DatabaseError), transaction.atomic():
        tenant.member.delete()


def test_signing_queues_a_receipt_with_the_fingerprint_and_the_pdf(tenant, mailoutbox) -> None:
    from cdp import notifications

    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    with scopes_disabled():
        receipt = Notification.objects.get(kind=services.KIND_RECEIPT)
    assert receipt.recipient_id == tenant.member.pk
    mailoutbox.clear()
    for batch in notifications.sweep():
        notifications.deliver_batch(batch)
    [message] = [m for m in mailoutbox if m.to == [tenant.member.email]]
    assert signature.fingerprint in message.body
    assert "version 1" in message.subject
    assert message.attachments[0][2] == "application/pdf"


def test_another_users_signature_is_not_visible_in_status(tenant) -> None:
    charter = published_charter(tenant)
    other = UserFactory()
    sign(tenant, charter, tenant.member)
    assert _status(tenant, charter, other) == "not_yet"
