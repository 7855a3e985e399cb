"""The demo data: answers and reviews for the seed-000 communities, so the first export is
meaningful; the annual PDF shows each summary card exactly as the data says."""

import importlib
import io
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled
from pypdf import PdfReader

from accounts.models import Organization
from cdp import demo_content
from evaluations import indicators
from evaluations import models as evaluation_models
from evaluations.models import FacilitatorReview, Response, Survey
from evaluations.services import reports

pytestmark = pytest.mark.django_db


def seed_demo() -> None:
    """The demo steps evaluations builds on (independent of the charters and toolbox steps)."""
    from cdp.demo import DemoContext

    ctx = DemoContext()
    for app in ("accounts", "communities", "meetings", "evaluations"):
        importlib.import_module(f"{app}.demo").seed(ctx)


REGISTRATION = {
    "closed": "Inscriptions fermées",
    "open": "Inscriptions ouvertes",
    "on_request": "Inscriptions sur demande",
}
MODALITY = {
    "virtual": "Animation en virtuel",
    "in_person": "Animation en présence",
    "hybrid": "Animation hybride (en présence et en virtuel)",
}


def _length(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} heures" if not rest else f"{hours} h {rest:02d}"


def test_the_demo_answers_and_the_annual_pdf_summary_cards(
    django_capture_on_commit_callbacks,
):
    seed_demo()
    with scopes_disabled():
        organization = Organization.objects.get(slug="centre-demo")
    today = timezone.localdate()
    start = today - timedelta(days=364)
    with scope(organization=organization), translation.override("fr"):
        with django_capture_on_commit_callbacks(execute=True):
            report = reports.request_report(
                organization=organization, actor=None, start=start, end=today, language="fr"
            )
        report.refresh_from_db()
        assert report.status == "ready"
        with report.pdf.open("rb") as handle:
            reader = PdfReader(io.BytesIO(handle.read()))
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        communities = reports.report_communities(organization, None)
        computed = indicators.compute(communities, start, today)
    expected_held = expected_enrolled = 0
    for spec in demo_content.COMMUNITIES:
        if spec["org"] != "centre-demo":
            continue
        community = next(c for c in communities if c.slug == spec["slug"])
        held = [m for m in spec["meetings"] if m["offset_weeks"] < 0]
        minutes = held[0]["minutes"]
        card = [
            MODALITY[community.modality],
            f"{len(held)} rencontres de {_length(minutes)}",
            f"Public cible : {spec['target_audience']}",
            REGISTRATION[community.registration],
            f"{len(spec['members'])} personnes inscrites",
        ]
        section = text.split(spec["name"])
        assert len(section) > 2, spec["name"]
        for part in card:
            assert " · ".join(card) in text or part in text, part
        assert " · ".join(card) in text
        expected_held += len(held)
        expected_enrolled += len(spec["members"])
    totals = computed.totals
    assert totals["meetings_held"] == expected_held
    assert totals["members_enrolled"] == expected_enrolled
    for key in ("meetings_held", "members_enrolled", "attendances", "meeting_hours"):
        assert totals[key] == sum(item.values[key] for item in computed.communities)
    summary = text.split("Toutes les communautés", 1)[1]
    assert summary.split()[:2] == [str(expected_held), str(expected_enrolled)]
    _check_answers_reviews_and_idempotence()


def _check_answers_reviews_and_idempotence() -> None:
    with scopes_disabled():
        counts = (
            Survey.objects.count(),
            Response.objects.count(),
            FacilitatorReview.objects.count(),
            evaluation_models.Testimonial.objects.count(),
        )
        for spec in demo_content.COMMUNITIES:
            if spec["org"] != "centre-demo":
                continue
            survey = Survey.objects.get(
                community__slug=spec["slug"], template_key="annual_evaluation"
            )
            assert survey.responses.count() >= min(5, len(spec["members"]) - len(spec["dropouts"]))
            assert FacilitatorReview.objects.filter(community__slug=spec["slug"]).exists()
    seed_demo()
    with scopes_disabled():
        assert counts == (
            Survey.objects.count(),
            Response.objects.count(),
            FacilitatorReview.objects.count(),
            evaluation_models.Testimonial.objects.count(),
        )
