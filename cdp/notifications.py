"""The notification outbox: every email the platform sends on its own goes through these rows.

Life of a row: queued → dispatched (the sweep handed it to a task) → sending (a worker claimed it
with a conditional UPDATE) → sent. A claim is taken once, so a redelivered task or a second sweep
never sends twice; a row left in `sending` past the claim timeout becomes `uncertain` for a human
to check, and a row left in `dispatched` (task lost before any claim) is safely queued again.
"""

import logging
import smtplib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_scopes import scope, scopes_disabled

from cdp.mail import EmailContent, chunked, send_templated_email
from cdp.models import Notification, NotificationState

logger = logging.getLogger(__name__)

Builder = Callable[[Notification], EmailContent | None]
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class NotificationKind:
    key: str
    label: str | Promise
    builder: Builder
    can_unsubscribe: bool = True


KINDS: dict[str, NotificationKind] = {}


def register_kind(
    key: str, label: str | Promise, builder: Builder, *, can_unsubscribe: bool = True
) -> None:
    """Declare a notification kind and the function that renders it at send time."""
    KINDS[key] = NotificationKind(key, label, builder, can_unsubscribe)


def unsubscribable_kinds() -> list[NotificationKind]:
    return [kind for kind in KINDS.values() if kind.can_unsubscribe]


def notification_key(kind: str, obj: str, recipient: str, occasion: str = "") -> str:
    return f"{kind}:{obj}:{recipient}:{occasion}"[:255]


