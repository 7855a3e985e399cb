"""Reads of meetings, each in a fixed number of queries whatever the data size."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from accounts.models import Organization, User
from communities.models import Community, Membership, MembershipStatus
from communities.permissions import CommunityAccess
from meetings.models import (
    ABSENT_STATUSES,
    PRESENT_STATUSES,
    AgendaBlock,
    Attendance,
    CalendarFeed,
    FollowUp,
    Meeting,
    MeetingStatus,
    Recap,
    Registration,
    RegistrationStatus,
    TopicSubmission,
)
from meetings.tokens import hash_feed_secret


def _with_counts(queryset: QuerySet[Meeting], user: User) -> QuerySet[Meeting]:
    mine = Registration.objects.filter(meeting=OuterRef("pk"), user=user).values("status")[:1]
    return queryset.annotate(
        going_count=Count("registrations", filter=Q(registrations__status="going"), distinct=True),
        waitlisted_count=Count(
            "registrations", filter=Q(registrations__status="waitlisted"), distinct=True
        ),
        my_answer=Subquery(mine),
    )


def get_meeting(access: CommunityAccess, meeting_id: int) -> Meeting:
    """The meeting of this community (with its community cached), or 404."""
    meeting = Meeting.objects.filter(community=access.community, pk=meeting_id).first()
    if meeting is None:
        raise Http404
    meeting.community = access.community
    return meeting


@dataclass
class MeetingPage:
    meeting: Meeting
    blocks: list[AgendaBlock]
    recap: Recap | None
    my_answer: str
    agenda_minutes: int = 0


def get_meeting_page(access: CommunityAccess, user: User, meeting_id: int) -> MeetingPage:
    """Everything the meeting page shows, in five queries whatever the data size."""
    meeting = (
        _with_counts(Meeting.objects.filter(community=access.community, pk=meeting_id), user)
        .annotate(topic_count=Count("topics", distinct=True))
        .select_related("note_taker", "presenter", "recap")
        .prefetch_related(
            "co_facilitators",
            Prefetch(
                "blocks", queryset=AgendaBlock.objects.select_related("tool").order_by("position")
            ),
            Prefetch("recap__follow_ups", queryset=FollowUp.objects.select_related("owner")),
            "recap__shared_tools",
        )
        .first()
    )
    if meeting is None:
        raise Http404
    meeting.community = access.community
    try:
        recap: Recap | None = meeting.recap
    except Recap.DoesNotExist:
        recap = None
    blocks = list(meeting.blocks.all())
    return MeetingPage(
        meeting=meeting,
        blocks=blocks,
        recap=recap,
        my_answer=meeting.my_answer or "",  # type: ignore[attr-defined]
        agenda_minutes=sum(block.minutes for block in blocks),
    )


def topics_for(meeting: Meeting) -> list[TopicSubmission]:
    return list(TopicSubmission.objects.filter(meeting=meeting).select_related("author"))


def list_meetings(community: Community, user: User) -> tuple[Sequence[Meeting], Sequence[Meeting]]:
    """Upcoming and past meetings of a community (one query)."""
    now = timezone.now()
    meetings = list(
        _with_counts(Meeting.objects.filter(community=community), user)
        .select_related("presenter")
        .annotate(
            present_count=Count(
                "attendances",
                filter=Q(attendances__status__in=list(PRESENT_STATUSES)),
                distinct=True,
            )
        )
        .order_by("starts_at")
    )
    upcoming = [m for m in meetings if m.ends_at >= now and m.status == MeetingStatus.PLANNED]
    upcoming_ids = {m.pk for m in upcoming}
    past = [m for m in meetings if m.pk not in upcoming_ids]
    past.reverse()
    return upcoming, past


def next_meeting(community: Community) -> Meeting | None:
    return (
        Meeting.objects.filter(
            community=community, status=MeetingStatus.PLANNED, starts_at__gte=timezone.now()
        )
        .order_by("starts_at")
        .first()
    )


def active_members(community: Community) -> list[User]:
    return [
        membership.user
        for membership in Membership.objects.filter(
            community=community, status=MembershipStatus.ACTIVE
        )
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    ]


def backlog_themes(community: Community) -> list[str]:
    """Proposed and planned themes of the community's backlog (communities.Theme)."""
    from communities.models import Theme, ThemeStatus

    return list(
        Theme.objects.filter(
            community=community, status__in=[ThemeStatus.PROPOSED, ThemeStatus.PLANNED]
        )
        .order_by("title")
        .values_list("title", flat=True)[:100]
    )


@dataclass
class AttendanceRow:
    user: User
    status: str
    answer: str
    self_checked_in: bool


