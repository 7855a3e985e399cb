"""What members do around a meeting: RSVP, topics, attendance, check-in, calendar feeds, rotation."""

from collections.abc import Mapping
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Organization, User
from communities.models import Community, Membership, MembershipStatus, Modality
from meetings.models import (
    Attendance,
    AttendanceStatus,
    CalendarFeed,
    Meeting,
    MeetingStatus,
    Registration,
    RegistrationStatus,
    TopicSubmission,
)
from meetings.tokens import new_feed_secret

LATE_AFTER = timedelta(minutes=10)
CHECKIN_OPENS = timedelta(minutes=60)
CHECKIN_CLOSES = timedelta(hours=2)


def is_active_member(community_id: int, user: User) -> bool:
    return Membership.objects.filter(
        community_id=community_id, user=user, status=MembershipStatus.ACTIVE
    ).exists()


@transaction.atomic
def rsvp(
    *, meeting: Meeting, user: User, answer: str, note: str = "", now: datetime | None = None
) -> Registration:
    """Record a member's answer; past capacity a "yes" joins the waiting list, and a freed seat
    goes to the first person waiting."""
    now = now or timezone.now()
    if answer not in {RegistrationStatus.GOING, RegistrationStatus.NOT_GOING}:
        raise ValidationError(_("Unknown answer."))
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if locked.status != MeetingStatus.PLANNED or locked.starts_at <= now:
        raise ValidationError(_("This meeting no longer takes answers."))
    if not is_active_member(locked.community_id, user):
        raise PermissionDenied
    registration = Registration.objects.filter(meeting=locked, user=user).first()
    was_going = registration is not None and registration.status == RegistrationStatus.GOING
    status = answer
    if answer == RegistrationStatus.GOING and not was_going and locked.capacity:
        going = Registration.objects.filter(meeting=locked, status=RegistrationStatus.GOING)
        if going.count() >= locked.capacity:
            status = RegistrationStatus.WAITLISTED
    if registration is None:
        registration = Registration(
            organization_id=locked.organization_id, meeting=locked, user=user
        )
    registration.status = status
    registration.note = note[:300]
    registration.save()
    if was_going and status != RegistrationStatus.GOING:
        waiting = (
            Registration.objects.filter(meeting=locked, status=RegistrationStatus.WAITLISTED)
            .order_by("responded_at", "id")
            .first()
        )
        if waiting is not None:
            waiting.status = RegistrationStatus.GOING
            waiting.save(update_fields=["status"])
    return registration


@transaction.atomic
def submit_topic(
    *, meeting: Meeting, author: User, text: str, present_anonymously: bool = True
) -> TopicSubmission:
    """Send a situation to the facilitators only, before the meeting."""
    if not text.strip():
        raise ValidationError(_("Describe the situation or topic."))
    if not is_active_member(meeting.community_id, author):
        raise PermissionDenied
    return TopicSubmission.objects.create(
        organization_id=meeting.organization_id,
        meeting=meeting,
        author=author,
        text=text.strip(),
        present_anonymously=present_anonymously,
    )


@transaction.atomic
def record_attendance(
    *, meeting: Meeting, actor: User, statuses: Mapping[int, str], now: datetime | None = None
) -> int:
    """Set the attendance of members (user id → status); a started meeting becomes held."""
    now = now or timezone.now()
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("A cancelled meeting has no attendance."))
    allowed = set(
        Membership.objects.filter(community_id=meeting.community_id).values_list(
            "user_id", flat=True
        )
    )
    valid = set(AttendanceStatus.values)
    existing = {row.user_id: row for row in Attendance.objects.filter(meeting=meeting)}
    changed = 0
    for user_id, status in statuses.items():
        if not status:
            continue
        if user_id not in allowed or status not in valid:
            raise ValidationError(
                _("Attendance can only be recorded for members of the community.")
            )
        row = existing.get(user_id)
        if row is None:
            Attendance.objects.create(
                organization_id=meeting.organization_id,
                meeting=meeting,
                user_id=user_id,
                status=status,
                recorded_by=actor,
            )
            changed += 1
        elif row.status != status:
            row.status = status
            row.recorded_by = actor
            row.self_checked_in = False
            row.save(update_fields=["status", "recorded_by", "self_checked_in", "recorded_at"])
            changed += 1
    if meeting.status == MeetingStatus.PLANNED and meeting.starts_at <= now:
        meeting.status = MeetingStatus.HELD
        meeting.save(update_fields=["status", "updated_at"])
    return changed


@transaction.atomic
def self_check_in(*, meeting: Meeting, user: User, now: datetime | None = None) -> Attendance:
    """A member marks themself present from the link or QR code shown during the meeting."""
    now = now or timezone.now()
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("This meeting was cancelled."))
    if not meeting.starts_at - CHECKIN_OPENS <= now <= meeting.ends_at + CHECKIN_CLOSES:
        raise ValidationError(_("Check-in is open from an hour before the meeting to its end."))
    if not is_active_member(meeting.community_id, user):
        raise PermissionDenied
    status = AttendanceStatus.ONLINE if meeting.modality == Modality.VIRTUAL else "in_room"
    if now > meeting.starts_at + LATE_AFTER:
        status = AttendanceStatus.LATE
    row, created = Attendance.objects.get_or_create(
        meeting=meeting,
        user=user,
        defaults={
            "organization_id": meeting.organization_id,
            "status": status,
            "self_checked_in": True,
            "recorded_by": user,
        },
    )
    if not created and not row.is_present:
        row.status = status
        row.self_checked_in = True
        row.save(update_fields=["status", "self_checked_in", "recorded_at"])
    return row


@transaction.atomic
def create_calendar_feed(*, organization: Organization, user: User) -> tuple[CalendarFeed, str]:
    """A new personal feed (any previous one stops working); returns the row and the secret,
    which is shown once and never stored."""
    revoke_calendar_feeds(organization=organization, user=user)
    token, digest = new_feed_secret()
    feed = CalendarFeed.objects.create(organization=organization, user=user, token_hash=digest)
    return feed, token


@transaction.atomic
def revoke_calendar_feeds(*, organization: Organization, user: User) -> int:
    return CalendarFeed.objects.filter(
        organization=organization, user=user, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())


def record_feed_use(*, feed: CalendarFeed) -> None:
    """Remember when a calendar app last read the feed (shown to the person, helps revoking)."""
    CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=timezone.now())


@transaction.atomic
def assign_rotation(
    *, community: Community, actor: User, assignments: Mapping[int, int | None]
) -> int:
    """Set who presents (the co-development « client ») at each planned meeting."""
    members = set(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE).values_list(
            "user_id", flat=True
        )
    )
    meetings = {
        meeting.pk: meeting
        for meeting in Meeting.objects.filter(community=community, pk__in=list(assignments))
    }
    changed = 0
    for meeting_id, user_id in assignments.items():
        meeting = meetings.get(meeting_id)
        if meeting is None:
            raise ValidationError(_("Unknown meeting."))
        if user_id is not None and user_id not in members:
            raise ValidationError(_("The presenter must be a member of the community."))
        if meeting.presenter_id != user_id:
            meeting.presenter_id = user_id
            meeting.save(update_fields=["presenter", "updated_at"])
            changed += 1
    return changed
