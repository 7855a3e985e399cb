"""Meeting journey: a facilitator plans a meeting with a five-block agenda in under ten
interactions; the member answers from the email link; the facilitator takes attendance and
publishes the recap; the member receives the follow-up email."""

import re
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from meetings.models import AgendaBlock, Attendance, Meeting, Registration
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.meetings.conftest import send_due

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _rsvp_link(mailoutbox: Any, to: str) -> str:
    message = next(m for m in mailoutbox if m.to == [to])
    found = re.search(r"https?://\S+/meetings/rsvp/\S+/", message.body)
    assert found, message.body
    return "/" + found.group(0).split("/", 3)[3]


def test_plan_answer_attend_and_recap(
    page: Any, browser: Any, live_server: Any, mailoutbox: Any, tenant: Any
) -> None:
    org, cdp = tenant.organization.slug, tenant.community.slug
    base = f"{live_server.url}/{org}/c/{cdp}/meetings"
    log_in(page, live_server.url, tenant.facilitator.email, PASSWORD)
    page.goto(f"{base}/new/")

    start = (timezone.localtime() + timedelta(days=10)).strftime("%Y-%m-%dT19:00")
    interactions = 0
    for action in (
        lambda: page.fill("input[name=title]", "Préparer l'assemblée générale"),
        lambda: page.fill("input[name=starts_at]", start),
        lambda: page.fill("input[name=duration_minutes]", "60"),
        lambda: page.select_option("select[name=agenda_template]", "thematic_virtual_60"),
        lambda: page.click("main form button[type=submit]"),
    ):
        action()
        interactions += 1
    page.wait_for_selector("#agenda ol.blocks li.block")
    assert page.locator("#agenda li.block").count() == 7
    for _ in range(2):  # remove two blocks with htmx: the fragment is swapped in place
        count = page.locator("#agenda li.block").count()
        page.locator("#agenda li.block").last.get_by_role(
            "button", name=re.compile("Retirer")
        ).click()
        interactions += 1
        expect(page.locator("#agenda li.block")).to_have_count(count - 1)
    assert interactions < 10
    assert page.locator("#agenda li.block").count() == 5
    assert "minutes de la rencontre ne sont pas encore prévues" in page.inner_text("#agenda-total")

    with scopes_disabled():
        meeting = Meeting.objects.get(title="Préparer l'assemblée générale")
        assert AgendaBlock.objects.filter(meeting=meeting).count() == 5
    send_due()  # the periodic sweep
    link = _rsvp_link(mailoutbox, tenant.member.email)

    member_context = browser.new_context(locale="fr-CA")
    member_page = member_context.new_page()
    member_page.goto(f"{live_server.url}{link}")
    member_page.get_by_role("button", name="Oui, je serai là").click()
    member_page.wait_for_selector("p[role=status]")
    assert "votre présence est confirmée" in member_page.inner_text("main")
    member_context.close()
    with scopes_disabled():
        assert Registration.objects.get(meeting=meeting, user=tenant.member).status == "going"

    page.goto(f"{base}/{meeting.pk}/attendance/")
    page.select_option(f"select[name=status_{tenant.member.pk}]", "online")
    page.get_by_role("button", name="Enregistrer les présences").click()
    page.wait_for_selector(".messages")
    with scopes_disabled():
        assert Attendance.objects.get(meeting=meeting, user=tenant.member).status == "online"

    page.goto(f"{base}/{meeting.pk}/recap/")
    page.fill("textarea[name=summary]", "Ordre du jour de l'AGA adopté; deux bénévoles à recruter.")
    page.fill("input[name=next_theme]", "Recrutement et rétention du personnel")
    page.get_by_role("button", name="Publier et envoyer le suivi").click()
    page.wait_for_selector(".messages")

    mailoutbox.clear()
    send_due()
    follow_up = [m for m in mailoutbox if m.to == [tenant.member.email]]
    assert len(follow_up) == 1
    assert "Suivi de la rencontre" in follow_up[0].subject
    assert "deux bénévoles à recruter" in follow_up[0].body
