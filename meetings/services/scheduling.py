"""Planning meetings: single or recurring, moving, cancelling, reminder offsets."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from communities.models import Community
from meetings import notify
from meetings.models import Meeting, MeetingSeries, MeetingSettings, MeetingStatus
from meetings.services.agenda import apply_template

MAX_OCCURRENCES = 52
MAX_SERIES_SPAN = timedelta(days=2 * 366)


@dataclass
class MeetingData:
    """What a facilitator fills in to plan a meeting."""

    title: str
    starts_at: datetime
    duration_minutes: int = 120
    theme: str = ""
    modality: str = "virtual"
    room_address: str = ""
    video_link: str = ""
    capacity: int | None = None
    note_taker: User | None = None
    co_facilitators: Sequence[User] = field(default_factory=tuple)
    reminder_offsets: list[int] | None = None
    agenda_template: str = ""


def _tzname(community: Community) -> str:
    return community.organization.timezone


def _apply(meeting: Meeting, data: MeetingData) -> None:
    meeting.title = data.title
    meeting.theme = data.theme
    meeting.starts_at = data.starts_at
    meeting.duration_minutes = data.duration_minutes
    meeting.modality = data.modality
    meeting.room_address = data.room_address
    meeting.video_link = data.video_link
    meeting.capacity = data.capacity
    meeting.note_taker = data.note_taker
    meeting.reminder_offsets = data.reminder_offsets


@transaction.atomic
def schedule_meeting(
    *,
    community: Community,
    actor: User,
    data: MeetingData,
    series: MeetingSeries | None = None,
    seed_key: str = "",
    now: datetime | None = None,
) -> Meeting:
    """Create a planned meeting, its agenda from the chosen template and its notification rows."""
    meeting = Meeting(
        organization_id=community.organization_id,
        community=community,
        series=series,
        created_by=actor,
        agenda_template=data.agenda_template,
        seed_key=seed_key,
    )
    _apply(meeting, data)
    meeting.full_clean(exclude=["organization", "community", "series", "created_by"])
    meeting.save()
    meeting.co_facilitators.set(data.co_facilitators)
    if data.agenda_template:
        apply_template(
            meeting=meeting,
            actor=actor,
            template_key=data.agenda_template,
            language=actor.language,
        )
    if meeting.starts_at > (now or timezone.now()):
        notify.queue_sequence(meeting, tzname=_tzname(community), now=now)
    return meeting


def occurrences(
    *, rrule: str, first_local: datetime, exdates: Sequence[date], tzname: str
) -> list[datetime]:
    """Aware start times of a series: the rule is expanded in local wall-clock time, so a meeting
    at 19:00 stays at 19:00 across a daylight-saving change."""
    try:
        rule = rrulestr(rrule, dtstart=first_local.replace(tzinfo=None))
    except (ValueError, TypeError) as exc:
        raise ValidationError(_("This recurrence rule is not valid.")) from exc
    limit = first_local.replace(tzinfo=None) + MAX_SERIES_SPAN
    zone = ZoneInfo(tzname)
    skipped = set(exdates)
    found: list[datetime] = []
    for naive in rule:
        if naive > limit or len(found) >= MAX_OCCURRENCES:
            break
        if naive.date() in skipped:
            continue
        found.append(naive.replace(tzinfo=zone))
    return found


@transaction.atomic
def schedule_series(
    *,
    community: Community,
    actor: User,
    data: MeetingData,
    rrule: str,
    exdates: Sequence[date] = (),
    now: datetime | None = None,
) -> MeetingSeries:
    """Create a recurring series and one meeting row per occurrence (at most 52, two years)."""
    tzname = _tzname(community)
    first_local = timezone.localtime(data.starts_at, ZoneInfo(tzname))
    starts = occurrences(rrule=rrule, first_local=first_local, exdates=exdates, tzname=tzname)
    if not starts:
        raise ValidationError(_("This recurrence produces no meeting."))
    series = MeetingSeries.objects.create(
        organization_id=community.organization_id,
        community=community,
        title=data.title,
        rrule=rrule,
        starts_at=data.starts_at,
        duration_minutes=data.duration_minutes,
        exdates=[day.isoformat() for day in exdates],
        created_by=actor,
    )
    for index, start in enumerate(starts, start=1):
        occurrence = MeetingData(**{**data.__dict__, "starts_at": start})
        if index > 1:
            occurrence.theme = ""
        schedule_meeting(community=community, actor=actor, data=occurrence, series=series, now=now)
    return series


@transaction.atomic
def update_meeting(
    *, meeting: Meeting, actor: User, data: MeetingData, now: datetime | None = None
) -> Meeting:
    """Change a planned meeting; a new time moves its reminders and tells the registrants."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("A cancelled meeting cannot be changed."))
    old_start = meeting.starts_at
    old_duration = meeting.duration_minutes
    old_offsets = notify.effective_offsets(meeting)
    _apply(meeting, data)
    meeting.full_clean(exclude=["organization", "community", "series", "created_by"])
    moved = meeting.starts_at != old_start or meeting.duration_minutes != old_duration
    if moved:
        meeting.sequence += 1
    meeting.save()
    meeting.co_facilitators.set(data.co_facilitators)
    tzname = _tzname(meeting.community)
    if sorted(old_offsets) != sorted(notify.effective_offsets(meeting)):
        notify.change_offsets(meeting, old=old_offsets, now=now)
    if moved:
        notify.reschedule_sequence(meeting, tzname=tzname, now=now)
        notify.tell_registrants(meeting, change="moved", now=now)
    return meeting


@transaction.atomic
def cancel_meeting(*, meeting: Meeting, actor: User, now: datetime | None = None) -> Meeting:
    """Cancel a meeting: its queued reminders are cancelled and its registrants told."""
    if meeting.status == MeetingStatus.CANCELLED:
        return meeting
    meeting.status = MeetingStatus.CANCELLED
    meeting.sequence += 1
    meeting.save(update_fields=["status", "sequence", "updated_at"])
    notify.cancel_sequence(meeting)
    notify.tell_registrants(meeting, change="cancelled", now=now)
    return meeting


@transaction.atomic
def mark_held(*, meeting: Meeting, actor: User) -> Meeting:
    if meeting.status == MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.HELD
        meeting.save(update_fields=["status", "updated_at"])
    return meeting


@transaction.atomic
def set_community_offsets(*, community: Community, actor: User, offsets: list[int]) -> None:
    """Change a community's default reminders; planned meetings without their own follow."""
    row, _created = MeetingSettings.objects.get_or_create(
        community=community, defaults={"organization_id": community.organization_id}
    )
    old = list(row.reminder_offsets)
    row.reminder_offsets = sorted(set(offsets), reverse=True)
    row.save(update_fields=["reminder_offsets"])
    planned = Meeting.objects.filter(
        community=community,
        status=MeetingStatus.PLANNED,
        starts_at__gt=timezone.now(),
        reminder_offsets__isnull=True,
    )
    for meeting in planned:
        notify.change_offsets(meeting, old=old)


def ensure_upcoming_sequences(*, days: int = 30) -> int:
    """Daily job: newcomers to a community get the reminders of its coming meetings."""
    from django_scopes import scopes_disabled

    count = 0
    now = timezone.now()
    with scopes_disabled():
        meetings = Meeting.objects.filter(
            status=MeetingStatus.PLANNED,
            starts_at__gt=now,
            starts_at__lt=now + timedelta(days=days),
        ).select_related("community__organization")
        for meeting in meetings:
            notify.queue_sequence(meeting, tzname=meeting.community.organization.timezone, now=now)
            count += 1
    return count
