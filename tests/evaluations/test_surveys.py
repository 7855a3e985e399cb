"""Survey services: templates, answering once, audiences, drafts, relaunches to non-respondents."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp.models import Notification
from cdp.notifications import KINDS
from evaluations import content, services
from evaluations.models import Draft, NamedResponse, Participation, Response
from tests.evaluations.helpers import add_members, answer, by_key, held_meeting, make_survey

pytestmark = pytest.mark.django_db


def test_a_template_is_copied_into_the_survey_and_stays_editable(tenant):
    survey = make_survey(tenant.community, tenant.facilitator, "annual_evaluation")
    with scope(organization=tenant.organization):
        questions = list(survey.questions.all())
        template = next(t for t in content.SURVEY_TEMPLATES if t["key"] == "annual_evaluation")
        assert [q.key for q in questions] == [q["key"] for q in template["questions"]]
        assert survey.is_anonymous is True
        assert survey.title == template["title"]["fr"]
        services.save_question(
            survey=survey,
            actor=tenant.facilitator,
            question=questions[0],
            kind="scale10",
            text={"fr": "Votre note?", "en": "Your rating?"},
            choices=[],
            required=True,
        )
        questions[0].refresh_from_db()
        assert questions[0].text["fr"] == "Votre note?"
    # The content module itself is untouched.
    assert template["questions"][0]["text"]["fr"] != "Votre note?"


def test_a_member_answers_once_and_a_second_answer_is_refused(tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    with scope(organization=tenant.organization):
        key = by_key(list(survey.questions.all()), "usefulness")
        services.submit_response(survey=survey, user=tenant.member, answers={key: "3"})
        with pytest.raises(ValidationError):
            services.submit_response(survey=survey, user=tenant.member, answers={key: "4"})
        assert Response.objects.filter(survey=survey).count() == 1
        participation = Participation.objects.get(survey=survey)
        assert participation.answered_on == timezone.localdate()


def test_a_closed_survey_refuses_answers(tenant):
    survey = make_survey(
        tenant.community,
        tenant.facilitator,
        opens_at=timezone.now() - timedelta(days=3),
        closes_at=timezone.now() - timedelta(days=1),
    )
    with scope(organization=tenant.organization), pytest.raises(ValidationError):
        services.submit_response(survey=survey, user=tenant.member, answers={})


def test_only_the_people_present_answer_a_meeting_survey(tenant):
    present, absent = add_members(tenant.community, 2)
    meeting = held_meeting(tenant.community, days_ago=0, present=[present], absent=[absent])
    survey = make_survey(
        tenant.community, tenant.facilitator, audience="meeting", meeting_id=meeting.pk
    )
    with scope(organization=tenant.organization):
        services.submit_response(survey=survey, user=present, answers={})
        with pytest.raises(PermissionDenied):
            services.submit_response(survey=survey, user=absent, answers={})


def test_named_survey_keeps_the_author_and_a_draft_row(tenant):
    survey = make_survey(
        tenant.community, tenant.facilitator, "participation_review", is_anonymous=False
    )
    with scope(organization=tenant.organization):
        services.save_draft(survey=survey, user=tenant.member, answers={"q1": "brouillon"})
        assert Draft.objects.get(survey=survey, user=tenant.member).answers == {"q1": "brouillon"}
        response = services.submit_response(survey=survey, user=tenant.member, answers={})
        assert NamedResponse.objects.get(response=response).user == tenant.member
        assert not Draft.objects.filter(survey=survey).exists()


def test_anonymous_drafts_are_never_stored_in_a_row(tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    with scope(organization=tenant.organization), pytest.raises(ValueError):
        services.save_draft(survey=survey, user=tenant.member, answers={"x": "y"})


def test_relaunch_reaches_non_respondents_only_and_is_capped(tenant, mailoutbox):
    people = add_members(tenant.community, 3)
    survey = make_survey(
        tenant.community, tenant.facilitator, closes_at=timezone.now() + timedelta(days=7)
    )
    answer(survey, [people[0]], lambda i, qs: {})
    with scope(organization=tenant.organization):
        first = services.relaunch_survey(survey=survey, actor=tenant.facilitator)
    # tenant.member + two people who have not answered; the facilitator is not asked.
    assert first == 3
    with scopes_disabled():
        emails = set(
            Notification.objects.filter(kind="survey_relaunch").values_list("email", flat=True)
        )
    assert people[0].email not in emails
    assert {people[1].email, people[2].email, tenant.member.email} == emails
    with scope(organization=tenant.organization):
        services.relaunch_survey(survey=survey, actor=tenant.facilitator)
        with pytest.raises(ValidationError):
            services.relaunch_survey(survey=survey, actor=tenant.facilitator)
    with scopes_disabled():
        assert Notification.objects.filter(kind="survey_relaunch").count() == 6
        per_person = Notification.objects.filter(
            kind="survey_relaunch", email=people[1].email
        ).count()
    assert per_person == services.MAX_RELAUNCHES


def test_the_relaunch_email_is_cancelled_once_the_person_answered(tenant):
    people = add_members(tenant.community, 1)
    survey = make_survey(tenant.community, tenant.facilitator)
    with scope(organization=tenant.organization):
        services.relaunch_survey(survey=survey, actor=tenant.facilitator)
    with scopes_disabled():
        row = Notification.objects.get(kind="survey_relaunch", email=people[0].email)
    builder = KINDS["survey_relaunch"].builder
    with scope(organization=tenant.organization):
        content_ = builder(row)
        assert content_ is not None
        assert "/answer/" in content_.context["url"]
    answer(survey, people, lambda i, qs: {})
    with scope(organization=tenant.organization):
        assert builder(row) is None


def test_questions_are_locked_once_people_answered(tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    answer(survey, [tenant.member], lambda i, qs: {})
    with scope(organization=tenant.organization):
        question = survey.questions.first()
        with pytest.raises(ValidationError):
            services.delete_question(question=question, actor=tenant.facilitator)
        with pytest.raises(ValidationError):
            services.update_survey(survey=survey, actor=tenant.facilitator, is_anonymous=False)


def test_a_choice_question_needs_two_choices(tenant):
    survey = make_survey(tenant.community, tenant.facilitator, "")
    with scope(organization=tenant.organization), pytest.raises(ValidationError):
        services.save_question(
            survey=survey,
            actor=tenant.facilitator,
            kind="single",
            text={"fr": "Q", "en": "Q"},
            choices=[{"fr": "A", "en": "A"}],
            required=False,
        )
