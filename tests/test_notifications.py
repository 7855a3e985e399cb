"""The outbox sends each notification once, whatever the retries, and never loses one silently."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from cdp import notifications
from cdp.mail import EmailContent
from cdp.models import Notification, NotificationState
from cdp.smtp_sink import SmtpSink
from cdp.tasks import send_notification_batch, sweep_notifications

KIND = "test_hello"


def _build(notification: Notification) -> EmailContent | None:
    if notification.context.get("stale"):
        return None
    return EmailContent(
        template="accounts/emails/org_invitation",
        context={
            "organization_name": "Organisme",
            "inviter": "Test",
            "role": "membre",
            "url": "https://example.org/x",
            "has_account": True,
        },
    )


notifications.register_kind(KIND, "Test", _build)


def _queue(tenant, user, occasion="1", due_in=timedelta(minutes=-1), **context):
    return notifications.queue_notification(
        organization_id=tenant.organization.pk,
        kind=KIND,
        key=notifications.notification_key(KIND, "obj", str(user.pk), occasion),
        email=user.email,
        recipient_id=user.pk,
        language=user.language,
        due_at=timezone.now() + due_in,
        context=context,
    )


def _state(row: Notification) -> str:
    with scopes_disabled():
        return Notification.objects.get(pk=row.pk).state


def test_queueing_the_same_key_twice_creates_one_row(tenant) -> None:
    first = _queue(tenant, tenant.member)
    second = _queue(tenant, tenant.member)
    assert first.pk == second.pk
    with scopes_disabled():
        assert Notification.objects.count() == 1


def test_the_sweep_sends_due_rows_once_even_when_run_twice(tenant) -> None:
    row = _queue(tenant, tenant.member)
    future = _queue(tenant, tenant.member, occasion="later", due_in=timedelta(days=1))
    sweep_notifications()
    sweep_notifications()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [tenant.member.email]
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers
    assert _state(row) == NotificationState.SENT
    assert _state(future) == NotificationState.QUEUED


def test_a_redelivered_batch_sends_nothing_twice(tenant) -> None:
    row = _queue(tenant, tenant.member)
    batches = notifications.sweep()
    assert batches == [[row.pk]]
    send_notification_batch(batches[0])
    send_notification_batch(batches[0])
    assert len(mail.outbox) == 1


def test_a_worker_that_died_mid_send_leaves_an_uncertain_row_not_a_resend(tenant, settings) -> None:
    row = _queue(tenant, tenant.member)
    notifications.sweep()
    with scopes_disabled():
        # The worker claimed the row, then was killed before it could record the outcome.
        Notification.objects.filter(pk=row.pk).update(
            state=NotificationState.SENDING, claimed_at=timezone.now() - timedelta(hours=1)
        )
    settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS = 60
    sweep_notifications()
    assert _state(row) == NotificationState.UNCERTAIN
    assert mail.outbox == []


def test_a_dispatched_row_whose_task_was_lost_is_sent_after_recovery(tenant, settings) -> None:
    row = _queue(tenant, tenant.member)
    notifications.sweep()  # dispatched, but the task never reached a worker
    with scopes_disabled():
        Notification.objects.filter(pk=row.pk).update(
            dispatched_at=timezone.now() - timedelta(hours=1)
        )
    settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS = 60
    sweep_notifications()
    assert _state(row) == NotificationState.SENT
    assert len(mail.outbox) == 1


def test_an_unsubscribed_person_gets_nothing(tenant) -> None:
    tenant.member.email_opt_outs = [KIND]
    tenant.member.save()
    row = _queue(tenant, tenant.member)
    sweep_notifications()
    assert mail.outbox == []
    assert _state(row) == NotificationState.CANCELLED


def test_a_builder_can_cancel_a_notification_that_is_no_longer_relevant(tenant) -> None:
    row = _queue(tenant, tenant.member, stale=True)
    sweep_notifications()
    assert _state(row) == NotificationState.CANCELLED
    assert mail.outbox == []


def test_an_smtp_failure_requeues_with_backoff_then_gives_up(tenant, monkeypatch) -> None:
    row = _queue(tenant, tenant.member)

    def refuse(*args, **kwargs):
        raise smtplib.SMTPSenderRefused(451, b"down, try later", "no-reply@example.org")

    monkeypatch.setattr("cdp.notifications.send_templated_email", refuse)
    sweep_notifications()
    with scopes_disabled():
        failed_once = Notification.objects.get(pk=row.pk)
    assert failed_once.state == NotificationState.QUEUED
    assert failed_once.due_at > timezone.now()
    assert "down" in failed_once.last_error
    with scopes_disabled():
        Notification.objects.filter(pk=row.pk).update(
            attempts=notifications.MAX_ATTEMPTS, due_at=timezone.now()
        )
    sweep_notifications()
    assert _state(row) == NotificationState.FAILED


def test_the_email_is_in_the_recipients_language(tenant) -> None:
    tenant.member.language = "en"
    tenant.member.save()
    _queue(tenant, tenant.member)
    sweep_notifications()
    english = mail.outbox[0].subject
    mail.outbox.clear()
    tenant.facilitator.language = "fr"
    tenant.facilitator.save()
    _queue(tenant, tenant.facilitator)
    sweep_notifications()
    assert mail.outbox[0].subject != english


@pytest.mark.parametrize("method", ["get", "post"])
def test_one_click_unsubscribe_link(client, tenant, method) -> None:
    _queue(tenant, tenant.member)
    sweep_notifications()
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>").split("testserver")[-1]
    path = url[url.index("/unsubscribe/") :]
    response = getattr(client, method)(path)
    assert response.status_code == 200
    tenant.member.refresh_from_db()
    assert (KIND in tenant.member.email_opt_outs) is (method == "post")


def test_a_tampered_unsubscribe_link_is_refused(client) -> None:
    response = client.post("/unsubscribe/not-a-token/")
    assert response.status_code == 400


def test_a_connection_lost_after_the_message_went_out_is_uncertain_not_resent(
    tenant, settings
) -> None:
    """The server read the message but its answer never came (a timeout): it may hold the email,
    so the row is left for a human instead of being sent again."""
    sink = SmtpSink(stall=True, stall_seconds=30).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", sink.port, 1
    settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD = False, "", ""
    try:
        row = _queue(tenant, tenant.member)
        batches = notifications.sweep()
        assert notifications.deliver_batch(batches[0])["uncertain"] == 1
        assert _state(row) == NotificationState.UNCERTAIN
        sink.release()
        notifications.deliver_batch(batches[0])  # a redelivered task
        assert notifications.sweep() == []
    finally:
        sink.stop()
    assert _state(row) == NotificationState.UNCERTAIN
    assert sink.received.notification_ids == {str(row.pk): 1}
