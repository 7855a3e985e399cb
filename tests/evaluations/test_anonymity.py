"""Anonymity: nothing in the schema links a response to a person, and no output shows the answers
of a group smaller than the thresholds, whatever the filters (page, CSV, PDF, indicators)."""

import io
from datetime import timedelta

import pytest
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from accounts.models import User
from evaluations import results
from evaluations.models import Participation, Question, Response, Survey
from evaluations.services import reports
from tests.evaluations.helpers import add_members, answer, by_key, make_survey

SECRET = "ZEBRE-CONFIDENTIEL"


def test_a_response_row_references_no_person_and_no_time():
    fields = Response._meta.get_fields()
    related = {
        field.related_model
        for field in fields
        if field.is_relation and (field.many_to_one or field.one_to_one) and field.concrete
    }
    assert User not in related
    assert Participation not in related
    assert not [f for f in fields if isinstance(f, models.DateField | models.DateTimeField)]
    assert isinstance(Response._meta.pk, models.UUIDField)
    # The participation keeps the day only, never a time that could be matched to a response.
    assert isinstance(Participation._meta.get_field("answered_on"), models.DateField)
    assert not isinstance(Participation._meta.get_field("answered_on"), models.DateTimeField)


def _shows_full_share(text: str) -> bool:
    """Everyone gave the same answer: an aggregate would show a share of 100 %."""
    flat = text.replace("\xa0", " ")
    return "100.0" in flat or "100,0" in flat or "100 %" in flat


def _answers(count: int):
    def build(index, questions):
        return {
            by_key(questions, "usefulness"): "4",
            by_key(questions, "learned"): f"{SECRET} {index}",
        }

    return build


def _outputs(client, tenant, survey) -> tuple[str, str, str]:
    kwargs = {
        "org_slug": tenant.organization.slug,
        "community_slug": tenant.community.slug,
        "survey_id": survey.pk,
    }
    client.force_login(tenant.facilitator)
    page = client.get(reverse("evaluations_survey_results", kwargs=kwargs)).content.decode()
    csv_text = client.get(reverse("evaluations_survey_csv", kwargs=kwargs)).content.decode()
    today = timezone.localdate()
    with scope(organization=tenant.organization), reports.translation.override("fr"):
        from evaluations import indicators

        computed = indicators.compute([tenant.community], today - timedelta(days=30), today)
        context = reports.report_context(tenant.organization, computed, tenant.community)
        pdf = reports.render_pdf("evaluations/pdf/annual_report.html", context)
        figures = reports.figures_csv(computed)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    # The report's survey synthesis, and the figure computed from these answers.
    synthesis = text.split("Synthèse des questionnaires", 1)[1].split("Regards réflexifs", 1)[0]
    satisfaction = next(
        row.split(",")[4] for row in figures.splitlines() if ",meeting_satisfaction," in row
    )
    return page, csv_text, f"{synthesis} satisfaction={satisfaction}"


@pytest.mark.django_db
def test_with_four_respondents_no_aggregate_appears_anywhere(client, tenant):
    people = add_members(tenant.community, 4)
    survey = make_survey(tenant.community, tenant.facilitator)
    answer(survey, people, _answers(4))
    page, csv_text, pdf_text = _outputs(client, tenant, survey)
    for output in (page, csv_text, pdf_text):
        assert SECRET not in output
        assert not _shows_full_share(output)
    assert "data:image/svg+xml" not in page
    assert "au moins 5 personnes" in page
    assert "Masqué : trop peu de réponses" in csv_text
    assert "au moins 5 personnes" in pdf_text
    assert "moyenne" not in pdf_text and pdf_text.endswith("satisfaction=")


@pytest.mark.django_db
def test_from_five_respondents_aggregates_appear_and_from_eight_free_text(client, tenant):
    people = add_members(tenant.community, 8)
    survey = make_survey(tenant.community, tenant.facilitator)
    answer(survey, people[:5], _answers(5))
    page, csv_text, pdf_text = _outputs(client, tenant, survey)
    assert _shows_full_share(page) and _shows_full_share(csv_text)
    assert _shows_full_share(pdf_text) and pdf_text.endswith("satisfaction=5")
    assert SECRET not in page and SECRET not in csv_text
    answer(survey, people[5:], _answers(3))
    page, csv_text, _pdf = _outputs(client, tenant, survey)
    assert SECRET in page and SECRET in csv_text


