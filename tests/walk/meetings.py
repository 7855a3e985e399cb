"""URL walk parameters and expectations for the meetings app."""

from datetime import timedelta

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from meetings import services
from meetings.models import AgendaBlock, Meeting, MeetingSeries
from meetings.tokens import make_checkin_token, make_rsvp_token
from tests.walk import Expect


def _meeting(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        found = Meeting.objects.filter(community=tenant.community, seed_key="walk").first()
    if found is not None:
        return found.pk
    data = services.MeetingData(
        title="Walk meeting",
        starts_at=timezone.now() + timedelta(minutes=30),
        duration_minutes=60,
        agenda_template="thematic_virtual_60",
    )
    with scope(organization=tenant.organization):
        return services.schedule_meeting(
            community=tenant.community, actor=tenant.facilitator, data=data, seed_key="walk"
        ).pk


def _block(tenant, other):  # type: ignore[no-untyped-def]
    meeting_id = _meeting(tenant, other)
    with scopes_disabled():
        return AgendaBlock.objects.filter(meeting_id=meeting_id).first().pk


def _series(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        found = MeetingSeries.objects.filter(community=tenant.community).first()
    if found is not None:
        return found.pk
    data = services.MeetingData(title="Series", starts_at=timezone.now() + timedelta(days=3))
    with scope(organization=tenant.organization):
        return services.schedule_series(
            community=tenant.community,
            actor=tenant.facilitator,
            data=data,
            rrule="FREQ=WEEKLY;INTERVAL=6;COUNT=3",
        ).pk


def _feed_token(tenant, other):  # type: ignore[no-untyped-def]
    with scope(organization=tenant.organization):
        _feed, token = services.create_calendar_feed(
            organization=tenant.organization, user=tenant.member
        )
    return token


PARAMS = {
    "meeting_id": _meeting,
    "block_id": _block,
    "series_id": _series,
    "checkin_token": lambda tenant, other: make_checkin_token(_meeting(tenant, other)),
    "rsvp_token": lambda tenant, other: make_rsvp_token(
        meeting_id=_meeting(tenant, other), user_id=tenant.member.pk, answer="going"
    ),
    "feed_token": _feed_token,
}

MANAGERS_ONLY = ("member", "staff_facilitator")
MEMBERS_ONLY = ("staff_facilitator",)

EXPECT = {
    "meetings_list": Expect(role="member", denied=MEMBERS_ONLY),
    "meetings_create": Expect(denied=MANAGERS_ONLY),
    "meetings_series_create": Expect(denied=MANAGERS_ONLY),
    "meetings_series_ics": Expect(role="member", denied=MEMBERS_ONLY),
    "meetings_settings": Expect(denied=MANAGERS_ONLY),
    "meetings_rotation": Expect(role="member", denied=MEMBERS_ONLY),
    "meetings_dashboard": Expect(denied=MANAGERS_ONLY),
    "meetings_detail": Expect(role="member", denied=MEMBERS_ONLY),
    "meetings_edit": Expect(denied=MANAGERS_ONLY),
    "meetings_cancel": Expect(status=405),
    "meetings_agenda": Expect(denied=MANAGERS_ONLY),
    "meetings_agenda_reorder": Expect(status=405),
    "meetings_block_update": Expect(status=405),
    "meetings_block_move": Expect(status=405),
    "meetings_block_delete": Expect(status=405),
    "meetings_rsvp": Expect(status=405),
    "meetings_ics": Expect(role="member", denied=MEMBERS_ONLY),
    "meetings_topic": Expect(role="member", denied=("staff_facilitator", "coordinator")),
    "meetings_attendance": Expect(denied=MANAGERS_ONLY),
    "meetings_checkin": Expect(role="member", denied=("staff_facilitator", "coordinator")),
    "meetings_recap": Expect(denied=MANAGERS_ONLY),
    "meetings_calendar": Expect(role="member"),
    "meetings_feed": Expect(role="outsider", public=True),
    "meetings_rsvp_link": Expect(role="outsider", public=True),
}