def attendance_sheet(meeting: Meeting) -> list[AttendanceRow]:
    """One row per active member (and anyone already recorded), in three queries."""
    records = {row.user_id: row for row in Attendance.objects.filter(meeting=meeting)}
    answers = dict(Registration.objects.filter(meeting=meeting).values_list("user_id", "status"))
    people = {user.pk: user for user in active_members(meeting.community)}
    missing = set(records) - set(people)
    if missing:
        people.update({user.pk: user for user in User.objects.filter(pk__in=missing)})
    rows = []
    for user in people.values():
        record = records.get(user.pk)
        status = record.status if record else ""
        if not status and answers.get(user.pk) == RegistrationStatus.NOT_GOING:
            status = "excused"
        rows.append(
            AttendanceRow(
                user=user,
                status=status,
                answer=answers.get(user.pk, ""),
                self_checked_in=bool(record and record.self_checked_in),
            )
        )
    return rows


def registrations_for(meeting: Meeting) -> list[Registration]:
    return list(
        Registration.objects.filter(meeting=meeting)
        .select_related("user")
        .order_by("status", "responded_at")
    )


# --- Facilitator dashboard -----------------------------------------------------------------------

DROP_BASELINE = 4
DROP_RATIO = 0.8


@dataclass
class DashboardData:
    held: Sequence[Meeting]
    counts: list[int]
    at_risk: list[User]
    drop_alert: bool
    open_follow_ups: list[FollowUp]


def attendance_drop(counts: list[int]) -> bool:
    """« Marquée et répétée » (seed 001 §4.8): the last two meetings both at least 20 % below the
    average of the (up to four) meetings before them; a single dip is not a signal."""
    if len(counts) < 4:
        return False
    baseline_counts = counts[:-2][-DROP_BASELINE:]
    baseline = sum(baseline_counts) / len(baseline_counts)
    return baseline > 0 and all(count <= baseline * DROP_RATIO for count in counts[-2:])


def members_at_risk(
    held: Sequence[Meeting], records: dict[tuple[int, int], str], members: list[Membership]
) -> list[User]:
    """Members absent (excused or not) from the last two meetings held since they joined."""
    at_risk = []
    for membership in members:
        joined = membership.joined_at or membership.created_at
        theirs = [m for m in held if m.starts_at >= joined]
        last_two = theirs[-2:]
        if len(last_two) < 2:
            continue
        statuses = [records.get((m.pk, membership.user_id), "absent") for m in last_two]
        if all(status in ABSENT_STATUSES for status in statuses):
            at_risk.append(membership.user)
    return at_risk


def dashboard(community: Community, *, now: datetime | None = None) -> DashboardData:
    """Attendance over time, members at risk, the drop alert and open follow-ups (four queries)."""
    now = now or timezone.now()
    held = list(
        Meeting.objects.filter(
            community=community, starts_at__lte=now, status__in=[MeetingStatus.HELD, "planned"]
        )
        .annotate(
            present_count=Count(
                "attendances", filter=Q(attendances__status__in=list(PRESENT_STATUSES))
            ),
            recorded_count=Count("attendances"),
        )
        .order_by("starts_at")
    )
    held = [m for m in held if m.recorded_count]  # type: ignore[attr-defined]
    last_ids = [m.pk for m in held[-2:]]
    records = {
        (meeting_id, user_id): status
        for meeting_id, user_id, status in Attendance.objects.filter(
            meeting_id__in=last_ids
        ).values_list("meeting_id", "user_id", "status")
    }
    members = list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .select_related("user")
        .order_by("user__last_name", "user__first_name")
    )
    open_follow_ups = list(
        FollowUp.objects.filter(recap__meeting__community=community, is_done=False)
        .select_related("owner", "recap__meeting")
        .order_by("due_date", "id")[:50]
    )
    counts = [m.present_count for m in held]  # type: ignore[attr-defined]
    return DashboardData(
        held=held,
        counts=counts,
        at_risk=members_at_risk(held, records, members),
        drop_alert=attendance_drop(counts),
        open_follow_ups=open_follow_ups,
    )


# --- Calendar feed --------------------------------------------------------------------------------


def feed_for_token(organization: Organization, token: str) -> CalendarFeed | None:
    """The active feed whose secret hashes to this token's digest, in this organisation."""
    return (
        CalendarFeed.objects.filter(
            organization=organization, token_hash=hash_feed_secret(token), revoked_at__isnull=True
        )
        .select_related("user")
        .first()
    )


def active_feed(organization: Organization, user: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(
        organization=organization, user=user, revoked_at__isnull=True
    ).first()


def feed_meetings(user: User) -> tuple[list[Meeting], set[int]]:
    """Meetings of the person's communities in the current organisation (last 90 days onward)
    and the ids of those they registered for."""
    since = timezone.now() - timedelta(days=90)
    community_ids = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).values(
        "community_id"
    )
    meetings = list(
        Meeting.objects.filter(community_id__in=Subquery(community_ids), starts_at__gte=since)
        .select_related("community")
        .order_by("starts_at")[:500]
    )
    going = set(
        Registration.objects.filter(
            user=user, status=RegistrationStatus.GOING, meeting__in=[m.pk for m in meetings]
        ).values_list("meeting_id", flat=True)
    )
    return meetings, going