@pytest.mark.django_db
def test_a_filter_leaving_a_small_group_or_complement_is_refused(client, tenant):
    people = add_members(tenant.community, 9)
    survey = make_survey(tenant.community, tenant.facilitator)
    # Six say "4" and three say "2": filtering on either isolates a group (or leaves one) < 5.
    answer(survey, people, lambda i, qs: {by_key(qs, "usefulness"): "4" if i < 6 else "2"})
    with scope(organization=tenant.organization):
        question = int(by_key(list(survey.questions.all()), "usefulness"))
    client.force_login(tenant.facilitator)
    url = reverse(
        "evaluations_survey_csv",
        kwargs={
            "org_slug": tenant.organization.slug,
            "community_slug": tenant.community.slug,
            "survey_id": survey.pk,
        },
    )
    for value in ("4", "2"):
        text = client.get(url, {f"f{question}": value}).content.decode()
        assert not _shows_full_share(text)
        assert "Filtre refusé" in text


def _survey_in_memory(kinds: list[str]) -> tuple[Survey, list[Question]]:
    survey = Survey(pk=1, is_anonymous=True, title="s")
    questions = []
    for index, kind in enumerate(kinds, start=1):
        choices = [{"fr": c, "en": c} for c in "abc"] if kind == "single" else []
        questions.append(
            Question(
                pk=index, survey=survey, kind=kind, text={"fr": "q", "en": "q"}, choices=choices
            )
        )
    return survey, questions


KINDS = ["single", "likert4", "likert5", "scale10"]
answer_values = {
    "single": st.sampled_from(["0", "1", "2"]),
    "likert4": st.sampled_from(["0", "1", "2", "3", "na"]),
    "likert5": st.sampled_from(["0", "4", "na"]),
    "scale10": st.sampled_from(["0", "5", "10"]),
}


@st.composite
def survey_and_filters(draw):
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3))
    survey, questions = _survey_in_memory(kinds)
    count = draw(st.integers(min_value=0, max_value=20))
    responses = []
    for _index in range(count):
        answers = {}
        for question in questions:
            if draw(st.booleans()) or question.kind == "single":
                answers[str(question.pk)] = draw(answer_values[question.kind])
        responses.append(Response(survey=survey, answers=answers))
    filters = {}
    for question in questions:
        if draw(st.booleans()):
            filters[question.pk] = draw(answer_values[question.kind])
    return survey, questions, responses, filters


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(survey_and_filters())
def test_no_filter_combination_shows_a_group_below_five(data):
    survey, questions, responses, filters = data
    outcome = results.survey_results(
        survey, invited=30, responses=responses, questions=questions, filters=filters
    )
    rest = len(responses) - outcome.group_size
    if outcome.aggregates_visible:
        assert outcome.group_size >= results.MIN_RESPONDENTS
        if outcome.filters:
            assert rest == 0 or rest >= results.MIN_RESPONDENTS
    for result in outcome.questions:
        if result.bars or result.mean is not None:
            assert outcome.aggregates_visible
            assert result.answered >= results.MIN_RESPONDENTS
            assert sum(bar.count for bar in result.bars) >= results.MIN_RESPONDENTS
        if result.texts:
            assert outcome.group_size >= results.MIN_FREE_TEXT


@pytest.mark.django_db
def test_anonymous_answers_cannot_be_matched_through_the_database(tenant):
    people = add_members(tenant.community, 6)
    survey = make_survey(tenant.community, tenant.facilitator)
    answer(survey, people, _answers(6))
    with scopes_disabled():
        ids = list(Response.objects.filter(survey=survey).values_list("id", flat=True))
        days = set(
            Participation.objects.filter(survey=survey).values_list("answered_on", flat=True)
        )
    # Random identifiers: their order says nothing about the order people answered in.
    assert len({str(i)[0] for i in ids}) > 1 or len(ids) < 3
    assert days == {timezone.localdate()}
