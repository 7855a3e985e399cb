"""Retention: the daily purge deletes what is past its period and keeps the rest."""

from datetime import timedelta
from typing import Any

import pytest
from django.db.models import QuerySet
from django.test import override_settings
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import OrganizationInvitation
from cdp import maintenance, privacy
from cdp.models import AuditEntry, Notification
from communities.models import CommunityInvitation
from evaluations.models import Draft
from tests.conftest import Tenant
from tests.evaluations.helpers import make_survey

pytestmark = pytest.mark.django_db


def _age(queryset: "QuerySet[Any]", field: str, days: int) -> None:
    queryset.update(**{field: timezone.now() - timedelta(days=days)})


def _notification(tenant: Tenant, key: str, state: str, days: int) -> Notification:
    row = Notification.objects.create(
        organization=tenant.organization,
        kind="platform_notice",
        key=key,
        email="x@example.org",
        due_at=timezone.now(),
        state=state,
    )
    _age(Notification.objects.filter(pk=row.pk), "created_at", days)
    return row


def test_old_rows_go_and_recent_ones_stay(tenant: Tenant) -> None:
    org = tenant.organization
    with scopes_disabled():
        old_sent = _notification(tenant, "old-sent", "sent", 400)
        old_queued = _notification(tenant, "old-queued", "queued", 400)
        recent_sent = _notification(tenant, "recent-sent", "sent", 10)
        old_revoked = OrganizationInvitation.objects.create(
            organization=org, email="a@example.org", status="revoked"
        )
        old_pending = OrganizationInvitation.objects.create(organization=org, email="b@example.org")
        live_pending = OrganizationInvitation.objects.create(
            organization=org, email="c@example.org"
        )
        accepted = OrganizationInvitation.objects.create(
            organization=org, email="d@example.org", status="accepted"
        )
        _age(
            OrganizationInvitation.objects.filter(pk__in=[old_revoked.pk, accepted.pk]),
            "created_at",
            100,
        )
        _age(OrganizationInvitation.objects.filter(pk=old_pending.pk), "created_at", 125)
        _age(OrganizationInvitation.objects.filter(pk=live_pending.pk), "created_at", 20)
        expired = CommunityInvitation.objects.create(
            organization=org, community=tenant.community, email="e@example.org"
        )
        _age(CommunityInvitation.objects.filter(pk=expired.pk), "created_at", 121)
        ancient = AuditEntry.objects.create(organization=org, action="x", target="old")
        kept_audit = AuditEntry.objects.create(organization=org, action="x", target="recent")
        _age(AuditEntry.objects.filter(pk=ancient.pk), "created_at", 2556)
        _age(AuditEntry.objects.filter(pk=kept_audit.pk), "created_at", 2000)
        survey = make_survey(tenant.community, tenant.facilitator, is_anonymous=False)
        stale = Draft.objects.create(organization=org, survey=survey, user=tenant.member)
        fresh = Draft.objects.create(organization=org, survey=survey, user=tenant.facilitator)
        _age(Draft.objects.filter(pk=stale.pk), "updated_at", 181)

    counts = privacy.purge_expired()

    assert counts == {
        "notifications": 1,
        "org_invitations": 2,
        "community_invitations": 1,
        "audit": 1,
        "drafts": 1,
    }
    with scopes_disabled():
        assert set(Notification.objects.values_list("pk", flat=True)) >= {
            old_queued.pk,
            recent_sent.pk,
        }
        assert not Notification.objects.filter(pk=old_sent.pk).exists()
        assert set(OrganizationInvitation.objects.values_list("email", flat=True)) == {
            "c@example.org",
            "d@example.org",
        }
        assert list(AuditEntry.objects.filter(action="x").values_list("target", flat=True)) == [
            "recent"
        ]
        assert list(Draft.objects.values_list("pk", flat=True)) == [fresh.pk]
    # Idempotent: nothing more to delete.
    assert set(privacy.purge_expired().values()) == {0}


@override_settings(CDP_RETENTION_NOTIFICATIONS_DAYS=5)
def test_the_retention_periods_come_from_settings(tenant: Tenant) -> None:
    with scopes_disabled():
        _notification(tenant, "week-old", "failed", 7)

    assert privacy.purge_expired()["notifications"] == 1


def test_the_purge_runs_with_the_daily_maintenance() -> None:
    assert ("privacy.purge", privacy.purge_expired) in maintenance.JOBS
