"""Browser journeys of evaluations: answering on a phone, exporting the annual report."""

import pytest
from django_scopes import scope, scopes_disabled

from evaluations.models import Participation, Response
from tests.browser.conftest import log_in
from tests.evaluations.helpers import add_members, held_meeting, make_survey
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_answers_the_end_of_meeting_questionnaire_on_a_phone(
    phone_page, live_server, tenant
):
    meeting = held_meeting(tenant.community, days_ago=0, present=[tenant.member])
    survey = make_survey(
        tenant.community, tenant.facilitator, audience="meeting", meeting_id=meeting.pk
    )
    log_in(phone_page, live_server.url, tenant.member.email, PASSWORD)
    phone_page.goto(
        f"{live_server.url}/{tenant.organization.slug}/c/{tenant.community.slug}"
        f"/evaluations/surveys/{survey.pk}/answer/"
    )
    assert phone_page.locator("h1").inner_text() == "Questionnaire de fin de rencontre"
    # Large controls: a whole answer line is a touch target.
    choice = phone_page.get_by_label("Beaucoup")
    assert phone_page.locator("label", has=choice).bounding_box()["height"] >= 40
    choice.check()
    phone_page.get_by_label("Appris : une chose que je retiens d'aujourd'hui.").fill(
        "Le tour de table"
    )
    phone_page.get_by_role("button", name="Enregistrer le brouillon").click()
    phone_page.wait_for_load_state()
    assert (
        phone_page.get_by_label("Appris : une chose que je retiens d'aujourd'hui.").input_value()
        == "Le tour de table"
    )
    phone_page.get_by_role("button", name="Envoyer mes réponses").click()
    phone_page.wait_for_load_state()
    assert "Merci! Vos réponses ont été enregistrées." in phone_page.content()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    with scopes_disabled():
        assert Participation.objects.filter(survey=survey, user=tenant.member).exists()
        assert Response.objects.get(survey=survey).answers


def test_a_coordinator_exports_and_downloads_the_annual_pdf(page, live_server, tenant):
    people = add_members(tenant.community, 3)
    held_meeting(tenant.community, days_ago=20, present=people[:2], absent=people[2:])
    log_in(page, live_server.url, tenant.coordinator.email, PASSWORD)
    page.goto(f"{live_server.url}/{tenant.organization.slug}/evaluations/")
    # Tasks run eagerly in tests: the PDF is rendered before the redirect to the progress page.
    page.set_default_navigation_timeout(90_000)
    page.get_by_role("button", name="Exporter le rapport annuel (PDF)").click(timeout=90_000)
    page.wait_for_load_state()
    link = page.get_by_role("button", name="Télécharger le PDF")
    link.wait_for(timeout=60_000)
    with page.expect_download(timeout=30_000) as info:
        link.click()
    download = info.value
    path = download.path()
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert download.suggested_filename.endswith(".pdf")
    with scope(organization=tenant.organization):
        from evaluations.models import AnnualReport

        assert AnnualReport.objects.get().status == "ready"
