"""Reads of the other apps' data that evaluations are built from, in one place.

Meetings, charters and toolbox are optional inputs: each reader checks that the app is installed
and its model exists, and returns "nothing recorded" otherwise, so indicators still work for an
organisation that does not use them. Every reader takes lists of ids and runs a fixed number of
queries, whatever the number of communities.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.db.models import Count, Exists, Max, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from communities.models import FACILITATION_ROLES, Membership, MembershipRole, Objective

PRESENT = ("in_room", "online", "late", "left_early")


def model(app_label: str, name: str) -> Any:
    """The model class, or None when its app is not installed or has no such model."""
    if not apps.is_installed(app_label):
        return None
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


@dataclass(frozen=True)
class MeetingFact:
    id: int
    community_id: int
    title: str
    theme: str
    starts_at: datetime
    minutes: int
    modality: str
    status: str


@dataclass(frozen=True)
class MembershipFact:
    community_id: int
    user_id: int
    status: str
    joined_at: datetime | None
    left_at: datetime | None
    leave_reason: str

    def enrolled_at(self, moment: datetime) -> bool:
        joined = self.joined_at is None or self.joined_at <= moment
        still = self.left_at is None or self.left_at > moment
        return joined and still and self.status in ("active", "left", "removed")


@dataclass
class AttendanceFacts:
    """Attendance rows of some meetings: status per (meeting, user)."""

    by_meeting: dict[int, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))


# The columns of a MeetingFact, in order.
MEETING_FIELDS = (
    "id",
    "community_id",
    "title",
    "theme",
    "starts_at",
    "duration_minutes",
    "modality",
    "status",
)


def meetings(community_ids: Iterable[int], start: datetime, end: datetime) -> list[MeetingFact]:
    Meeting = model("meetings", "Meeting")
    if Meeting is None:
        return []
    rows = Meeting.objects.filter(
        community_id__in=list(community_ids), starts_at__gte=start, starts_at__lt=end
    ).values_list(*MEETING_FIELDS)
    return [MeetingFact(*row) for row in rows.order_by("starts_at", "id")]


def meetings_with_attendance(
    community_ids: Iterable[int], start: datetime, end: datetime
) -> tuple[list[MeetingFact], AttendanceFacts]:
    """`meetings()` and the `attendance()` of those meetings in one query (a left join: a meeting
    with no attendance recorded comes once, with an empty status)."""
    facts = AttendanceFacts()
    Meeting = model("meetings", "Meeting")
    if Meeting is None:
        return [], facts
    rows = (
        Meeting.objects.filter(
            community_id__in=list(community_ids), starts_at__gte=start, starts_at__lt=end
        )
        .order_by("starts_at", "id")
        .values_list(*MEETING_FIELDS, "attendances__user_id", "attendances__status")
    )
    found: dict[int, MeetingFact] = {}
    for *meeting, user_id, status in rows:
        if meeting[0] not in found:
            found[meeting[0]] = MeetingFact(*meeting)
        if user_id is not None:
            facts.by_meeting[meeting[0]][user_id] = status
    return list(found.values()), facts


def attendance(meeting_ids: Iterable[int]) -> AttendanceFacts:
    facts = AttendanceFacts()
    Attendance = model("meetings", "Attendance")
    ids = list(meeting_ids)
    if Attendance is None or not ids:
        return facts
    for meeting_id, user_id, status in Attendance.objects.filter(meeting_id__in=ids).values_list(
        "meeting_id", "user_id", "status"
    ):
        facts.by_meeting[meeting_id][user_id] = status
    return facts


def memberships(community_ids: Iterable[int]) -> list[MembershipFact]:
    """Participants' memberships (people holding a facilitation role are left out); one query."""
    ids = list(community_ids)
    facilitation = MembershipRole.objects.filter(
        membership_id=OuterRef("pk"), role__in=list(FACILITATION_ROLES)
    )
    rows = (
        Membership.objects.filter(community_id__in=ids)
        .annotate(facilitates=Exists(facilitation))
        .filter(facilitates=False)
        .values_list("community_id", "user_id", "status", "joined_at", "left_at", "leave_reason")
    )
    return [MembershipFact(*row) for row in rows]


def member_ids(community_id: int) -> list[int]:
    """Current participants of a community (active, without a facilitation role)."""
    return list(
        Membership.objects.filter(community_id=community_id, status="active")
        .exclude(roles__role__in=list(FACILITATION_ROLES))
        .values_list("user_id", flat=True)
        .distinct()
    )


