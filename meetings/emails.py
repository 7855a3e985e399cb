"""Builders of the meeting emails: run at send time (inside the organisation's scope), they return
the email to send, or None when it is no longer relevant (cancelled meeting, answer changed…)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.urls import reverse
from django.utils import timezone

from cdp.mail import Attachment, EmailContent, absolute_url
from cdp.models import Notification, NotificationState
from communities.models import Membership, MembershipStatus
from meetings import notify
from meetings.ics import meeting_ics
from meetings.models import Meeting, MeetingStatus, Recap, Registration, RegistrationStatus
from meetings.tokens import make_rsvp_token


@dataclass
class Snapshot:
    """A meeting as one sweep sees it: loaded once per (meeting, sweep), not once per email."""

    meeting: Meeting
    members: frozenset[int]
    answers: dict[int, str]
    still_coming: frozenset[int] | None = None
    meeting_url: str = ""
    rsvp_url_pattern: str = ""


_SNAPSHOTS: dict[tuple[int, datetime | None], Snapshot] = {}
_MAX_SNAPSHOTS = 64


def _snapshot(row: Notification) -> Snapshot | None:
    """Rows of one sweep share `dispatched_at`, so a batch of 200 reminders of one meeting costs
    three queries instead of 600; the next sweep reads fresh data."""
    meeting_id = int(row.context.get("meeting_id", 0))
    key = (meeting_id, row.dispatched_at)
    found = _SNAPSHOTS.get(key) if row.dispatched_at is not None else None
    if found is not None:
        return found
    meeting = (
        Meeting.objects.filter(pk=meeting_id).select_related("community__organization").first()
    )
    if meeting is None:
        return None
    members = frozenset(
        Membership.objects.filter(
            community_id=meeting.community_id, status=MembershipStatus.ACTIVE
        ).values_list("user_id", flat=True)
    )
    answers = dict(Registration.objects.filter(meeting=meeting).values_list("user_id", "status"))
    snapshot = Snapshot(
        meeting=meeting,
        members=members,
        answers=answers,
        meeting_url=meeting_url(meeting),
        rsvp_url_pattern=rsvp_url(meeting, 0, "", signed=RSVP_PLACEHOLDER),
    )
    if row.dispatched_at is not None:
        if len(_SNAPSHOTS) >= _MAX_SNAPSHOTS:
            _SNAPSHOTS.clear()
        _SNAPSHOTS[key] = snapshot
    return snapshot


def _meeting(row: Notification) -> Meeting | None:
    snapshot = _snapshot(row)
    return snapshot.meeting if snapshot else None


def _answer(meeting: Meeting, user_id: int | None, snapshot: Snapshot | None = None) -> str:
    if user_id is None:
        return ""
    if snapshot is not None:
        return snapshot.answers.get(user_id, "")
    registration = Registration.objects.filter(meeting=meeting, user_id=user_id).first()
    return registration.status if registration else ""


def meeting_url(meeting: Meeting) -> str:
    return absolute_url(
        reverse(
            "meetings_detail",
            kwargs={
                "org_slug": meeting.community.organization.slug,
                "community_slug": meeting.community.slug,
                "meeting_id": meeting.pk,
            },
        )
    )


RSVP_PLACEHOLDER = "rsvp-token-placeholder"


def rsvp_url(meeting: Meeting, user_id: int, answer: str, signed: str | None = None) -> str:
    token = signed or make_rsvp_token(meeting_id=meeting.pk, user_id=user_id, answer=answer)
    return absolute_url(
        reverse(
            "meetings_rsvp_link",
            kwargs={"org_slug": meeting.community.organization.slug, "rsvp_token": token},
        )
    )


def _context(meeting: Meeting, row: Notification, answer: str) -> dict[str, Any]:
    going = answer == RegistrationStatus.GOING
    snapshot = _SNAPSHOTS.get((meeting.pk, row.dispatched_at))
    context: dict[str, Any] = {
        "meeting": meeting,
        "community_name": meeting.community.name,
        "organization_name": meeting.community.organization.name,
        "tzname": meeting.community.organization.timezone,
        "starts_at": meeting.starts_at,
        "meeting_url": snapshot.meeting_url if snapshot else meeting_url(meeting),
        "answer": answer,
        "is_going": going,
        "video_link": meeting.video_link if going and meeting.has_video else "",
        "room_address": meeting.room_address if meeting.has_room else "",
    }
    if row.recipient_id is not None:
        for key, answer_value in (
            ("rsvp_yes_url", RegistrationStatus.GOING),
            ("rsvp_no_url", RegistrationStatus.NOT_GOING),
        ):
            token = make_rsvp_token(
                meeting_id=meeting.pk, user_id=row.recipient_id, answer=answer_value
            )
            context[key] = (
                snapshot.rsvp_url_pattern.replace(RSVP_PLACEHOLDER, token)
                if snapshot
                else rsvp_url(meeting, row.recipient_id, answer_value, signed=token)
            )
    return context


def _upcoming_for_member(row: Notification) -> Snapshot | None:
    snapshot = _snapshot(row)
    if snapshot is None or snapshot.meeting.status != MeetingStatus.PLANNED:
        return None
    if snapshot.meeting.starts_at <= timezone.now():
        return None
    if row.recipient_id is not None and row.recipient_id not in snapshot.members:
        return None
    return snapshot


def build_invitation(row: Notification) -> EmailContent | None:
    snapshot = _upcoming_for_member(row)
    if snapshot is None:
        return None
    meeting = snapshot.meeting
    answer = _answer(meeting, row.recipient_id, snapshot)
    context = _context(meeting, row, answer)
    ics = meeting_ics(
        meeting,
        tzname=context["tzname"],
        url=context["meeting_url"],
        with_video=bool(context["video_link"]),
    )
    return EmailContent(
        template="meetings/emails/invitation",
        context=context,
        attachments=[
            Attachment("meeting.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")
        ],
    )


def build_reminder(row: Notification) -> EmailContent | None:
    snapshot = _upcoming_for_member(row)
    if snapshot is None:
        return None
    meeting = snapshot.meeting
    answer = _answer(meeting, row.recipient_id, snapshot)
    if answer == RegistrationStatus.NOT_GOING:
        return None
    offset = int(row.context.get("offset", 0))
    if (
        answer == RegistrationStatus.GOING
        and offset <= 24 * 60
        and _has_still_coming(row, snapshot)
    ):
        return None  # the "still coming?" email of the day before covers them
    context = _context(meeting, row, answer)
    context["days"] = offset // (24 * 60)
    context["hours"] = offset // 60
    return EmailContent(template="meetings/emails/reminder", context=context)


def _has_still_coming(row: Notification, snapshot: Snapshot) -> bool:
    """Whether the person gets (or got) the "still coming?" email for this meeting."""
    if snapshot.still_coming is None:
        prefix = notify.key_prefix(notify.STILL_COMING, notify.meeting_obj(snapshot.meeting.pk))
        snapshot.still_coming = frozenset(
            Notification.objects.filter(
                key__startswith=prefix,
                state__in=[
                    NotificationState.QUEUED,
                    NotificationState.DISPATCHED,
                    NotificationState.SENDING,
                    NotificationState.SENT,
                ],
            ).values_list("recipient_id", flat=True)
        )
    return row.recipient_id in snapshot.still_coming


def build_still_coming(row: Notification) -> EmailContent | None:
    snapshot = _upcoming_for_member(row)
    if snapshot is None:
        return None
    meeting = snapshot.meeting
    answer = _answer(meeting, row.recipient_id, snapshot)
    if answer != RegistrationStatus.GOING:
        return None
    return EmailContent(
        template="meetings/emails/still_coming", context=_context(meeting, row, answer)
    )


def build_recap(row: Notification) -> EmailContent | None:
    meeting = _meeting(row)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        return None
    recap = Recap.objects.filter(meeting=meeting, published_at__isnull=False).first()
    if recap is None:
        return None
    context = _context(meeting, row, "")
    context.update(
        recap=recap,
        follow_ups=list(recap.follow_ups.select_related("owner")),
        shared_tools=list(recap.shared_tools.all()),
    )
    return EmailContent(template="meetings/emails/recap", context=context)


def build_recap_nudge(row: Notification) -> EmailContent | None:
    meeting = _meeting(row)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        return None
    if Recap.objects.filter(meeting=meeting, published_at__isnull=False).exists():
        return None
    context = _context(meeting, row, "")
    context["recap_url"] = absolute_url(
        reverse(
            "meetings_recap",
            kwargs={
                "org_slug": meeting.community.organization.slug,
                "community_slug": meeting.community.slug,
                "meeting_id": meeting.pk,
            },
        )
    )
    return EmailContent(template="meetings/emails/recap_nudge", context=context)


def build_changed(row: Notification) -> EmailContent | None:
    snapshot = _snapshot(row)
    if snapshot is None:
        return None
    meeting = snapshot.meeting
    context = _context(meeting, row, _answer(meeting, row.recipient_id, snapshot))
    context["change"] = row.context.get("change", "moved")
    attachments = []
    if context["change"] == "moved" and meeting.status == MeetingStatus.PLANNED:
        ics = meeting_ics(
            meeting,
            tzname=context["tzname"],
            url=context["meeting_url"],
            with_video=bool(context["video_link"]),
        )
        attachments.append(Attachment("meeting.ics", ics, "text/calendar; charset=utf-8"))
    return EmailContent(
        template="meetings/emails/changed", context=context, attachments=attachments
    )
