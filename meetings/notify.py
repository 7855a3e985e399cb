"""The meeting's notification sequence, written as outbox rows (cdp.notifications).

Keys are `kind:m<meeting>[-<offset>]:u<user>:<occasion>`, so one prefix names every row of one
kind (and one reminder offset) of one meeting: moving or cancelling a meeting is one UPDATE per
prefix, and queuing the same row twice changes nothing.
"""

from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import User
from cdp.models import Notification
from cdp.notifications import (
    KINDS,
    cancel_notifications,
    notification_key,
    reschedule_notifications,
)
from communities.models import FACILITATION_ROLES, Membership, MembershipStatus
from meetings.models import DEFAULT_REMINDER_OFFSETS, Meeting, MeetingSettings, Registration

INVITATION = "meetings.invitation"
REMINDER = "meetings.reminder"
STILL_COMING = "meetings.still_coming"
RECAP = "meetings.recap"
RECAP_NUDGE = "meetings.recap_nudge"
CHANGED = "meetings.changed"
SEQUENCE_KINDS = (INVITATION, REMINDER, STILL_COMING, RECAP_NUDGE)
RECAP_NUDGE_DELAY = timedelta(days=2)
STILL_COMING_HOUR = time(9, 0)


def reminder_obj(meeting_id: int, offset: int) -> str:
    return f"m{meeting_id}-{offset}"


def meeting_obj(meeting_id: int) -> str:
    return f"m{meeting_id}"


def key_prefix(kind: str, obj: str) -> str:
    return f"{kind}:{obj}:"


def community_offsets(community_id: int) -> list[int]:
    settings_row = MeetingSettings.objects.filter(community_id=community_id).first()
    return list(settings_row.reminder_offsets) if settings_row else list(DEFAULT_REMINDER_OFFSETS)


def effective_offsets(meeting: Meeting) -> list[int]:
    """The meeting's reminder offsets in minutes, or its community's when it has none of its own."""
    if meeting.reminder_offsets is not None:
        return [int(offset) for offset in meeting.reminder_offsets]
    return community_offsets(meeting.community_id)


def member_users(community_id: int) -> list[User]:
    """Active members of a community with an active account (the invitation list)."""
    return [
        membership.user
        for membership in Membership.objects.filter(
            community_id=community_id, status=MembershipStatus.ACTIVE, user__is_active=True
        ).select_related("user")
    ]


def facilitator_users(meeting: Meeting) -> list[User]:
    """The community's facilitators and co-facilitators plus the meeting's co-facilitators."""
    people = {
        membership.user_id: membership.user
        for membership in Membership.objects.filter(
            community_id=meeting.community_id,
            status=MembershipStatus.ACTIVE,
            roles__role__in=FACILITATION_ROLES,
        ).select_related("user")
    }
    for user in meeting.co_facilitators.all():
        people.setdefault(user.pk, user)
    return [user for user in people.values() if user.is_active]


def still_coming_due(meeting: Meeting, tzname: str) -> datetime:
    """9:00 local time the day before the meeting."""
    local = timezone.localtime(meeting.starts_at, ZoneInfo(tzname))
    day_before = local.date() - timedelta(days=1)
    return datetime.combine(day_before, STILL_COMING_HOUR, tzinfo=ZoneInfo(tzname))


