"""Pages: answering (drafts, closed surveys), building, results, review, logbook, dashboard budgets."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from evaluations.models import Draft, FacilitatorReview, LogbookEntry, Participation, Response
from tests.evaluations.helpers import add_members, answer, by_key, held_meeting, make_survey
from tests.factories import CommunityFactory, add_member

pytestmark = pytest.mark.django_db


def url(name, tenant, **kwargs):
    base = {"org_slug": tenant.organization.slug, "community_slug": tenant.community.slug}
    return reverse(name, kwargs={**base, **kwargs})


def test_a_member_answers_the_end_of_meeting_questionnaire(client, tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    with scope(organization=tenant.organization):
        questions = list(survey.questions.all())
    client.force_login(tenant.member)
    page = client.get(url("evaluations_survey_answer", tenant, survey_id=survey.pk))
    assert page.status_code == 200
    assert "Dans quelle mesure cette rencontre vous a-t-elle été utile?" in page.content.decode()
    response = client.post(
        url("evaluations_survey_answer", tenant, survey_id=survey.pk),
        {
            f"q{by_key(questions, 'usefulness')}": "3",
            f"q{by_key(questions, 'learned')}": "Le tour de table",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        stored = Response.objects.get(survey=survey)
        assert stored.answers[by_key(questions, "usefulness")] == "3"
        assert Participation.objects.filter(survey=survey, user=tenant.member).exists()
    thanks = client.get(url("evaluations_survey_answer", tenant, survey_id=survey.pk))
    assert "Merci! Vos réponses ont été enregistrées." in thanks.content.decode()


def test_a_missing_required_answer_re_renders_with_400_and_keeps_the_rest(client, tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    with scope(organization=tenant.organization):
        questions = list(survey.questions.all())
    client.force_login(tenant.member)
    response = client.post(
        url("evaluations_survey_answer", tenant, survey_id=survey.pk),
        {f"q{by_key(questions, 'learned')}": "Garder ceci", "action": "submit"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Garder ceci" in html and "errorlist" in html
    with scopes_disabled():
        assert not Response.objects.exists()


def test_anonymous_draft_stays_in_the_session_and_named_draft_in_a_row(client, tenant):
    anonymous = make_survey(tenant.community, tenant.facilitator)
    named = make_survey(
        tenant.community, tenant.facilitator, "participation_review", is_anonymous=False
    )
    with scope(organization=tenant.organization):
        key = by_key(list(anonymous.questions.all()), "learned")
        named_key = by_key(list(named.questions.all()), "learned")
    client.force_login(tenant.member)
    client.post(
        url("evaluations_survey_answer", tenant, survey_id=anonymous.pk),
        {f"q{key}": "Idée en cours", "action": "draft"},
    )
    with scopes_disabled():
        assert not Draft.objects.exists()
    page = client.get(url("evaluations_survey_answer", tenant, survey_id=anonymous.pk))
    assert "Idée en cours" in page.content.decode()
    client.post(
        url("evaluations_survey_answer", tenant, survey_id=named.pk),
        {f"q{named_key}": "Brouillon nominatif", "action": "draft"},
    )
    with scopes_disabled():
        assert Draft.objects.get(survey=named, user=tenant.member).answers == {
            f"q{named_key}": "Brouillon nominatif"
        }


def test_a_closed_survey_says_so_clearly(client, tenant):
    survey = make_survey(
        tenant.community,
        tenant.facilitator,
        opens_at=timezone.now() - timedelta(days=5),
        closes_at=timezone.now() - timedelta(days=1),
    )
    client.force_login(tenant.member)
    html = client.get(url("evaluations_survey_answer", tenant, survey_id=survey.pk)).content
    assert "Ce questionnaire est fermé." in html.decode()
    assert b'<form method="post" class="answer-form"' not in html


def test_a_facilitator_builds_a_survey_from_a_template(client, tenant):
    client.force_login(tenant.facilitator)
    response = client.post(
        url("evaluations_survey_create", tenant),
        {
            "template_key": "annual_evaluation",
            "title": "",
            "intro": "",
            "audience": "members",
            "opens_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "is_anonymous": "on",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        survey = tenant.community.surveys.get()
        assert survey.title == "Évaluation annuelle de la communauté"
        assert survey.questions.count() > 30
    edit = client.get(response["Location"])
    assert (
        "Cette année, à quel point la communauté a-t-elle comblé vos besoins?"
        in edit.content.decode()
    )


def test_a_bad_closing_date_is_refused_with_400(client, tenant):
    client.force_login(tenant.facilitator)
    now = timezone.localtime()
    response = client.post(
        url("evaluations_survey_create", tenant),
        {
            "template_key": "end_of_meeting",
            "audience": "members",
            "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 400
    assert "La date de fermeture doit suivre" in response.content.decode()


def test_the_present_page_shows_a_link_and_a_qr_code(client, tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    client.force_login(tenant.facilitator)
    html = client.get(url("evaluations_survey_present", tenant, survey_id=survey.pk)).content
    text = html.decode()
    assert "data:image/svg+xml" in text
    assert url("evaluations_survey_answer", tenant, survey_id=survey.pk) in text


def test_relaunch_button_queues_reminders(client, tenant):
    add_members(tenant.community, 2)
    survey = make_survey(tenant.community, tenant.facilitator)
    client.force_login(tenant.facilitator)
    response = client.post(
        url("evaluations_survey_relaunch", tenant, survey_id=survey.pk), follow=True
    )
    assert "Relance prévue pour 3 personnes" in response.content.decode()


def test_facilitators_write_the_review_and_the_logbook(client, tenant):
    client.force_login(tenant.facilitator)
    today = timezone.localdate()
    response = client.post(
        url("evaluations_review", tenant),
        {
            "period_start": (today - timedelta(days=300)).isoformat(),
            "period_end": today.isoformat(),
            "engagement__favourable": "Des liens forts",
            "engagement__unfavourable": "Le manque de temps",
            "landing__text": "Un retour collectif",
            "vitality_signals": ["presence", "trust"],
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        review = FacilitatorReview.objects.get(community=tenant.community)
    assert review.answers["engagement"] == {
        "favourable": "Des liens forts",
        "unfavourable": "Le manque de temps",
    }
    assert review.vitality_score == 30
    meeting = held_meeting(tenant.community, days_ago=1)
    response = client.post(
        url("evaluations_logbook", tenant),
        {
            "entry_date": today.isoformat(),
            "category": "difficulty",
            "meeting_id": meeting.pk,
            "text": "Peu de présences",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        assert LogbookEntry.objects.get().meeting_id == meeting.pk
    client.force_login(tenant.member)
    assert client.get(url("evaluations_logbook", tenant)).status_code == 403


def test_testimonials_come_only_from_people_who_consented(client, tenant):
    people = add_members(tenant.community, 2)
    survey = make_survey(tenant.community, tenant.facilitator, "annual_evaluation")

    def build(index, questions):
        return {
            by_key(questions, "testimonial"): f"Témoignage {index}",
            by_key(questions, "testimonial_consent"): "0" if index == 0 else "1",
        }

    answer(survey, people, build)
    client.force_login(tenant.facilitator)
    html = client.get(url("evaluations_testimonials", tenant, survey_id=survey.pk)).content
    assert "Témoignage 0" in html.decode() and "Témoignage 1" not in html.decode()
    with scopes_disabled():
        refused = next(r for r in Response.objects.all() if "Témoignage 1" in str(r.answers))
        question = survey.questions.get(key="testimonial")
    client.post(
        url("evaluations_testimonials", tenant, survey_id=survey.pk),
        {"response": str(refused.pk), "question": question.pk},
    )
    with scopes_disabled():
        assert not tenant.community.testimonials.exists()


def _many_surveys(tenant, count):
    people = add_members(tenant.community, 6, prefix=f"n{count}")
    for index in range(count):
        survey = make_survey(tenant.community, tenant.facilitator)
        answer(
            survey,
            people[: 5 + index % 2],
            lambda i, qs: {
                by_key(qs, "usefulness"): str(i % 5),
                by_key(qs, "learned"): f"Texte {i}",
            },
        )
    return survey


@pytest.mark.parametrize("count", [1, 6])
def test_query_budget_of_the_answer_form_and_the_results(
    client, tenant, count, django_assert_max_num_queries
):
    survey = _many_surveys(tenant, count)
    fresh = make_survey(tenant.community, tenant.facilitator)
    client.force_login(tenant.member)
    with django_assert_max_num_queries(12):
        assert (
            client.get(url("evaluations_survey_answer", tenant, survey_id=fresh.pk)).status_code
            == 200
        )
    with django_assert_max_num_queries(12):
        assert client.get(url("evaluations_surveys", tenant)).status_code == 200
    client.force_login(tenant.facilitator)
    with django_assert_max_num_queries(12):
        assert (
            client.get(url("evaluations_survey_results", tenant, survey_id=survey.pk)).status_code
            == 200
        )


@pytest.mark.parametrize("size", [1, 8])
def test_query_budget_of_the_coordinator_dashboard(
    client, tenant, size, django_assert_max_num_queries
):
    for index in range(size):
        community = CommunityFactory(organization=tenant.organization, slug=f"c{index}")
        add_member(community, tenant.facilitator, "facilitator")
        people = add_members(community, 3, prefix=f"d{index}")
        held_meeting(community, days_ago=10, present=people[:2], absent=people[2:])
        make_survey(community, tenant.facilitator)
    client.force_login(tenant.coordinator)
    dashboard = reverse("evaluations_dashboard", kwargs={"org_slug": tenant.organization.slug})
    # Computing: a fixed number of queries, the same for 2 or 9 communities.
    with django_assert_max_num_queries(12) as computing:
        assert client.get(dashboard).status_code == 200
    COMPUTING.append(len(computing.captured_queries))
    assert len(set(COMPUTING)) == 1
    # Showing the figures again (five minutes): within the page budget.
    with django_assert_max_num_queries(12):
        response = client.get(dashboard)
    assert f"c{size - 1}" in response.content.decode()


COMPUTING: list[int] = []
