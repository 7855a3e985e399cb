"""Celery tasks of the evaluations app: thin, by id, inside the organisation's scope."""

from celery import shared_task

from cdp.tenancy import TenantTask


@shared_task(base=TenantTask, acks_late=True)
def build_annual_report(report_id: int, *, organization_id: int) -> str:
    """Render a queued annual report's PDF and CSV; a report already built is left as is."""
    from evaluations.services.reports import build_report

    return str(build_report(report_id).status)
