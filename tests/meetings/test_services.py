"""Services of the meetings app: planning, series, agenda, answers, attendance, recaps."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp.models import NotificationState
from meetings import notify, selectors, services
from meetings.models import (
    AgendaBlock,
    Attendance,
    Meeting,
    MeetingStatus,
    Registration,
)
from tests.conftest import Tenant
from tests.factories import UserFactory, add_member
from tests.meetings.conftest import plan, rows

TORONTO = ZoneInfo("America/Toronto")


def test_planning_a_meeting_queues_the_whole_sequence(tenant: Tenant) -> None:
    meeting = plan(tenant, days=10)
    queued = rows(state=NotificationState.QUEUED)
    kinds = {(row.kind, row.email) for row in queued}
    member, facilitator = tenant.member.email, tenant.facilitator.email
    assert (notify.INVITATION, member) in kinds
    assert (notify.STILL_COMING, member) in kinds
    assert (notify.RECAP_NUDGE, facilitator) in kinds
    assert (notify.RECAP_NUDGE, member) not in kinds
    reminders = sorted(
        row.due_at for row in queued if row.kind == notify.REMINDER and row.email == member
    )
    assert reminders == [
        meeting.starts_at - timedelta(days=7),
        meeting.starts_at - timedelta(days=1),
    ]
    nudge = next(row for row in queued if row.kind == notify.RECAP_NUDGE)
    assert nudge.due_at == meeting.ends_at + timedelta(days=2)


def test_reminders_already_past_are_not_queued(tenant: Tenant) -> None:
    plan(tenant, days=3)
    offsets = {row.context["offset"] for row in rows(kind=notify.REMINDER)}
    assert offsets == {24 * 60}


def test_still_coming_is_due_at_nine_the_day_before_in_local_time(tenant: Tenant) -> None:
    start = datetime(2026, 12, 10, 19, 0, tzinfo=TORONTO)
    plan(tenant, starts_at=start)
    due = rows(kind=notify.STILL_COMING)[0].due_at
    assert timezone.localtime(due, TORONTO) == datetime(2026, 12, 9, 9, 0, tzinfo=TORONTO)


def test_planning_twice_the_same_sequence_creates_no_duplicate_rows(tenant: Tenant) -> None:
    meeting = plan(tenant)
    before = len(rows())
    with scope(organization=tenant.organization):
        notify.queue_sequence(meeting, tzname="America/Toronto")
    assert len(rows()) == before


def test_a_series_every_six_weeks_skips_its_exception_dates(tenant: Tenant) -> None:
    first = datetime(2026, 9, 16, 19, 0, tzinfo=TORONTO)
    data = services.MeetingData(title="Cercle", starts_at=first, duration_minutes=120)
    with scope(organization=tenant.organization):
        series = services.schedule_series(
            community=tenant.community,
            actor=tenant.facilitator,
            data=data,
            rrule="FREQ=WEEKLY;INTERVAL=6;COUNT=5",
            exdates=[datetime(2026, 10, 28).date()],
            now=first - timedelta(days=30),
        )
        starts = list(series.meetings.order_by("starts_at").values_list("starts_at", flat=True))
    local = [timezone.localtime(start, TORONTO) for start in starts]
    assert [d.date().isoformat() for d in local] == [
        "2026-09-16",
        "2026-12-09",
        "2027-01-20",
        "2027-03-03",
    ]
    # 19:00 stays 19:00 on both sides of the November change (EDT → EST).
    assert {d.hour for d in local} == {19}
    assert starts[0].utcoffset() == timedelta(0)
    assert (starts[0].hour, starts[1].hour) == (23, 0)


def test_an_invalid_recurrence_rule_is_refused(tenant: Tenant) -> None:
    data = services.MeetingData(title="x", starts_at=timezone.now() + timedelta(days=1))
    with scope(organization=tenant.organization), pytest.raises(ValidationError):
        services.schedule_series(
            community=tenant.community, actor=tenant.facilitator, data=data, rrule="FREQ=NEVER"
        )


def test_agenda_from_a_template_then_edited(tenant: Tenant) -> None:
    meeting = plan(tenant, duration_minutes=60, agenda_template="thematic_virtual_60")
    with scope(organization=tenant.organization):
        blocks = list(meeting.blocks.all())
        assert [b.kind for b in blocks][:2] == ["mood_check", "set_the_table"]
        assert services.agenda_total(blocks) == 60
        template = services.get_template("thematic_virtual_60")
        assert blocks[0].title == template["blocks"][0]["title"]["fr"]  # the facilitator reads fr
        services.move_block(block=blocks[1], actor=tenant.facilitator, direction="up")
        services.update_block(block=blocks[0], actor=tenant.facilitator, minutes=20)
        added = services.add_block(
            meeting=meeting, actor=tenant.facilitator, kind="break", minutes=5, language="en"
        )
        assert added.title == "Break"
        services.delete_block(block=blocks[-1], actor=tenant.facilitator)
        ordered = list(meeting.blocks.all())
        assert [b.kind for b in ordered][:2] == ["set_the_table", "mood_check"]
        assert [b.position for b in ordered] == list(range(len(ordered)))
        assert ordered[-1].kind == "break"
        ids = [b.pk for b in reversed(ordered)]
        services.reorder_blocks(meeting=meeting, actor=tenant.facilitator, block_ids=ids)
        assert list(meeting.blocks.values_list("pk", flat=True)) == ids
        with pytest.raises(ValidationError):
            services.reorder_blocks(meeting=meeting, actor=tenant.facilitator, block_ids=ids[1:])
        with pytest.raises(ValidationError):
            services.update_block(block=ordered[0], actor=tenant.facilitator, minutes=0)


def test_rsvp_beyond_capacity_waitlists_and_a_freed_seat_is_given(tenant: Tenant) -> None:
    meeting = plan(tenant, capacity=1)
    second = UserFactory(email="second@example.org")
    add_member(tenant.community, second)
    with scope(organization=tenant.organization):
        assert services.rsvp(meeting=meeting, user=tenant.member, answer="going").status == "going"
        assert services.rsvp(meeting=meeting, user=second, answer="going").status == "waitlisted"
        services.rsvp(meeting=meeting, user=tenant.member, answer="not_going")
        assert Registration.objects.get(meeting=meeting, user=second).status == "going"


def test_only_members_answer_and_only_before_the_meeting(tenant: Tenant, outsider) -> None:  # type: ignore[no-untyped-def]
    meeting = plan(tenant)
    with scope(organization=tenant.organization):
        with pytest.raises(PermissionDenied):
            services.rsvp(meeting=meeting, user=outsider, answer="going")
        with pytest.raises(ValidationError):
            services.rsvp(
                meeting=meeting,
                user=tenant.member,
                answer="going",
                now=meeting.starts_at + timedelta(minutes=1),
            )


def test_moving_a_meeting_moves_its_reminders_and_tells_registrants(tenant: Tenant) -> None:
    meeting = plan(tenant, days=20)
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.member, answer="going")
        data = services.MeetingData(
            title=meeting.title, starts_at=meeting.starts_at + timedelta(days=7)
        )
        services.update_meeting(meeting=meeting, actor=tenant.facilitator, data=data)
    reminders = {
        row.context["offset"]: row.due_at
        for row in rows(kind=notify.REMINDER, email=tenant.member.email)
    }
    assert reminders[10080] == meeting.starts_at - timedelta(days=7)
    assert reminders[1440] == meeting.starts_at - timedelta(days=1)
    changed = rows(kind=notify.CHANGED)
    assert [(row.email, row.context["change"]) for row in changed] == [
        (tenant.member.email, "moved")
    ]


def test_moving_a_meeting_closer_cancels_reminders_whose_time_passed(tenant: Tenant) -> None:
    meeting = plan(tenant, days=20)
    with scope(organization=tenant.organization):
        data = services.MeetingData(
            title=meeting.title, starts_at=timezone.now() + timedelta(days=3)
        )
        services.update_meeting(meeting=meeting, actor=tenant.facilitator, data=data)
    states = {row.context["offset"]: row.state for row in rows(kind=notify.REMINDER)}
    assert states == {10080: NotificationState.CANCELLED, 1440: NotificationState.QUEUED}


def test_cancelling_cancels_queued_rows_and_tells_registrants(tenant: Tenant) -> None:
    meeting = plan(tenant, days=20)
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.member, answer="going")
        services.cancel_meeting(meeting=meeting, actor=tenant.facilitator)
    for kind in (notify.REMINDER, notify.STILL_COMING, notify.RECAP_NUDGE, notify.INVITATION):
        assert {row.state for row in rows(kind=kind)} == {NotificationState.CANCELLED}, kind
    changed = rows(kind=notify.CHANGED)
    assert [(r.email, r.context["change"], r.state) for r in changed] == [
        (tenant.member.email, "cancelled", NotificationState.QUEUED)
    ]


def test_cancelling_one_meeting_leaves_a_meeting_with_a_longer_id_alone(tenant: Tenant) -> None:
    first = plan(tenant, days=20, title="R1")
    with scope(organization=tenant.organization):
        longer = Meeting.objects.create(
            pk=int(f"{first.pk}7"),  # its keys start with the first meeting's id
            organization=tenant.organization,
            community=tenant.community,
            title="R17",
            starts_at=first.starts_at,
        )
        notify.queue_sequence(longer, tzname="America/Toronto")
        services.cancel_meeting(meeting=first, actor=tenant.facilitator)
    for kind in (notify.REMINDER, notify.INVITATION, notify.STILL_COMING, notify.RECAP_NUDGE):
        obj = f"m{longer.pk}-" if kind == notify.REMINDER else f"m{longer.pk}:"
        assert {row.state for row in rows(key__startswith=f"{kind}:{obj}")} == {
            NotificationState.QUEUED
        }, kind


def test_reminder_offsets_per_community_and_per_meeting(tenant: Tenant) -> None:
    meeting = plan(tenant, days=20)
    own = plan(tenant, days=20, reminder_offsets=[120])
    with scope(organization=tenant.organization):
        services.set_community_offsets(
            community=tenant.community, actor=tenant.facilitator, offsets=[3 * 1440]
        )

    def offsets(m: Meeting) -> dict[int, str]:
        return {
            row.context["offset"]: row.state
            for row in rows(
                key__startswith=f"{notify.REMINDER}:m{m.pk}-", email=tenant.member.email
            )
        }

    assert offsets(meeting) == {
        10080: NotificationState.CANCELLED,
        1440: NotificationState.CANCELLED,
        4320: NotificationState.QUEUED,
    }
    assert offsets(own) == {120: NotificationState.QUEUED}


def test_attendance_and_self_check_in(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    late = meeting.starts_at + timedelta(minutes=25)
    with scope(organization=tenant.organization):
        row = services.self_check_in(meeting=meeting, user=tenant.member, now=late)
        assert (row.status, row.self_checked_in) == ("late", True)
        with pytest.raises(ValidationError):
            services.self_check_in(
                meeting=meeting, user=tenant.member, now=meeting.starts_at - timedelta(hours=3)
            )
        services.record_attendance(
            meeting=meeting,
            actor=tenant.facilitator,
            statuses={tenant.member.pk: "left_early", tenant.facilitator.pk: "online"},
            now=late,
        )
        assert dict(Attendance.objects.values_list("user_id", "status")) == {
            tenant.member.pk: "left_early",
            tenant.facilitator.pk: "online",
        }
        meeting.refresh_from_db()
        assert meeting.status == MeetingStatus.HELD


def test_attendance_refuses_people_outside_the_community(
    tenant: Tenant, other_tenant: Tenant
) -> None:
    meeting = plan(tenant, days=1)
    with scope(organization=tenant.organization), pytest.raises(ValidationError):
        services.record_attendance(
            meeting=meeting, actor=tenant.facilitator, statuses={other_tenant.member.pk: "online"}
        )


def test_publishing_a_recap_queues_the_summary_once(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    with scope(organization=tenant.organization):
        recap = services.save_recap(
            meeting=meeting, actor=tenant.facilitator, summary="On a parlé."
        )
        services.add_follow_up(
            recap=recap, actor=tenant.facilitator, text="Envoyer le gabarit", owner=tenant.member
        )
        with pytest.raises(ValidationError):
            services.add_follow_up(recap=recap, actor=tenant.facilitator, text="  ")
        services.publish_recap(recap=recap, actor=tenant.facilitator)
        services.publish_recap(recap=recap, actor=tenant.facilitator)
    summaries = rows(kind=notify.RECAP)
    assert sorted(row.email for row in summaries) == sorted(
        [tenant.member.email, tenant.facilitator.email]
    )


def test_a_facilitators_only_recap_is_sent_to_facilitators_and_owners(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    bystander = UserFactory(email="bystander@example.org")
    add_member(tenant.community, bystander)
    with scope(organization=tenant.organization):
        recap = services.save_recap(
            meeting=meeting, actor=tenant.facilitator, summary="Privé", visibility="facilitators"
        )
        services.add_follow_up(recap=recap, actor=tenant.facilitator, text="x", owner=tenant.member)
        services.publish_recap(recap=recap, actor=tenant.facilitator)
    assert sorted(row.email for row in rows(kind=notify.RECAP)) == sorted(
        [tenant.facilitator.email, tenant.member.email]
    )


def test_publishing_needs_a_summary(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    with scope(organization=tenant.organization):
        recap = services.save_recap(meeting=meeting, actor=tenant.facilitator, summary="")
        with pytest.raises(ValidationError):
            services.publish_recap(recap=recap, actor=tenant.facilitator)


def test_rotation_assigns_presenters_among_members(tenant: Tenant, other_tenant: Tenant) -> None:
    meeting = plan(tenant)
    with scope(organization=tenant.organization):
        services.assign_rotation(
            community=tenant.community,
            actor=tenant.facilitator,
            assignments={meeting.pk: tenant.member.pk},
        )
        meeting.refresh_from_db()
        assert meeting.presenter == tenant.member
        with pytest.raises(ValidationError):
            services.assign_rotation(
                community=tenant.community,
                actor=tenant.facilitator,
                assignments={meeting.pk: other_tenant.member.pk},
            )


def test_calendar_feed_secret_is_stored_hashed_and_revocable(tenant: Tenant) -> None:
    with scope(organization=tenant.organization):
        feed, token = services.create_calendar_feed(
            organization=tenant.organization, user=tenant.member
        )
        assert token not in feed.token_hash and len(feed.token_hash) == 64
        assert selectors.feed_for_token(tenant.organization, token) == feed
        _second, new_token = services.create_calendar_feed(
            organization=tenant.organization, user=tenant.member
        )
        assert selectors.feed_for_token(tenant.organization, token) is None
        services.revoke_calendar_feeds(organization=tenant.organization, user=tenant.member)
        assert selectors.feed_for_token(tenant.organization, new_token) is None


def _held(tenant: Tenant, weeks_ago: int, present: list, absent: list) -> Meeting:  # type: ignore[type-arg]
    start = timezone.now() - timedelta(weeks=weeks_ago)
    meeting = plan(tenant, starts_at=start, title=f"Il y a {weeks_ago} semaines")
    statuses = {user.pk: "in_room" for user in present}
    statuses.update({user.pk: "absent" for user in absent})
    with scope(organization=tenant.organization):
        services.record_attendance(meeting=meeting, actor=tenant.facilitator, statuses=statuses)
    return meeting


def test_dashboard_flags_a_marked_and_repeated_drop_and_members_at_risk(tenant: Tenant) -> None:
    people = [UserFactory(email=f"p{i}@example.org") for i in range(8)]
    with scopes_disabled():
        for person in people:
            membership = add_member(tenant.community, person)
            membership.joined_at = timezone.now() - timedelta(weeks=60)
            membership.save()
    _held(tenant, 40, people, [])
    _held(tenant, 34, people, [])
    _held(tenant, 28, people[:7], people[7:])
    dip = _held(tenant, 22, people[:4], people[4:])
    with scope(organization=tenant.organization):
        single = selectors.dashboard(tenant.community)
    assert single.counts == [8, 8, 7, 4] and not single.drop_alert
    _held(tenant, 16, people[:5], people[5:])
    with scope(organization=tenant.organization):
        data = selectors.dashboard(tenant.community)
    assert data.counts == [8, 8, 7, 4, 5] and data.drop_alert
    assert {user.email for user in data.at_risk} == {p.email for p in people[5:]}
    assert dip.pk in [m.pk for m in data.held]


def test_a_single_dip_is_not_a_drop() -> None:
    assert not selectors.attendance_drop([10, 10, 10, 4, 10])
    assert selectors.attendance_drop([10, 10, 10, 7, 6])
    assert not selectors.attendance_drop([5, 3, 2])


def test_dashboard_lists_open_follow_ups(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    with scope(organization=tenant.organization):
        recap = services.save_recap(meeting=meeting, actor=tenant.facilitator, summary="s")
        done = services.add_follow_up(recap=recap, actor=tenant.facilitator, text="fait")
        services.add_follow_up(recap=recap, actor=tenant.facilitator, text="à faire")
        services.set_follow_up_done(follow_up=done, actor=tenant.facilitator)
        data = selectors.dashboard(tenant.community)
    assert [item.text for item in data.open_follow_ups] == ["à faire"]


def test_agenda_blocks_are_scoped_to_their_organisation(
    tenant: Tenant, other_tenant: Tenant
) -> None:
    plan(tenant, agenda_template="thematic_virtual_60")
    with scope(organization=other_tenant.organization):
        assert AgendaBlock.objects.count() == 0
