"""Reads of the evaluations app for its pages, each in a fixed number of queries."""

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from django.core.cache import cache
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone, translation

from accounts.models import User
from communities.models import Community
from evaluations import indicators, results, services, sources
from evaluations.models import Certificate, Participation, Question, Response, Survey


def get_survey(community: Community, survey_id: int) -> Survey:
    """The survey of this community, or 404."""
    survey = Survey.objects.filter(community=community, pk=survey_id).first()
    if survey is None:
        raise Http404
    return survey


def get_question(survey: Survey, question_id: int) -> Question:
    question = Question.objects.filter(survey=survey, pk=question_id).first()
    if question is None:
        raise Http404
    return question


def surveys_for_manager(community: Community) -> QuerySet[Survey]:
    return Survey.objects.filter(community=community).annotate(
        answered=Count("participations", distinct=True)
    )


def surveys_for_member(community: Community, user: User, now: datetime) -> list[dict[str, Any]]:
    """Open or recently closed surveys this person is asked to answer, with whether they did."""
    surveys = list(
        Survey.objects.filter(community=community, opens_at__lte=now).order_by("-opens_at")[:20]
    )
    answered = set(
        Participation.objects.filter(survey__in=surveys, user=user).values_list(
            "survey_id", flat=True
        )
    )
    member = user.pk in set(sources.member_ids(community.pk))
    meeting_ids = {s.meeting_id for s in surveys if s.meeting_id}
    attended = _attended_meetings(meeting_ids, user)
    out = []
    for survey in surveys:
        asked = attended.get(survey.meeting_id or 0, False) if survey.meeting_id else member
        if asked:
            out.append(
                {
                    "survey": survey,
                    "answered": survey.pk in answered,
                    "is_open": survey.is_open_at(now),
                }
            )
    return out


def _attended_meetings(meeting_ids: set[int], user: User) -> dict[int, bool]:
    Attendance = sources.model("meetings", "Attendance")
    if Attendance is None or not meeting_ids:
        return {}
    rows = Attendance.objects.filter(
        meeting_id__in=meeting_ids, user=user, status__in=sources.PRESENT
    ).values_list("meeting_id", flat=True)
    return {meeting_id: True for meeting_id in rows}


def objective_labels(survey: Survey) -> dict[str, str]:
    """The names of the community's objectives, as objective questions' answers refer to them."""
    return {str(o.pk): o.text for o in sources.objectives([survey.community_id])}


def survey_results(
    survey: Survey,
    filters: Mapping[int, str] | None = None,
    *,
    invited: int | None = None,
    labels: Mapping[str, str] | None = None,
) -> results.SurveyResults:
    """Results of one survey through the anonymity gate, in four queries (two when the number
    of people asked and the objectives' names are given)."""
    return results.survey_results(
        survey,
        invited=len(services.audience_ids(survey)) if invited is None else invited,
        responses=list(survey.responses.all()),
        questions=list(survey.questions.all()),
        filters=filters,
        objective_labels=objective_labels(survey) if labels is None else labels,
    )


# The results page keeps what it computed from a survey's answers (the figures, the charts, the
# markup) in the cache, under a key that changes whenever anything they were computed from
# changes: the set of responses (their number and the greatest id), the survey and its questions
# (`updated_at`, moved by every change of a question), its anonymity, the thresholds, the
# objectives' names, the filters and the language. Nothing is ever invalidated by hand: a new
# answer makes a new key, and stale entries expire.
RESULTS_CACHE_SECONDS = 6 * 60 * 60
RESULTS_CACHE_VERSION = "2"


def get_survey_for_results(community: Community, survey_id: int) -> Survey:
    """The survey of this community (or 404) with `response_count` and `last_response`, the
    fingerprint of its answers, read in the same query."""
    responses = Response.objects.filter(survey=OuterRef("pk")).order_by()
    survey = (
        Survey.objects.filter(community=community, pk=survey_id)
        .annotate(
            response_count=Coalesce(
                Subquery(responses.values("survey").annotate(n=Count("pk")).values("n")[:1]), 0
            ),
            last_response=Subquery(responses.order_by("-pk").values("pk")[:1]),
        )
        .first()
    )
    if survey is None:
        raise Http404
    return survey


def results_cache_key(
    survey: Survey, filters: Mapping[int, str], labels: Mapping[str, str], language: str
) -> str:
    """The cache key of a survey's results page body (see RESULTS_CACHE_SECONDS above); the
    survey must come from `get_survey_for_results`."""
    if not hasattr(survey, "response_count") or not hasattr(survey, "last_response"):
        raise ValueError("the survey must be read with get_survey_for_results")
    parts = [
        RESULTS_CACHE_VERSION,
        results.MIN_RESPONDENTS,
        results.MIN_FREE_TEXT,
        survey.pk,
        survey.updated_at.isoformat(),
        survey.is_anonymous,
        survey.response_count,
        str(survey.last_response),
        sorted((int(k), str(v)) for k, v in filters.items()),
        sorted(labels.items()),
        language,
    ]
    digest = hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()
    return f"evaluations:results:{survey.pk}:{digest}"


def parse_filters(params: Mapping[str, str]) -> dict[int, str]:
    """?f<question id>=<answer> pairs from the query string."""
    out: dict[int, str] = {}
    for key, value in params.items():
        if key.startswith("f") and key[1:].isdigit() and value:
            out[int(key[1:])] = str(value)[:20]
    return out


def certificates_for(community: Community, user: User | None) -> QuerySet[Certificate]:
    queryset = Certificate.objects.filter(community=community).select_related("user")
    return queryset.filter(user=user) if user is not None else queryset


DASHBOARD_CACHE_SECONDS = 300
DASHBOARD_CACHE_VERSION = "2"


def dashboard_snapshot(
    organization: Any, start: date, end: date, *, refresh: bool
) -> dict[str, Any]:
    """The organisation's indicators for the dashboard, per community (not archived, by name) and
    in total: `indicators.compute` (seven queries, whatever the number of communities), kept five
    minutes in the cache so that the page itself stays within its query budget; `refresh`
    recomputes at once. The communities listed (id, name, slug, stage) come with it."""
    # The version names the snapshot's shape: a snapshot kept by an earlier release is not read.
    key = f"evaluations:dashboard:{DASHBOARD_CACHE_VERSION}:" + ":".join(
        [str(organization.pk), start.isoformat(), end.isoformat(), translation.get_language() or ""]
    )
    snapshot = None if refresh else cache.get(key)
    if snapshot is None:
        computed = indicators.compute(
            Community.objects.filter(is_archived=False).order_by("name"), start, end, detail=False
        )
        snapshot = {
            "computed_at": timezone.now(),
            "totals": computed.totals,
            "communities": [
                {
                    "pk": item.community.pk,
                    "name": item.community.name,
                    "slug": item.community.slug,
                    "stage": str(item.community.get_stage_display()),
                    "values": item.values,
                }
                for item in computed.communities
            ],
        }
        cache.set(key, snapshot, DASHBOARD_CACHE_SECONDS)
    return snapshot