def queue_rows(
    *,
    meeting: Meeting,
    kind: str,
    users: Iterable[User],
    due_at: datetime,
    obj: str,
    occasion: str = "",
    context: dict[str, object] | None = None,
) -> int:
    """Queue one row per person; rows whose key exists already stay as they are."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind {kind!r}")
    rows = [
        Notification(
            organization_id=meeting.organization_id,
            kind=kind,
            key=notification_key(kind, obj, f"u{user.pk}", occasion),
            recipient_id=user.pk,
            email=user.email,
            language=user.language,
            context={"meeting_id": meeting.pk, **(context or {})},
            due_at=due_at,
        )
        for user in users
    ]
    with scopes_disabled():
        created = Notification.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    return len(created)


def queue_sequence(meeting: Meeting, *, tzname: str, now: datetime | None = None) -> None:
    """Queue the invitation, reminders, the "still coming?" check and the recap nudge."""
    now = now or timezone.now()
    members = member_users(meeting.community_id)
    queue_rows(
        meeting=meeting, kind=INVITATION, users=members, due_at=now, obj=meeting_obj(meeting.pk)
    )
    queue_reminders(meeting, members=members, now=now)
    due = still_coming_due(meeting, tzname)
    if due > now:
        queue_rows(
            meeting=meeting,
            kind=STILL_COMING,
            users=members,
            due_at=due,
            obj=meeting_obj(meeting.pk),
        )
    queue_rows(
        meeting=meeting,
        kind=RECAP_NUDGE,
        users=facilitator_users(meeting),
        due_at=meeting.ends_at + RECAP_NUDGE_DELAY,
        obj=meeting_obj(meeting.pk),
    )


def queue_reminders(
    meeting: Meeting, *, members: Sequence[User] | None = None, now: datetime | None = None
) -> None:
    now = now or timezone.now()
    people = list(members) if members is not None else member_users(meeting.community_id)
    for offset in effective_offsets(meeting):
        due = meeting.starts_at - timedelta(minutes=offset)
        if due > now:
            queue_rows(
                meeting=meeting,
                kind=REMINDER,
                users=people,
                due_at=due,
                obj=reminder_obj(meeting.pk, offset),
                context={"offset": offset},
            )


def change_offsets(meeting: Meeting, *, old: Sequence[int], now: datetime | None = None) -> None:
    """Cancel queued reminders of offsets no longer wanted, queue the new ones."""
    new = set(effective_offsets(meeting))
    for offset in set(old) - new:
        cancel_notifications(key_prefix=key_prefix(REMINDER, reminder_obj(meeting.pk, offset)))
    queue_reminders(meeting, now=now)


def reschedule_sequence(meeting: Meeting, *, tzname: str, now: datetime | None = None) -> None:
    """Move the queued rows of a moved meeting; reminders whose time has passed are cancelled."""
    now = now or timezone.now()
    for offset in effective_offsets(meeting):
        prefix = key_prefix(REMINDER, reminder_obj(meeting.pk, offset))
        due = meeting.starts_at - timedelta(minutes=offset)
        if due > now:
            reschedule_notifications(key_prefix=prefix, due_at=due)
        else:
            cancel_notifications(key_prefix=prefix)
    prefix = key_prefix(STILL_COMING, meeting_obj(meeting.pk))
    due = still_coming_due(meeting, tzname)
    if due > now:
        reschedule_notifications(key_prefix=prefix, due_at=due)
    else:
        cancel_notifications(key_prefix=prefix)
    reschedule_notifications(
        key_prefix=key_prefix(RECAP_NUDGE, meeting_obj(meeting.pk)),
        due_at=meeting.ends_at + RECAP_NUDGE_DELAY,
    )
    queue_sequence(meeting, tzname=tzname, now=now)


def cancel_sequence(meeting: Meeting) -> int:
    """Cancel every still-queued row of the meeting's sequence."""
    cancelled = 0
    for kind in SEQUENCE_KINDS:
        # Reminder objects are `m<id>-<offset>`: the dash keeps m1 from matching m12.
        obj = f"m{meeting.pk}-" if kind == REMINDER else f"m{meeting.pk}:"
        cancelled += cancel_notifications(key_prefix=f"{kind}:{obj}")
    return cancelled


def registrant_users(meeting: Meeting) -> list[User]:
    """People who said they were coming or are on the waiting list."""
    return [
        registration.user
        for registration in Registration.objects.filter(
            meeting=meeting, status__in=["going", "waitlisted"], user__is_active=True
        ).select_related("user")
    ]


def tell_registrants(meeting: Meeting, *, change: str, now: datetime | None = None) -> int:
    """Queue a "meeting moved / cancelled" notice to registrants, once per change of schedule."""
    return queue_rows(
        meeting=meeting,
        kind=CHANGED,
        users=registrant_users(meeting),
        due_at=now or timezone.now(),
        obj=meeting_obj(meeting.pk),
        occasion=f"s{meeting.sequence}",
        context={"change": change},
    )


def queue_recap_summary(meeting: Meeting, *, users: Iterable[User]) -> int:
    return queue_rows(
        meeting=meeting,
        kind=RECAP,
        users=users,
        due_at=timezone.now(),
        obj=meeting_obj(meeting.pk),
    )
