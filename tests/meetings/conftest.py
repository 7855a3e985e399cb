"""Helpers for the meetings tests: a planned meeting of tenant A's community."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp import notifications
from cdp.models import Notification
from meetings import services
from meetings.models import Meeting
from tests.conftest import Tenant


def plan(tenant: Tenant, *, days: float = 10, **fields: Any) -> Meeting:
    """Plan a meeting through the service, `days` from now."""
    data = services.MeetingData(
        title=fields.pop("title", "Rencontre d'automne"),
        starts_at=fields.pop("starts_at", timezone.now() + timedelta(days=days)),
        **fields,
    )
    with scope(organization=tenant.organization):
        return services.schedule_meeting(
            community=tenant.community, actor=tenant.facilitator, data=data
        )


def send_due(now: datetime | None = None) -> dict[str, int]:
    """What the periodic sweep and its batch tasks do, inline."""
    totals = dict.fromkeys(["sent", "skipped", "cancelled", "retry", "failed", "uncertain"], 0)
    for batch in notifications.sweep(now=now):
        for key, value in notifications.deliver_batch(batch).items():
            totals[key] += value
    return totals


def rows(**filters: Any) -> list[Notification]:
    with scopes_disabled():
        return list(Notification.objects.filter(**filters).order_by("due_at", "id"))


@pytest.fixture
def planned(tenant: Tenant) -> Meeting:
    return plan(tenant)


@pytest.fixture
def outbox() -> Callable[[], list[Any]]:
    def messages() -> list[Any]:
        return list(mail.outbox)

    return messages
