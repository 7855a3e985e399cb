"""Reads of the other apps' data that evaluations are built from, in one place.

Meetings, charters and toolbox are optional inputs: each reader checks that the app is installed
and its model exists, and returns "nothing recorded" otherwise, so indicators still work for an
organisation that does not use them. Every reader takes lists of ids and runs a fixed number of
queries, whatever the number of communities.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.db.models import Count, Exists, Max, OuterRef, Q

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


def meetings(community_ids: Iterable[int], start: datetime, end: datetime) -> list[MeetingFact]:
    Meeting = model("meetings", "Meeting")
    if Meeting is None:
        return []
    rows = Meeting.objects.filter(
        community_id__in=list(community_ids), starts_at__gte=start, starts_at__lt=end
    ).values_list(
        "id",
        "community_id",
        "title",
        "theme",
        "starts_at",
        "duration_minutes",
        "modality",
        "status",
    )
    return [MeetingFact(*row) for row in rows.order_by("starts_at", "id")]


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
    version is a signature (two queries); None when charters are not in use at all."""
    CharterVersion = model("charters", "CharterVersion")
    Signature = model("charters", "Signature")
    if CharterVersion is None or Signature is None:
        return None
    ids = list(community_ids)
    current: dict[int, int] = {}
    for version_id, community_id in CharterVersion.objects.filter(
        charter__community_id__in=ids, status="published"
    ).values_list("id", "charter__community_id"):
        current[community_id] = max(current.get(community_id, 0), version_id)
    signers: dict[int, set[int]] = {community_id: set() for community_id in current}
    if not current:
        return signers
    community_of = {version_id: community_id for community_id, version_id in current.items()}
    latest_event: dict[tuple[int, int], str] = {}
    for version_id, user_id, kind in (
        Signature.objects.filter(version_id__in=list(community_of))
        .order_by("signed_at", "id")
        .values_list("version_id", "user_id", "kind")
    ):
        if user_id is not None:
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
    community_ids: Iterable[int], start: date, end: date, *, organization_id: int | None
) -> dict[int, ToolFacts] | None:
    """Tools published in the period by who shared them, and downloads in the period (from the
    toolbox's daily counts when it keeps them, otherwise the tools' running totals)."""
    Tool = model("toolbox", "Tool")
    if Tool is None:
        return None
    ids = list(community_ids)
    low, high = day_bounds(start, end)
    facts: dict[int, ToolFacts] = {cid: ToolFacts() for cid in ids}
    rows = list(
        Tool.objects.filter(community_id__in=ids).values_list(
            "community_id", "status", "created_at", "contributed_as", "download_count"
        )
    )
    counts = _downloads(organization_id, start, end) if rows else {}
    for community_id, status, created_at, shared_as, downloads in rows:
        fact = facts[community_id]
        if counts is None:
            fact.downloads += downloads or 0
        if status != "published" or not (low <= created_at < high):
            continue
        if shared_as == "member":
            fact.by_members += 1
        else:
            fact.by_facilitators += 1
        fact.adapted_or_created += 1
    for community_id, downloads in (counts or {}).items():
        if community_id in facts:
            facts[community_id].downloads += downloads
    return facts


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


def followups(meeting_ids: Iterable[int]) -> tuple[int, int]:
    """(follow-ups with an owner and a due date, those marked done) for these meetings."""
    FollowUp = model("meetings", "FollowUp")
    ids = list(meeting_ids)
    if FollowUp is None or not ids:
        return 0, 0
    counts = FollowUp.objects.filter(
        recap__meeting_id__in=ids, due_date__isnull=False, owner__isnull=False
    ).aggregate(total=Count("id"), done=Count("id", filter=Q(is_done=True)))
    return counts["total"] or 0, counts["done"] or 0


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