def queue_notification(
    *,
    organization_id: int,
    kind: str,
    key: str,
    email: str,
    due_at: datetime,
    recipient_id: int | None = None,
    language: str = "fr",
    context: dict[str, object] | None = None,
) -> Notification:
    """Queue one notification; queuing the same key again changes nothing (idempotent)."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind {kind!r}")
    with scopes_disabled():
        notification, _created = Notification.objects.get_or_create(
            key=key,
            defaults={
                "organization_id": organization_id,
                "kind": kind,
                "email": email,
                "recipient_id": recipient_id,
                "language": language,
                "context": context or {},
                "due_at": due_at,
            },
        )
    return notification


def reschedule_notifications(*, key_prefix: str, due_at: datetime) -> int:
    """Move the still-queued notifications whose key starts with `key_prefix`."""
    with scopes_disabled():
        return Notification.objects.filter(
            key__startswith=key_prefix, state=NotificationState.QUEUED
        ).update(due_at=due_at)


def cancel_notifications(*, key_prefix: str) -> int:
    """Cancel the still-queued notifications whose key starts with `key_prefix`."""
    with scopes_disabled():
        return Notification.objects.filter(
            key__startswith=key_prefix, state=NotificationState.QUEUED
        ).update(state=NotificationState.CANCELLED)


def find_due_ids(*, now: datetime, limit: int) -> list[int]:
    """The due-query: queued rows whose time has come, oldest first (served by a partial index)."""
    with scopes_disabled():
        return list(
            Notification.objects.filter(state=NotificationState.QUEUED, due_at__lte=now)
            .order_by("due_at")
            .values_list("id", flat=True)[:limit]
        )


def sweep(*, now: datetime | None = None, limit: int = 10_000) -> list[list[int]]:
    """Recover stale rows, then mark due rows dispatched and return them in batches to enqueue."""
    now = now or timezone.now()
    stale_before = now - timedelta(seconds=settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS)
    batches: list[list[int]] = []
    with scopes_disabled():
        uncertain = Notification.objects.filter(
            state=NotificationState.SENDING, claimed_at__lt=stale_before
        ).update(state=NotificationState.UNCERTAIN)
        if uncertain:
            logger.warning("%s notifications left in sending are now uncertain", uncertain)
        Notification.objects.filter(
            state=NotificationState.DISPATCHED, dispatched_at__lt=stale_before
        ).update(state=NotificationState.QUEUED)
        ids = find_due_ids(now=now, limit=limit)
        for chunk in chunked(ids, settings.NOTIFICATION_BATCH_SIZE):
            Notification.objects.filter(id__in=chunk, state=NotificationState.QUEUED).update(
                state=NotificationState.DISPATCHED, dispatched_at=now
            )
            batches.append(list(chunk))
    return batches


def _claim(notification_id: int, now: datetime) -> bool:
    return (
        Notification.objects.filter(id=notification_id, state=NotificationState.DISPATCHED).update(
            state=NotificationState.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
        == 1
    )


def _finish(notification_id: int, **fields: object) -> None:
    Notification.objects.filter(id=notification_id).update(**fields)


def deliver_batch(ids: Iterable[int]) -> dict[str, int]:
    """Claim and send each row of a batch; safe to run twice with the same ids."""
    counts = {"sent": 0, "skipped": 0, "cancelled": 0, "retry": 0, "failed": 0, "uncertain": 0}
    connection = get_connection()
    with scopes_disabled():
        rows = {
            row.id: row
            for row in Notification.objects.filter(id__in=list(ids)).select_related("recipient")
        }
    try:
        for notification_id in ids:
            row = rows.get(notification_id)
            now = timezone.now()
            with scopes_disabled():
                claimed = row is not None and _claim(notification_id, now)
            if not claimed or row is None:
                counts["skipped"] += 1
                continue
            outcome = _deliver_one(row, connection)
            counts[outcome] += 1
    finally:
        connection.close()
    return counts


def _deliver_one(row: Notification, connection: object) -> str:
    kind = KINDS.get(row.kind)
    recipient = row.recipient
    with scopes_disabled():
        if kind is None or (recipient is not None and not recipient.is_active):
            _finish(row.id, state=NotificationState.CANCELLED, last_error="no such kind or user")
            return "cancelled"
        if kind.can_unsubscribe and recipient is not None and not recipient.wants_email(row.kind):
            _finish(row.id, state=NotificationState.CANCELLED, last_error="unsubscribed")
            return "cancelled"
    try:
        with scope(organization=row.organization_id):
            content = kind.builder(row)
        if content is None:
            with scopes_disabled():
                _finish(row.id, state=NotificationState.CANCELLED, last_error="no longer relevant")
            return "cancelled"
        send_templated_email(
            to=row.email,
            content=content,
            language=row.language,
            kind=row.kind if kind.can_unsubscribe else None,
            user_id=row.recipient_id,
            connection=connection,  # type: ignore[arg-type]
            headers={"X-CDP-Notification": str(row.pk)},
        )
    except (
        smtplib.SMTPResponseException,
        smtplib.SMTPRecipientsRefused,
        ConnectionRefusedError,
    ) as exc:
        # The server said no, or could not be reached: nothing was accepted, so queue again
        # with a back-off, or give up.
        with scopes_disabled():
            if row.attempts + 1 >= MAX_ATTEMPTS:
                _finish(row.id, state=NotificationState.FAILED, last_error=str(exc)[:2000])
                return "failed"
            _finish(
                row.id,
                state=NotificationState.QUEUED,
                due_at=timezone.now() + timedelta(minutes=2 ** (row.attempts + 1)),
                last_error=str(exc)[:2000],
            )
        return "retry"
    except (smtplib.SMTPException, OSError) as exc:
        # The connection broke or timed out mid-conversation: the server may already hold the
        # message (its answer to DATA never came), so a retry could send it twice. A human checks.
        with scopes_disabled():
            _finish(row.id, state=NotificationState.UNCERTAIN, last_error=str(exc)[:2000])
        logger.warning("notification %s is uncertain: %s", row.id, exc)
        return "uncertain"
    with scopes_disabled(), transaction.atomic():
        _finish(row.id, state=NotificationState.SENT, sent_at=timezone.now(), last_error="")
    return "sent"


def _build_notice(notification: Notification) -> EmailContent:
    return EmailContent(
        template="cdp/emails/notice",
        context={
            "subject": notification.context.get("subject", ""),
            "body": notification.context.get("body", ""),
        },
    )


register_kind("platform_notice", _("Messages from the platform"), _build_notice)
