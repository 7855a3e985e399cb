"""Reads of the evaluations app for its pages, each in a fixed number of queries."""

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.http import Http404
from django.utils import timezone, translation

from accounts.models import User
from communities.models import Community
from evaluations import indicators, results, services, sources
from evaluations.models import Certificate, Participation, Question, Survey


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


def survey_results(
    survey: Survey, filters: Mapping[int, str] | None = None
) -> results.SurveyResults:
    """Results of one survey through the anonymity gate, in four queries."""
    labels = {str(o.pk): o.text for o in sources.objectives([survey.community_id])}
    return results.survey_results(
        survey,
        invited=len(services.audience_ids(survey)),
        responses=list(survey.responses.all()),
        questions=list(survey.questions.all()),
        filters=filters,
        objective_labels=labels,
    )


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


def dashboard_snapshot(
    organization: Any, communities: list[Community], start: date, end: date, *, refresh: bool
) -> dict[str, Any]:
    """The organisation's indicators for the dashboard: `indicators.compute` (about fifteen
    queries, whatever the number of communities), kept five minutes in the cache so that the
    page itself stays within its query budget; `refresh` recomputes at once."""
    key = "evaluations:dashboard:" + ":".join(
        [str(organization.pk), start.isoformat(), end.isoformat(), translation.get_language() or ""]
    )
    snapshot = None if refresh else cache.get(key)
    if snapshot is None:
        computed = indicators.compute(communities, start, end)
        snapshot = {
            "computed_at": timezone.now(),
            "totals": computed.totals,
            "communities": [
                {
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
