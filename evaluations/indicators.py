"""Indicators: the ONE place each figure is computed, per community and for the organisation.

The coordinator dashboard, the CSV export and the annual PDF all read `compute()`'s result, so
their numbers are equal by construction. Figures built from survey answers go through
`evaluations.results.survey_results` and therefore respect the anonymity thresholds.

Reads take a fixed number of queries whatever the number of communities (see `sources`).
"""

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Count, JSONField, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from communities.models import Community
from evaluations import content, results, sources
from evaluations.models import (
    Audience,
    FacilitatorReview,
    LogbookEntry,
    Question,
    Survey,
    Testimonial,
)
from evaluations.text import localized

EARLY_STAGES = frozenset({"potential", "coalescing"})


@dataclass(frozen=True)
class FigureSpec:
    key: str
    group: str
    label: str | Promise
    unit: str = ""
    # A rate is recomputed for the organisation from the sums of its numerator and denominator;
    # an average is the mean over communities that have it; anything else is added up.
    ratio: tuple[str, str] | None = None
    average: bool = False


FIGURES: list[FigureSpec] = [
    FigureSpec("meetings_held", "evolution", _("Meetings held")),
    FigureSpec("meetings_planned", "evolution", _("Meetings planned (not cancelled)")),
    FigureSpec("meetings_cancelled", "evolution", _("Meetings cancelled")),
    FigureSpec(
        "meetings_held_rate",
        "evolution",
        _("Meetings held vs planned"),
        "%",
        ratio=("meetings_held", "meetings_planned"),
    ),
    FigureSpec("meeting_hours", "evolution", _("Hours of meetings"), "h"),
    FigureSpec("person_hours", "evolution", _("Person-hours of participation"), "h"),
    FigureSpec("topics_covered", "evolution", _("Topics covered")),
    FigureSpec("topics_repeated", "evolution", _("Topics taken up again")),
    FigureSpec("charter_signed", "evolution", _("Members who signed the charter")),
    FigureSpec("charter_members", "evolution", _("Members asked to sign a charter")),
    FigureSpec(
        "charter_coverage",
        "evolution",
        _("Charter coverage"),
        "%",
        ratio=("charter_signed", "charter_members"),
    ),
    FigureSpec("members_current", "evolution", _("Members at the end of the period")),
    FigureSpec("logbook_entries", "evolution", _("Logbook entries")),
    FigureSpec("stage_changes", "evolution", _("Stage changes recorded")),
    FigureSpec("members_enrolled", "health", _("People enrolled")),
    FigureSpec("attendances", "health", _("Attendances")),
    FigureSpec("expected_attendances", "health", _("Expected attendances")),
    FigureSpec(
        "attendance_rate",
        "health",
        _("Attendance rate"),
        "%",
        ratio=("attendances", "expected_attendances"),
    ),
    FigureSpec("excused_absences", "health", _("Excused absences")),
    FigureSpec("in_room_attendances", "health", _("Attendances in the room")),
    FigureSpec("online_attendances", "health", _("Attendances online")),
    FigureSpec("in_person_meetings_12m", "health", _("In-person meetings in the last 12 months")),
    FigureSpec("late_or_early", "health", _("Late arrivals and early departures")),
    FigureSpec(
        "late_or_early_rate",
        "health",
        _("Share of late arrivals and early departures"),
        "%",
        ratio=("late_or_early", "attendances"),
    ),
    FigureSpec("regular_members", "health", _("Members present at half the meetings or more")),
    FigureSpec("regular_base", "health", _("Members who could attend")),
    FigureSpec(
        "regular_attendance",
        "health",
        _("Regular attendance"),
        "%",
        ratio=("regular_members", "regular_base"),
    ),
    FigureSpec("retention_base", "health", _("Members at the start of the period")),
    FigureSpec("retained", "health", _("Of whom still members at the end")),
    FigureSpec("retention", "health", _("Retention"), "%", ratio=("retained", "retention_base")),
    FigureSpec("dropouts", "health", _("Drop-outs")),
    FigureSpec("tools_by_facilitators", "health", _("Tools shared by facilitators")),
    FigureSpec("tools_by_members", "health", _("Tools shared by members")),
    FigureSpec("tool_downloads", "health", _("Tool downloads")),
    FigureSpec("followups_total", "health", _("Follow-ups with an owner and a due date")),
    FigureSpec("followups_done", "health", _("Follow-ups done")),
    FigureSpec(
        "followups_rate",
        "health",
        _("Follow-ups completed"),
        "%",
        ratio=("followups_done", "followups_total"),
    ),
    FigureSpec("survey_invited", "health", _("People asked to answer surveys")),
    FigureSpec("survey_respondents", "health", _("Survey answers received")),
    FigureSpec(
        "survey_response_rate",
        "health",
        _("Survey response rate"),
        "%",
        ratio=("survey_respondents", "survey_invited"),
    ),
    FigureSpec(
        "meeting_satisfaction", "health", _("Satisfaction after meetings (out of 5)"), average=True
    ),
    FigureSpec("needs_met", "health", _("Needs met (a lot or completely)"), "%", average=True),
    FigureSpec("overall_rating", "health", _("Overall rating (out of 10)"), average=True),
    FigureSpec("vitality_score", "health", _("Vitality score (out of 100)"), average=True),
    FigureSpec("objectives_total", "effectiveness", _("Objectives")),
    FigureSpec("objectives_attained", "effectiveness", _("Objectives attained")),
    FigureSpec("objectives_partly", "effectiveness", _("Objectives partly attained")),
    FigureSpec("objectives_not_attained", "effectiveness", _("Objectives not attained")),
    FigureSpec("objectives_reviewed", "effectiveness", _("Objectives reviewed")),
    FigureSpec(
        "objectives_attained_rate",
        "effectiveness",
        _("Objectives attained or partly attained"),
        "%",
        ratio=("objectives_met", "objectives_reviewed"),
    ),
    FigureSpec("objectives_met", "effectiveness", _("Objectives attained or partly attained")),
    FigureSpec("practice_changes", "effectiveness", _("Answers describing a change in practice")),
    FigureSpec("joint_projects", "effectiveness", _("Answers reporting joint projects")),
    FigureSpec("collective_productions", "effectiveness", _("Tools created or adapted")),
    FigureSpec("testimonials", "effectiveness", _("Testimonials kept (with consent)")),
]
SPECS = {spec.key: spec for spec in FIGURES}
# Shown in the report's appendix and the dashboard: everything but the helper counts.
HIDDEN_KEYS = frozenset({"objectives_met"})

