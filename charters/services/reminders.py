"""Signature requests on publication and relaunches to those who have not signed."""

from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from accounts.models import User
from cdp.audit import record_audit
from cdp.notifications import notification_key, queue_notification
from charters.models import Charter, CharterVersion, SignatureKind
from charters.selectors import (
    MemberStatus,
    SignatureStatus,
    current_version,
    get_charter,
    member_statuses,
    required_version,
)
from charters.services.base import (
    KIND_RELAUNCH,
    KIND_REQUEST,
    RELAUNCH_AFTER_DAYS,
    CharterError,
)


def _queue_sign_request(
    *,
    charter: Charter,
    version: CharterVersion,
    user: User,
    kind: str,
    occasion: str,
    when: datetime,
) -> None:
    key = notification_key(kind, f"charter{charter.pk}v{version.pk}", f"user{user.pk}", occasion)
    queue_notification(
        organization_id=charter.organization_id,
        kind=kind,
        key=key,
        email=user.email,
        due_at=when,
        recipient_id=user.pk,
        language=user.language,
        context={"charter_id": charter.pk, "user_id": user.pk},
    )


def request_signatures(*, version_id: int) -> int:
    """Queue one signature request per member who must sign `version_id` (idempotent)."""
    version = CharterVersion.objects.select_related("charter__community").get(pk=version_id)
    charter = get_charter(version.charter.community, version.charter_id)
    if charter is None or current_version(charter) != version:
        return 0
    now = timezone.now()
    queued = 0
    for status in member_statuses(charter):
        if status.status in (SignatureStatus.NOT_YET, SignatureStatus.TO_RENEW):
            _queue_sign_request(
                charter=charter,
                version=version,
                user=status.user,
                kind=KIND_REQUEST,
                occasion="published",
                when=now,
            )
            queued += 1
    return queued


def relaunch_start(charter: Charter, required: CharterVersion, status: MemberStatus) -> datetime:
    """When the person started to owe a signature: publication, arrival, or renewal date."""
    published = required.published_at or timezone.now()
    since = max(published, status.joined_at or published)
    last = status.last_event
    if (
        last is not None
        and last.kind == SignatureKind.SIGNED
        and last.version.number >= required.number
        and charter.renewal_months
    ):
        since = max(since, last.signed_at + relativedelta(months=charter.renewal_months))
    return since


def queue_relaunches(*, organization_id: int, today: date | None = None) -> int:
    """Queue the relaunch due today (7, 14 or 28 days after a signature became owed).

    Only the latest threshold reached is queued, under a key naming it, so running the job twice
    a day, or after missed days, never sends two relaunches at once.
    """
    now = timezone.now()
    if today is None:
        today = timezone.localdate()
    # Statuses are judged on the day the job is run for (renewals expire with time).
    as_of = max(now, datetime.combine(today, time(23, 59), tzinfo=now.tzinfo))
    charters = list(
        Charter.objects.filter(organization_id=organization_id, community__is_archived=False)
        .select_related("community")
        .prefetch_related("versions")
    )
    queued = 0
    for charter in charters:
        required = required_version(charter)
        if required is None:
            continue
        for status in member_statuses(charter, now=as_of):
            if status.status not in (SignatureStatus.NOT_YET, SignatureStatus.TO_RENEW):
                continue
            since = relaunch_start(charter, required, status)
            reached = [
                number
                for number, days in enumerate(RELAUNCH_AFTER_DAYS, start=1)
                if today >= (since + timedelta(days=days)).date()
            ]
            if not reached:
                continue
            _queue_sign_request(
                charter=charter,
                version=required,
                user=status.user,
                kind=KIND_RELAUNCH,
                occasion=f"{since.date().isoformat()}-{reached[-1]}",
                when=now,
            )
            queued += 1
    return queued


def relaunch_now(*, actor: User, charter: Charter) -> int:
    """Queue a relaunch today to everyone who has not signed (once a day at most)."""
    version = required_version(charter)
    if version is None:
        raise CharterError("no_version")
    queued = 0
    for status in member_statuses(charter):
        if status.status in (SignatureStatus.NOT_YET, SignatureStatus.TO_RENEW):
            _queue_sign_request(
                charter=charter,
                version=version,
                user=status.user,
                kind=KIND_RELAUNCH,
                occasion=f"manual-{timezone.localdate().isoformat()}",
                when=timezone.now(),
            )
            queued += 1
    record_audit(
        organization=charter.organization,
        actor=actor,
        action="charter.relaunched",
        target=f"charter {charter.pk}",
        details={"count": queued},
    )
    return queued
