"""Builders of the meeting emails: run at send time (inside the organisation's scope), they return
the email to send, or None when it is no longer relevant (cancelled meeting, answer changed…)."""

from typing import Any

from django.urls import reverse
from django.utils import timezone

from cdp.mail import Attachment, EmailContent, absolute_url
from cdp.models import Notification, NotificationState
from meetings import notify
from meetings.ics import meeting_ics
from meetings.models import Meeting, MeetingStatus, Recap, Registration, RegistrationStatus
from meetings.services.participation import is_active_member
from meetings.tokens import make_rsvp_token


def _meeting(row: Notification) -> Meeting | None:
    return (
        Meeting.objects.filter(pk=row.context.get("meeting_id"))
        .select_related("community__organization")
        .first()
    )


def _answer(meeting: Meeting, user_id: int | None) -> str:
    if user_id is None:
        return ""
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


def rsvp_url(meeting: Meeting, user_id: int, answer: str) -> str:
    token = make_rsvp_token(meeting_id=meeting.pk, user_id=user_id, answer=answer)
    return absolute_url(
        reverse(
            "meetings_rsvp_link",
            kwargs={"org_slug": meeting.community.organization.slug, "rsvp_token": token},
        )
    )


def _context(meeting: Meeting, row: Notification, answer: str) -> dict[str, Any]:
    going = answer == RegistrationStatus.GOING
    context: dict[str, Any] = {
        "meeting": meeting,
        "community_name": meeting.community.name,
        "organization_name": meeting.community.organization.name,
        "tzname": meeting.community.organization.timezone,
        "starts_at": meeting.starts_at,
        "meeting_url": meeting_url(meeting),
        "answer": answer,
        "is_going": going,
        "video_link": meeting.video_link if going and meeting.has_video else "",
        "room_address": meeting.room_address if meeting.has_room else "",
    }
    if row.recipient_id is not None:
        context["rsvp_yes_url"] = rsvp_url(meeting, row.recipient_id, RegistrationStatus.GOING)
        context["rsvp_no_url"] = rsvp_url(meeting, row.recipient_id, RegistrationStatus.NOT_GOING)
    return context


def _upcoming_for_member(row: Notification) -> Meeting | None:
    meeting = _meeting(row)
    if meeting is None or meeting.status != MeetingStatus.PLANNED:
        return None
    if meeting.starts_at <= timezone.now():
        return None
    if row.recipient is not None and not is_active_member(meeting.community_id, row.recipient):
        return None
    return meeting


def build_invitation(row: Notification) -> EmailContent | None:
    meeting = _upcoming_for_member(row)
    if meeting is None:
        return None
    answer = _answer(meeting, row.recipient_id)
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
    meeting = _upcoming_for_member(row)
    if meeting is None:
        return None
    answer = _answer(meeting, row.recipient_id)
    if answer == RegistrationStatus.NOT_GOING:
        return None
    offset = int(row.context.get("offset", 0))
    if answer == RegistrationStatus.GOING and offset <= 24 * 60 and _has_still_coming(row):
        return None  # the "still coming?" email of the day before covers them
    context = _context(meeting, row, answer)
    context["days"] = offset // (24 * 60)
    context["hours"] = offset // 60
    return EmailContent(template="meetings/emails/reminder", context=context)


def _has_still_coming(row: Notification) -> bool:
    key = notify.key_prefix(notify.STILL_COMING, notify.meeting_obj(row.context["meeting_id"]))
    return Notification.objects.filter(
        key=f"{key}u{row.recipient_id}:",
        state__in=[
            NotificationState.QUEUED,
            NotificationState.DISPATCHED,
            NotificationState.SENDING,
            NotificationState.SENT,
        ],
    ).exists()


def build_still_coming(row: Notification) -> EmailContent | None:
    meeting = _upcoming_for_member(row)
    if meeting is None:
        return None
    answer = _answer(meeting, row.recipient_id)
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
    meeting = _meeting(row)
    if meeting is None:
        return None
    context = _context(meeting, row, _answer(meeting, row.recipient_id))
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