def facilitator_ids(community_id: int) -> list[int]:
    return list(
        Membership.objects.filter(
            community_id=community_id, status="active", roles__role__in=list(FACILITATION_ROLES)
        )
        .values_list("user_id", flat=True)
        .distinct()
    )


def get_meeting(meeting_id: int | None) -> Any:
    Meeting = model("meetings", "Meeting")
    if Meeting is None or meeting_id is None:
        return None
    return Meeting.objects.filter(pk=meeting_id).first()


def community_meeting_choices(community_id: int) -> list[tuple[int, str]]:
    Meeting = model("meetings", "Meeting")
    if Meeting is None:
        return []
    rows = Meeting.objects.filter(community_id=community_id).order_by("-starts_at")[:50]
    return [(m.pk, f"{m.starts_at:%Y-%m-%d} — {m.title}") for m in rows]


def meeting_attendee_ids(meeting_id: int | None) -> list[int]:
    Attendance = model("meetings", "Attendance")
    if Attendance is None or meeting_id is None:
        return []
    return list(
        Attendance.objects.filter(meeting_id=meeting_id, status__in=PRESENT).values_list(
            "user_id", flat=True
        )
    )


def objectives(community_ids: Iterable[int]) -> list[Objective]:
    return list(Objective.objects.filter(community_id__in=list(community_ids)))


def stage_changes(community_ids: Iterable[int], start: datetime, end: datetime) -> list[Any]:
    StageChange = model("communities", "StageChange")
    if StageChange is None:
        return []
    return list(
        StageChange.objects.filter(
            community_id__in=list(community_ids), changed_at__gte=start, changed_at__lt=end
        ).order_by("changed_at")
    )


def charter_signers(community_ids: Iterable[int]) -> dict[int, set[int]] | None:
    """For each community with a published charter, the people whose latest event on its current
    version (the latest published one) is a signature, in one query (published versions left
    joined to their signatures); None when charters are not in use at all."""
    CharterVersion = model("charters", "CharterVersion")
    if CharterVersion is None or model("charters", "Signature") is None:
        return None
    rows = list(
        CharterVersion.objects.filter(
            charter__community_id__in=list(community_ids), status="published"
        )
        .order_by("signatures__signed_at", "signatures__id")
        .values_list("id", "charter__community_id", "signatures__user_id", "signatures__kind")
    )
    current: dict[int, int] = {}
    for version_id, community_id, _user_id, _kind in rows:
        current[community_id] = max(current.get(community_id, 0), version_id)
    signers: dict[int, set[int]] = {community_id: set() for community_id in current}
    community_of = {version_id: community_id for community_id, version_id in current.items()}
    latest_event: dict[tuple[int, int], str] = {}
    for version_id, _community_id, user_id, kind in rows:
        if user_id is not None and version_id in community_of:
            latest_event[(version_id, user_id)] = kind
    for (version_id, user_id), kind in latest_event.items():
        if kind == "signed":
            signers[community_of[version_id]].add(user_id)
    return signers


@dataclass
class ToolFacts:
    by_facilitators: int = 0
    by_members: int = 0
    adapted_or_created: int = 0
    downloads: int = 0
    downloaders: int | None = None


def tools(
    counts: Mapping[int, Mapping[str, Any]], start: date, end: date, *, organization_id: int | None
) -> dict[int, ToolFacts] | None:
    """Tools published in the period by who shared them, and downloads in the period (from the
    toolbox's daily counts when it keeps them, otherwise the tools' running totals), from the
    per-community counts of `community_counts` (and one query for the daily downloads)."""
    if model("toolbox", "Tool") is None:
        return None
    facts: dict[int, ToolFacts] = {}
    for community_id, row in counts.items():
        by_members, by_others = row.get("tools_by_members") or 0, row.get("tools_by_others") or 0
        facts[community_id] = ToolFacts(
            by_facilitators=by_others,
            by_members=by_members,
            adapted_or_created=by_members + by_others,
        )
    any_tool = any(row.get("tools_any") for row in counts.values())
    downloads = _downloads(organization_id, start, end) if any_tool else {}
    if downloads is None:
        for community_id, row in counts.items():
            facts[community_id].downloads = row.get("tool_download_totals") or 0
        return facts
    for community_id, count in downloads.items():
        if community_id in facts:
            facts[community_id].downloads += count
    return facts


