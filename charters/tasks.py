"""Thin Celery tasks: load by id, call a service; each is safe to run twice (idempotent keys)."""

from celery import shared_task
from django_scopes import scopes_disabled

from cdp.tenancy import TenantTask
from charters import services
from charters.models import CharterVersion, VersionStatus


@shared_task(base=TenantTask, acks_late=True)
def notify_charter_published(*, organization_id: int, version_id: int) -> int:
    """Queue the signature requests of a newly published material version."""
    return services.request_signatures(version_id=version_id)


@shared_task(base=TenantTask, acks_late=True)
def queue_charter_relaunches(*, organization_id: int) -> int:
    """Queue the relaunches that are due today for one organisation."""
    return services.queue_relaunches(organization_id=organization_id)


def enqueue_daily_relaunches() -> int:
    """Daily job: one task per organisation that has a published charter."""
    with scopes_disabled():
        organization_ids = sorted(
            set(
                CharterVersion.objects.filter(status=VersionStatus.PUBLISHED).values_list(
                    "organization_id", flat=True
                )
            )
        )
    for organization_id in organization_ids:
        queue_charter_relaunches.delay(organization_id=organization_id)
    return len(organization_ids)
