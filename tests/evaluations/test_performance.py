"""What keeps the evaluation pages fast: the results page cached per state of the answers, the
answer form and the report form written without a template per option, light charts, the
dashboard's rows paginated, and the indicators read in a fixed number of queries."""

import base64
import re
from datetime import timedelta

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django_scopes import scope

from cdp.templatetags.cdp_forms import choice_inputs
from cdp.widgets import QuickSelect
from evaluations import charts, indicators, services
from evaluations.forms import AnswerForm
from evaluations.views import reports as report_views
from tests.evaluations.helpers import add_members, answer, by_key, held_meeting, make_survey
from tests.factories import CommunityFactory, add_member

pytestmark = pytest.mark.django_db


def _results_url(tenant, survey) -> str:
    return reverse(
        "evaluations_survey_results",
        kwargs={
            "org_slug": tenant.organization.slug,
            "community_slug": tenant.community.slug,
            "survey_id": survey.pk,
        },
    )


def test_results_are_computed_once_per_state_of_the_answers(client, tenant, monkeypatch):
    people = add_members(tenant.community, 7)
    survey = make_survey(tenant.community, tenant.facilitator)
    answer(survey, people[:5], lambda i, qs: {by_key(qs, "usefulness"): "3"})
    drawn: list[list[str]] = []
    real = charts.horizontal_bars

    def counting(labels, values, **kwargs):
        drawn.append(list(labels))
        return real(labels, values, **kwargs)

    monkeypatch.setattr(charts, "horizontal_bars", counting)
    client.force_login(tenant.facilitator)
    first = client.get(_results_url(tenant, survey)).content.decode()
    assert drawn and "5 réponses" in first
    charts_drawn = len(drawn)
    with CaptureQueriesContext(connection) as again:
        second = client.get(_results_url(tenant, survey)).content.decode()
    assert len(drawn) == charts_drawn  # nothing recomputed
    assert second.split("<h1>", 1)[1].split("csrfmiddlewaretoken")[0] in first
    # Only the fingerprint of the answers is read (in the survey's query), never the answers.
    assert not any('"evaluations_response"."answers"' in q["sql"] for q in again)
    # One more answer: a new key, computed again, with the new count.
    answer(survey, people[5:6], lambda i, qs: {by_key(qs, "usefulness"): "0"})
    third = client.get(_results_url(tenant, survey)).content.decode()
    assert len(drawn) > charts_drawn and "6 réponses" in third


def test_a_changed_question_shows_at_once_on_the_results_page(client, tenant):
    survey = make_survey(tenant.community, tenant.facilitator)
    client.force_login(tenant.facilitator)
    assert "Nouvelle formulation" not in client.get(_results_url(tenant, survey)).content.decode()
    with scope(organization=tenant.organization):
        question = survey.questions.get(key="usefulness")
        services.save_question(
            survey=survey,
            actor=tenant.facilitator,
            question=question,
            kind=question.kind,
            text={"fr": "Nouvelle formulation", "en": "New wording"},
            choices=[],
            required=question.required,
        )
    assert "Nouvelle formulation" in client.get(_results_url(tenant, survey)).content.decode()


def _normalized(html: str) -> list[str]:
    """The tags and texts of some markup, whatever the white space between them."""
    return [part.strip() for part in re.split(r"(<[^>]+>)", html) if part.strip()]


def test_the_answer_form_options_are_the_markup_django_would_write(tenant):
    survey = make_survey(tenant.community, tenant.facilitator, "annual_evaluation")
    with scope(organization=tenant.organization):
        questions = list(survey.questions.all())
    form = AnswerForm(
        {f"q{questions[0].pk}": "3"}, questions=questions, objectives=[], language="fr"
    )
    form.is_valid()
    checked = 0
    for field in form.visible_fields():
        if not isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
            continue
        expected = "".join(
            f'<label for="{option.id_for_label}">{option.tag()} {escape(option.choice_label)}</label>'
            for option in field
        )
        assert _normalized(str(choice_inputs(field))) == _normalized(expected)
        checked += 1
    assert checked > 10


def test_the_quick_select_writes_what_a_select_would():
    choices = [("", "Toute l'organisation"), (1, "Les <Pionnières>"), (2, "R&D")]

    class Both(forms.Form):
        plain = forms.TypedChoiceField(choices=choices, required=False, coerce=int)
        quick = forms.TypedChoiceField(
            choices=choices, required=False, coerce=int, widget=QuickSelect
        )

    form = Both(initial={"plain": 2, "quick": 2})
    assert _normalized(str(form["quick"]).replace("quick", "plain")) == _normalized(
        str(form["plain"])
    )
    assert "&lt;Pionnières&gt;" in str(form["quick"]) and " selected>R&amp;D" in str(form["quick"])


def test_charts_are_light_and_keep_their_values():
    uri = charts.grouped_bars(["01/02", "08/02"], [("Inscrits", [12, 11]), ("Présents", [9, 7])])
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    assert "<script" not in svg and "<desc" not in svg and "<!--" not in svg
    assert len(svg) < 8000
    for text in ("Inscrits", "Présents", "01/02", ">12<", ">7<"):
        assert text in svg


def test_the_dashboard_pages_its_communities_and_refreshes_without_a_period(
    client, tenant, monkeypatch
):
    monkeypatch.setattr(report_views, "DASHBOARD_PAGE_SIZE", 3)
    for index in range(4):
        CommunityFactory(organization=tenant.organization, slug=f"p{index}", name=f"Page {index}")
    client.force_login(tenant.coordinator)
    dashboard = reverse("evaluations_dashboard", kwargs={"org_slug": tenant.organization.slug})
    first = client.get(dashboard, {"refresh": "1"})
    assert first.status_code == 200
    html = first.content.decode()
    assert "Page 0" in html and "Page 2" in html and "Page 3" not in html.split("<select", 1)[0]
    second = client.get(dashboard, {"page": "2"}).content.decode()
    table = second.split("<table", 1)[1]
    assert "Page 3" in table and "Page 0" not in table.split("</table>", 1)[0]
    # The report form still offers every community.
    assert second.count('<option value="') >= 6


def test_the_indicators_take_the_same_queries_for_one_or_many_communities(tenant):
    def measure(count: int) -> int:
        for index in range(count):
            community = CommunityFactory(organization=tenant.organization, slug=f"n{count}-{index}")
            add_member(community, tenant.facilitator, "facilitator")
            people = add_members(community, 2, prefix=f"n{count}-{index}")
            held_meeting(community, days_ago=3, present=people[:1], absent=people[1:])
            make_survey(community, tenant.facilitator)
        today = timezone.localdate()
        with scope(organization=tenant.organization), CaptureQueriesContext(connection) as ctx:
            from communities.models import Community

            indicators.compute(
                Community.objects.all(), today - timedelta(days=30), today, detail=False
            )
        return len(ctx.captured_queries)

    few, many = measure(1), measure(5)
    assert few == many <= 7