def count_per_community(queryset: QuerySet[Any], path: str = "community_id") -> Coalesce:
    """The number of rows of `queryset` belonging to each community of an outer Community query
    (a correlated subquery: any number of them fit in that one query)."""
    return Coalesce(
        Subquery(
            queryset.filter(**{path: OuterRef("pk")})
            .order_by()
            .values(path)
            .annotate(n=Count("pk"))
            .values("n")[:1]
        ),
        0,
    )


def community_counts(start: date, end: date) -> dict[str, Any]:
    """Annotations for a Community queryset: per community, the counts of other apps' rows the
    indicators need over [start, end] (stage changes, objectives by status, follow-ups of the
    meetings held, tools shared and their running download totals), read in that one query."""
    low, high = day_bounds(start, end)
    counts: dict[str, Any] = {
        "objectives_any": count_per_community(Objective.objects.all()),
        **{
            f"objectives_{status}": count_per_community(Objective.objects.filter(status=status))
            for status in ("attained", "partly_attained", "not_attained")
        },
    }
    StageChange = model("communities", "StageChange")
    if StageChange is not None:
        counts["stage_changes"] = count_per_community(
            StageChange.objects.filter(changed_at__gte=low, changed_at__lt=high)
        )
    FollowUp = model("meetings", "FollowUp")
    if FollowUp is not None:
        followups = FollowUp.objects.filter(
            recap__meeting__status="held",
            recap__meeting__starts_at__gte=low,
            recap__meeting__starts_at__lt=high,
            due_date__isnull=False,
            owner__isnull=False,
        )
        path = "recap__meeting__community_id"
        counts["followups_total"] = count_per_community(followups, path)
        counts["followups_done"] = count_per_community(followups.filter(is_done=True), path)
    Tool = model("toolbox", "Tool")
    if Tool is not None:
        shared = Tool.objects.filter(status="published", created_at__gte=low, created_at__lt=high)
        counts["tools_any"] = count_per_community(Tool.objects.all())
        counts["tools_by_members"] = count_per_community(shared.filter(contributed_as="member"))
        counts["tools_by_others"] = count_per_community(shared.exclude(contributed_as="member"))
        counts["tool_download_totals"] = Coalesce(
            Subquery(
                Tool.objects.filter(community_id=OuterRef("pk"))
                .order_by()
                .values("community_id")
                .annotate(n=Sum("download_count"))
                .values("n")[:1]
            ),
            0,
        )
    return counts


def _downloads(organization_id: int | None, start: date, end: date) -> dict[int, int] | None:
    """Downloads per community in the period, from the toolbox's `downloads_per_tool`."""
    try:
        from accounts.models import Organization
        from toolbox.selectors import downloads_per_tool
    except ImportError:
        return None
    if organization_id is None:
        return None
    per_community: dict[int, int] = defaultdict(int)
    for figure in downloads_per_tool(Organization(pk=organization_id), start, end):
        if figure.community_id is not None:
            per_community[figure.community_id] += figure.downloads
    return per_community


def last_change(community_ids: Iterable[int]) -> list[Any]:
    """Values that change whenever an input of the reports changes (for the cache fingerprint)."""
    ids = list(community_ids)
    values: list[Any] = []
    Meeting = model("meetings", "Meeting")
    if Meeting is not None:
        values.append(
            Meeting.objects.filter(community_id__in=ids).aggregate(
                n=Count("id"), m=Max("updated_at")
            )
        )
    Attendance = model("meetings", "Attendance")
    if Attendance is not None:
        values.append(
            Attendance.objects.filter(meeting__community_id__in=ids).aggregate(
                n=Count("id"), m=Max("recorded_at")
            )
        )
    Tool = model("toolbox", "Tool")
    if Tool is not None:
        values.append(
            Tool.objects.filter(community_id__in=ids).aggregate(
                n=Count("id"), m=Max("updated_at"), d=Max("download_count")
            )
        )
    Signature = model("charters", "Signature")
    if Signature is not None:
        values.append(
            Signature.objects.filter(version__charter__community_id__in=ids).aggregate(
                n=Count("id"), m=Max("signed_at")
            )
        )
    values.append(
        Membership.objects.filter(community_id__in=ids).aggregate(
            n=Count("id"), j=Max("joined_at"), left=Max("left_at")
        )
    )
    values.append(
        Objective.objects.filter(community_id__in=ids).aggregate(
            n=Count("id"), m=Max("reviewed_at")
        )
    )
    return values


def day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, day after end 00:00) in the current time zone."""
    from datetime import time, timedelta

    from django.utils import timezone

    tz = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=tz),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=tz),
    )
