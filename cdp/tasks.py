"""Periodic platform work: one sweep that enqueues batches, and a daily maintenance entry."""

import logging

from celery import shared_task

from cdp import notifications

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def sweep_notifications() -> int:
    """Find due notifications and enqueue them in batches; returns how many batches were queued."""
    batches = notifications.sweep()
    for batch in batches:
        send_notification_batch.delay(batch)
    return len(batches)


@shared_task(acks_late=True, max_retries=0)
def send_notification_batch(ids: list[int]) -> dict[str, int]:
    """Send one batch of dispatched notifications; running it twice sends nothing twice."""
    return notifications.deliver_batch(ids)


@shared_task(acks_late=True)
def run_daily_maintenance() -> None:
    """Daily housekeeping hooks of every app (queue time-based notifications, purges)."""
    from cdp.maintenance import run_all

    run_all()