VITALITY_FORMULA = " + ".join(
    f"{signal['weight']} × {signal['key']}" for signal in content.VITALITY_SIGNALS
)


@dataclass
class MeetingRow:
    meeting: sources.MeetingFact
    enrolled: int
    present: int


@dataclass
class SummaryCard:
    modality: str
    meetings_held: int
    typical_minutes: int | None
    target_audience: str
    registration: str
    enrolled: int
    average_present: float | None


@dataclass
class CommunityIndicators:
    community: Community
    start: date
    end: date
    values: dict[str, float | int | None] = field(default_factory=dict)
    card: SummaryCard | None = None
    meeting_rows: list[MeetingRow] = field(default_factory=list)
    dropout_reasons: list[str] = field(default_factory=list)
    objectives: list[tuple[str, str]] = field(default_factory=list)
    review: FacilitatorReview | None = None
    vitality_suggested: list[str] = field(default_factory=list)
    surveys: list[results.SurveyResults] = field(default_factory=list)
    difficulties: list[tuple[str, int]] = field(default_factory=list)
    impact: list[tuple[str, float]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    logbook_by_category: dict[str, int] = field(default_factory=dict)
    stage_history: list[tuple[datetime, str]] = field(default_factory=list)
    testimonials: list[Testimonial] = field(default_factory=list)

    def applies(self, indicator_key: str) -> bool:
        """Most telling at this community's stage (early stages: never judged on impact)."""
        indicator = next((i for i in content.INDICATORS if i["key"] == indicator_key), None)
        return indicator is None or self.community.stage in indicator["stages"]

    @property
    def is_early_stage(self) -> bool:
        return self.community.stage in EARLY_STAGES


@dataclass
class OrganizationIndicators:
    start: date
    end: date
    communities: list[CommunityIndicators]
    totals: dict[str, float | int | None]


def _pct(numerator: float, denominator: float) -> float | None:
    return round(100 * numerator / denominator, 1) if denominator else None


def compute(
    communities: QuerySet[Community] | Sequence[Community],
    start: date,
    end: date,
    *,
    now: datetime | None = None,
    detail: bool = True,
) -> OrganizationIndicators:
    """Every indicator of each community over [start, end], and the organisation's totals.

    Seven queries whatever the number of communities when `communities` is a queryset (it is read
    here, with every per-community count as a correlated subquery), eight for a list. `detail`
    also reads what the annual report shows besides the figures (objectives, stage history,
    testimonials, the facilitators' review, logbook categories), five more queries; the figures
    are the same either way, since they all come from the counts."""
    now = now or timezone.now()
    low, high = sources.day_bounds(start, end)
    # Prefixed, so that no name clashes with a field or a reverse relation of Community.
    annotations = {
        f"counted_{name}": expression
        for name, expression in {
            **sources.community_counts(start, end),
            **_own_counts(start, end, low, high),
        }.items()
    }
    counts: dict[int, dict[str, Any]] = {}
    rows: list[dict[str, Any]]
    if isinstance(communities, QuerySet):
        communities = list(communities.annotate(**annotations))
        rows = [{"pk": c.pk, **{k: getattr(c, k) for k in annotations}} for c in communities]
    else:
        communities = list(communities)
        rows = [
            dict(row)
            for row in Community.objects.filter(pk__in=[c.pk for c in communities]).values(
                "pk", **annotations
            )
        ]
    for row in rows:
        counts[row["pk"]] = {k.removeprefix("counted_"): v for k, v in row.items()}
    ids = [c.pk for c in communities]
    meetings, attendance = sources.meetings_with_attendance(ids, low - timedelta(days=365), high)
    members = _joined_by_first_attendance(sources.memberships(ids), meetings, attendance)
    signers = sources.charter_signers(ids)
    tools = sources.tools(
        counts, start, end, organization_id=communities[0].organization_id if communities else None
    )
    objectives = sources.objectives(ids) if detail else []
    survey_data = _surveys(ids, low, high, meetings, attendance, members, objectives)

    by_community: dict[tuple[str, int], list[Any]] = defaultdict(list)
    for m in meetings:
        by_community[("m", m.community_id)].append(m)
    for fact in members:
        by_community[("p", fact.community_id)].append(fact)
    details = _details(ids, start, end, low, high, objectives) if detail else None

    computed = []
    for community in communities:
        item = CommunityIndicators(community=community, start=start, end=end)
        count = counts.get(community.pk, {})
        _meeting_figures(
            item,
            by_community[("m", community.pk)],
            attendance,
            by_community[("p", community.pk)],
            low,
            high,
            now,
        )
        _member_figures(item, by_community[("p", community.pk)], low, high)
        _charter_figures(item, signers, by_community[("p", community.pk)])
        _tool_figures(item, tools)
        item.values["followups_total"] = count.get("followups_total") or 0
        item.values["followups_done"] = count.get("followups_done") or 0
        item.values["followups_rate"] = _pct(
            item.values["followups_done"] or 0, item.values["followups_total"] or 0
        )
        _survey_figures(item, survey_data.get(community.pk, []))
        _objective_figures(item, count)
        signals = count.get("review_signals")
        item.values["vitality_score"] = (
            FacilitatorReview(vitality_signals=signals).vitality_score
            if signals is not None
            else None
        )
        item.values["logbook_entries"] = count.get("logbook_entries") or 0
        item.values["stage_changes"] = count.get("stage_changes") or 0
        item.values["testimonials"] = count.get("testimonials") or 0
        if details is not None:
            details.fill(item)
        _suggest_vitality(item)
        computed.append(item)
    return OrganizationIndicators(
        start=start, end=end, communities=computed, totals=organization_totals(computed)
    )


def _own_counts(start: date, end: date, low: datetime, high: datetime) -> dict[str, Any]:
    """Annotations for a Community queryset: this app's counts per community (testimonials of
    the period's surveys, logbook entries) and the vitality signals of the latest review."""
    latest_review = (
        FacilitatorReview.objects.filter(
            community_id=OuterRef("pk"), period_end__gte=start, period_start__lte=end
        )
        .order_by("-period_end", "-updated_at", "-id")
        .values("vitality_signals")[:1]
    )
    return {
        "testimonials": sources.count_per_community(
            Testimonial.objects.filter(
                response__survey__opens_at__lt=high, response__survey__opens_at__gte=low
            )
        ),
        "logbook_entries": sources.count_per_community(
            LogbookEntry.objects.filter(entry_date__gte=start, entry_date__lte=end)
        ),
        "review_signals": Subquery(latest_review, output_field=JSONField()),
    }


@dataclass
class _Details:
    """What the annual report shows besides the figures, per community."""

    objectives: dict[int, list[Any]]
    stages: dict[int, list[Any]]
    testimonials: dict[int, list[Testimonial]]
    reviews: dict[int, FacilitatorReview]
    logbook: dict[int, dict[str, int]]

    def fill(self, item: CommunityIndicators) -> None:
        pk = item.community.pk
        item.objectives = [(o.text, o.status) for o in self.objectives.get(pk, [])]
        item.stage_history = [
            (change.changed_at, str(change.get_stage_display()))
            for change in self.stages.get(pk, [])
        ]
        item.testimonials = self.testimonials.get(pk, [])
        item.review = self.reviews.get(pk)
        item.logbook_by_category = self.logbook.get(pk, {})


def _details(
    ids: list[int],
    start: date,
    end: date,
    low: datetime,
    high: datetime,
    objectives: list[Any],
) -> _Details:
    """The rows behind the counts, for the report (same filters as the counts)."""
    grouped: dict[str, dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for objective in objectives:
        grouped["o"][objective.community_id].append(objective)
    for change in sources.stage_changes(ids, low, high):
        grouped["s"][change.community_id].append(change)
    for testimonial in Testimonial.objects.filter(
        community_id__in=ids,
        response__survey__opens_at__lt=high,
        response__survey__opens_at__gte=low,
    ).order_by("theme", "id"):
        grouped["t"][testimonial.community_id].append(testimonial)
    return _Details(
        objectives=grouped["o"],
        stages=grouped["s"],
        testimonials=grouped["t"],
        reviews=_latest_reviews(ids, start, end),
        logbook=_logbook(ids, start, end),
    )


def _joined_by_first_attendance(
    members: list[sources.MembershipFact],
    meetings: list[sources.MeetingFact],
    attendance: sources.AttendanceFacts,
) -> list[sources.MembershipFact]:
    """A person recorded at a meeting (present or absent) was enrolled by then, whatever the
    membership's recorded date says (memberships imported or created after the fact)."""
    first_seen: dict[tuple[int, int], datetime] = {}
    for meeting in meetings:
        for user_id in attendance.by_meeting.get(meeting.id, {}):
            key = (meeting.community_id, user_id)
            if key not in first_seen or meeting.starts_at < first_seen[key]:
                first_seen[key] = meeting.starts_at
    adjusted = []
    for fact in members:
        seen = first_seen.get((fact.community_id, fact.user_id))
        if seen is not None and (fact.joined_at is None or fact.joined_at > seen):
            fact = replace(fact, joined_at=seen)
        adjusted.append(fact)
    return adjusted


def organization_totals(items: Sequence[CommunityIndicators]) -> dict[str, float | int | None]:
    """Sums of the communities' counts; rates recomputed from summed parts; means of averages."""
    totals: dict[str, float | int | None] = {}
    for spec in FIGURES:
        if spec.ratio is None and not spec.average:
            present = [item.values.get(spec.key) for item in items]
            numbers = [v for v in present if v is not None]
            if not numbers:
                totals[spec.key] = None
            elif spec.unit == "h":
                totals[spec.key] = round(sum(numbers), 1)
            else:
                totals[spec.key] = sum(numbers)
    for spec in FIGURES:
        if spec.ratio is not None:
            num, den = spec.ratio
            totals[spec.key] = _pct(totals.get(num) or 0, totals.get(den) or 0)
        elif spec.average:
            numbers = [v for item in items if (v := item.values.get(spec.key)) is not None]
            totals[spec.key] = round(sum(numbers) / len(numbers), 1) if numbers else None
    return totals


def _meeting_figures(
    item: CommunityIndicators,
    meetings: list[sources.MeetingFact],
    attendance: sources.AttendanceFacts,
    members: list[sources.MembershipFact],
    low: datetime,
    high: datetime,
    now: datetime,
) -> None:
    in_period = [m for m in meetings if low <= m.starts_at < high]
    held = [m for m in in_period if m.status == "held"]
    values = item.values
    values["meetings_held"] = len(held)
    values["meetings_cancelled"] = sum(1 for m in in_period if m.status == "cancelled")
    values["meetings_planned"] = sum(1 for m in in_period if m.status != "cancelled")
    values["meetings_held_rate"] = _pct(len(held), values["meetings_planned"] or 0)
    values["meeting_hours"] = round(sum(m.minutes for m in held) / 60, 1)
    member_ids = {fact.user_id for fact in members}
    present_total = expected_total = excused = late = in_room = online = person_minutes = 0
    seen_topics: list[str] = []
    repeated = 0
    per_member: Counter[int] = Counter()
    for meeting in held:
        statuses = attendance.by_meeting.get(meeting.id, {})
        enrolled = sum(1 for fact in members if fact.enrolled_at(meeting.starts_at))
        present = [uid for uid, s in statuses.items() if s in sources.PRESENT and uid in member_ids]
        item.meeting_rows.append(MeetingRow(meeting, enrolled, len(present)))
        present_total += len(present)
        expected_total += enrolled
        person_minutes += meeting.minutes * len(present)
        for uid in present:
            per_member[uid] += 1
            status = statuses[uid]
            late += status in ("late", "left_early")
            in_room += status == "in_room"
            online += status == "online"
        excused += sum(1 for uid, s in statuses.items() if s == "excused" and uid in member_ids)
        topic = " ".join((meeting.theme or meeting.title).lower().split())
        if topic:
            if topic in seen_topics:
                repeated += 1
            else:
                seen_topics.append(topic)
                item.topics.append(meeting.theme or meeting.title)
    values["person_hours"] = round(person_minutes / 60, 1)
    values["attendances"] = present_total
    values["expected_attendances"] = expected_total
    values["attendance_rate"] = _pct(present_total, expected_total)
    values["excused_absences"] = excused
    values["late_or_early"] = late
    values["late_or_early_rate"] = _pct(late, present_total)
    values["in_room_attendances"] = in_room
    values["online_attendances"] = online
    values["topics_covered"] = len(seen_topics)
    values["topics_repeated"] = repeated
    year_ago = min(now, high) - timedelta(days=365)
    values["in_person_meetings_12m"] = sum(
        1
        for m in meetings
        if m.status == "held"
        and m.modality in ("in_person", "hybrid")
        and year_ago <= m.starts_at < min(now, high)
    )
    regular = base = 0
    for fact in members:
        could = [m for m in held if fact.enrolled_at(m.starts_at)]
        if not could:
            continue
        base += 1
        regular += per_member[fact.user_id] * 2 >= len(could)
    values["regular_members"] = regular
    values["regular_base"] = base
    values["regular_attendance"] = _pct(regular, base)
    durations = Counter(m.minutes for m in held)
    item.card = SummaryCard(
        modality=item.community.modality,
        meetings_held=len(held),
        typical_minutes=durations.most_common(1)[0][0] if durations else None,
        target_audience=item.community.target_audience,
        registration=item.community.registration,
        enrolled=0,
        average_present=round(present_total / len(held), 1) if held else None,
    )


def _member_figures(
    item: CommunityIndicators,
    members: list[sources.MembershipFact],
    low: datetime,
    high: datetime,
) -> None:
    def member_at(fact: sources.MembershipFact, moment: datetime) -> bool:
        return fact.enrolled_at(moment)

    enrolled = [
        fact
        for fact in members
        if fact.status in ("active", "left", "removed")
        and (fact.joined_at is None or fact.joined_at < high)
        and (fact.left_at is None or fact.left_at >= low)
    ]
    at_start = [fact for fact in members if member_at(fact, low)]
    retained = [fact for fact in at_start if fact.left_at is None or fact.left_at >= high]
    left = [fact for fact in enrolled if fact.left_at is not None and low <= fact.left_at < high]
    item.values["members_enrolled"] = len(enrolled)
    item.values["members_current"] = sum(
        1
        for fact in members
        if fact.status == "active" and (fact.joined_at is None or fact.joined_at < high)
    )
    item.values["retention_base"] = len(at_start)
    item.values["retained"] = len(retained)
    item.values["retention"] = _pct(len(retained), len(at_start))
    item.values["dropouts"] = len(left)
    item.dropout_reasons = [fact.leave_reason for fact in left if fact.leave_reason]
    if item.card is not None:
        item.card.enrolled = len(enrolled)


def _charter_figures(
    item: CommunityIndicators,
    signers: dict[int, set[int]] | None,
    members: list[sources.MembershipFact],
) -> None:
    if signers is None or item.community.pk not in signers:
        for key in ("charter_signed", "charter_members", "charter_coverage"):
            item.values[key] = None
        return
    current = {f.user_id for f in members if f.status == "active"}
    signed = len(current & signers.get(item.community.pk, set()))
    item.values["charter_signed"] = signed
    item.values["charter_members"] = len(current)
    item.values["charter_coverage"] = _pct(signed, len(current))


def _tool_figures(item: CommunityIndicators, tools: dict[int, sources.ToolFacts] | None) -> None:
    fact = (tools or {}).get(item.community.pk)
    keys = ("tools_by_facilitators", "tools_by_members", "tool_downloads", "collective_productions")
    if fact is None:
        for key in keys:
            item.values[key] = None
        return
    item.values["tools_by_facilitators"] = fact.by_facilitators
    item.values["tools_by_members"] = fact.by_members
    item.values["tool_downloads"] = fact.downloads
    item.values["collective_productions"] = fact.adapted_or_created


SURVEY_FIELDS = (
    "id",
    "organization_id",
    "community_id",
    "template_key",
    "title",
    "is_anonymous",
    "audience",
    "meeting_id",
    "opens_at",
    "closes_at",
)


def _surveys(
    ids: list[int],
    low: datetime,
    high: datetime,
    meetings: list[sources.MeetingFact],
    attendance: sources.AttendanceFacts,
    members: list[sources.MembershipFact],
    objectives: list[Any],
) -> dict[int, list[results.SurveyResults]]:
    """Each survey of the period through the anonymity gate: the surveys and their responses in
    one query (a left join), their questions in another."""
    surveys: dict[int, Survey] = {}
    responses: dict[int, list[results.Answers]] = defaultdict(list)
    for *fields, response_id, answers in (
        Survey.objects.filter(community_id__in=ids, opens_at__gte=low, opens_at__lt=high)
        .order_by("opens_at", "id")
        .values_list(*SURVEY_FIELDS, "responses__id", "responses__answers")
    ):
        survey_id = fields[0]
        if survey_id not in surveys:
            surveys[survey_id] = Survey(**dict(zip(SURVEY_FIELDS, fields, strict=True)))
        if response_id is not None:
            responses[survey_id].append(results.Answers(answers))
    if not surveys:
        return {}
    questions: dict[int, list[Question]] = defaultdict(list)
    for question in Question.objects.filter(survey_id__in=list(surveys)).order_by("position", "id"):
        questions[question.survey_id].append(question)
    loaded = {m.id for m in meetings}
    extra = sources.attendance(
        {
            s.meeting_id
            for s in surveys.values()
            if s.audience == Audience.MEETING and s.meeting_id and s.meeting_id not in loaded
        }
    )
    current_members: Counter[int] = Counter(f.community_id for f in members if f.status == "active")
    labels = {str(o.pk): o.text for o in objectives}
    out: dict[int, list[results.SurveyResults]] = defaultdict(list)
    for survey in surveys.values():
        if survey.audience == Audience.MEETING:
            statuses = attendance.by_meeting.get(survey.meeting_id or 0) or extra.by_meeting.get(
                survey.meeting_id or 0, {}
            )
            invited = sum(1 for s in statuses.values() if s in sources.PRESENT)
        else:
            invited = current_members[survey.community_id]
        out[survey.community_id].append(
            results.survey_results(
                survey,
                invited=invited,
                responses=responses[survey.pk],
                questions=questions[survey.pk],
                objective_labels=labels,
            )
        )
    return out


def _survey_figures(item: CommunityIndicators, surveys: list[results.SurveyResults]) -> None:
    item.surveys = surveys
    invited = sum(s.invited for s in surveys)
    respondents = sum(s.respondents for s in surveys)
    item.values["survey_invited"] = invited
    item.values["survey_respondents"] = respondents
    item.values["survey_response_rate"] = _pct(respondents, invited)
    satisfaction: list[tuple[float, int]] = []
    needs: list[tuple[float, int]] = []
    rating: list[tuple[float, int]] = []
    impact: dict[str, list[tuple[float, int]]] = defaultdict(list)
    difficulties: Counter[str] = Counter()
    practice = joint = 0
    for survey in surveys:
        for q in survey.questions:
            if q.hidden:
                continue
            key = q.question.key
            if key == "usefulness" and q.mean is not None:
                satisfaction.append((q.mean, q.answered))
            elif key == "needs_met" and q.bars:
                needs.append((sum(b.percent for b in q.bars[3:]), q.answered))
            elif (
                key == "overall_rating"
                and survey.survey.template_key == "annual_evaluation"
                and q.mean is not None
            ):
                rating.append((q.mean, q.answered))
            elif key.startswith("impact_") and q.bars:
                impact[q.theme].append((sum(b.percent for b in q.bars[2:]), q.answered))
            elif key == "difficulties":
                for bar in q.bars:
                    difficulties[bar.label] += bar.count
            elif key in ("practice_changes", "learned"):
                practice += len(q.texts)
            elif key == "joint_projects":
                joint += len(q.texts)
    item.values["meeting_satisfaction"] = _weighted(satisfaction)
    item.values["needs_met"] = _weighted(needs)
    item.values["overall_rating"] = _weighted(rating)
    item.values["practice_changes"] = practice
    item.values["joint_projects"] = joint
    item.impact = [
        (
            localized(content.IMPACT_DIMENSIONS.get(theme, {"fr": theme, "en": theme})),
            _weighted(values) or 0.0,
        )
        for theme, values in impact.items()
    ]
    item.difficulties = [(label, n) for label, n in difficulties.most_common() if n]


def _weighted(pairs: list[tuple[float, int]]) -> float | None:
    total = sum(n for _v, n in pairs)
    return round(sum(v * n for v, n in pairs) / total, 1) if total else None


def _objective_figures(item: CommunityIndicators, count: dict[str, Any]) -> None:
    values = item.values
    values["objectives_total"] = count.get("objectives_any") or 0
    values["objectives_attained"] = count.get("objectives_attained") or 0
    values["objectives_partly"] = count.get("objectives_partly_attained") or 0
    values["objectives_not_attained"] = count.get("objectives_not_attained") or 0
    reviewed = sum(
        count.get(f"objectives_{status}") or 0
        for status in ("attained", "partly_attained", "not_attained")
    )
    values["objectives_reviewed"] = reviewed
    values["objectives_met"] = (values["objectives_attained"] or 0) + (
        values["objectives_partly"] or 0
    )
    values["objectives_attained_rate"] = _pct(values["objectives_met"] or 0, reviewed)


def _latest_reviews(ids: list[int], start: date, end: date) -> dict[int, FacilitatorReview]:
    latest: dict[int, FacilitatorReview] = {}
    for review in FacilitatorReview.objects.filter(
        community_id__in=ids, period_end__gte=start, period_start__lte=end
    ).order_by("period_end", "updated_at", "id"):
        latest[review.community_id] = review
    return latest


def _logbook(ids: list[int], start: date, end: date) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for row in (
        LogbookEntry.objects.filter(
            community_id__in=ids, entry_date__gte=start, entry_date__lte=end
        )
        .values("community_id", "category")
        .annotate(n=Count("id"))
    ):
        out[row["community_id"]][row["category"]] = row["n"]
    return out


def _suggest_vitality(item: CommunityIndicators) -> None:
    """Signals the platform may pre-mark from data, for the facilitator to confirm."""
    v = item.values
    if (v.get("attendance_rate") or 0) >= 60:
        item.vitality_suggested.append("presence")
    if (v.get("regular_attendance") or 0) >= 50:
        item.vitality_suggested.append("assiduity")
    if (v.get("survey_response_rate") or 0) >= 50:
        item.vitality_suggested.append("feedback")


def display(value: float | int | None, unit: str) -> str:
    """A figure as text, the same in the dashboard, the PDF and the appendix."""
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value}".replace(".", ",") if isinstance(value, float) else str(value)
    if unit == "%":
        return f"{text} %"
    if unit == "h":
        return f"{text} h"
    return text


HEADLINE_KEYS = frozenset(
    {
        "meetings_held",
        "meetings_planned",
        "meetings_held_rate",
        "meeting_hours",
        "person_hours",
        "topics_covered",
        "topics_repeated",
        "charter_coverage",
        "members_current",
        "logbook_entries",
        "stage_changes",
        "members_enrolled",
        "attendance_rate",
        "excused_absences",
        "in_person_meetings_12m",
        "late_or_early_rate",
        "regular_attendance",
        "retention",
        "dropouts",
        "tools_by_facilitators",
        "tools_by_members",
        "tool_downloads",
        "followups_rate",
        "survey_response_rate",
        "meeting_satisfaction",
        "needs_met",
        "overall_rating",
        "vitality_score",
        "objectives_attained",
        "objectives_attained_rate",
        "practice_changes",
        "joint_projects",
        "collective_productions",
        "testimonials",
    }
)


def headline_rows(values: dict[str, float | int | None]) -> list[tuple[FigureSpec, str]]:
    """The figures a report section shows (the CSV and the dashboard have them all)."""
    return [(spec, text) for spec, text in figure_rows(values) if spec.key in HEADLINE_KEYS]


def figure_rows(values: dict[str, float | int | None]) -> list[tuple[FigureSpec, str]]:
    return [
        (spec, display(values.get(spec.key), spec.unit))
        for spec in FIGURES
        if spec.key not in HIDDEN_KEYS
    ]
