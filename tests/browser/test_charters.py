"""Journey: a facilitator publishes a charter from a template, a member signs from the email
link, a material new version asks the member again, and the member signs again. In between, the
gate hides the recap of a past meeting from the member on the meeting page."""

import re

import pytest
from django_scopes import scope, scopes_disabled
from playwright.sync_api import Browser, Page, expect

from cdp import notifications
from cdp.models import Notification, NotificationState
from charters import gate, services
from meetings import services as meeting_services
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.meetings.conftest import plan

RECAP = "Synthèse réservée aux signataires de la charte"

pytestmark = pytest.mark.browser


def _deliver_sign_requests() -> None:
    """Send the queued signature requests (receipts, with their PDF, are tested elsewhere)."""
    notifications.sweep()
    with scopes_disabled():
        ids = list(
            Notification.objects.filter(
                kind=services.KIND_REQUEST, state=NotificationState.DISPATCHED
            ).values_list("id", flat=True)
        )
    notifications.deliver_batch(ids)


def _sign_link(mailoutbox, email: str) -> str:
    messages = [m for m in mailoutbox if m.to == [email] and "/charters/sign/" in m.body]
    assert messages, f"no signature request for {email}"
    return re.search(r"https?://\S+/charters/sign/\S+/", messages[-1].body).group(0)


def _sign_from_email(browser: Browser, url: str, base: str) -> None:
    context = browser.new_context(locale="fr-CA")
    page = context.new_page()
    page.goto(url.replace("http://127.0.0.1:8000", base))
    page.fill("input[name=signer_name]", "Alex Tremblay")
    page.check("input[name=consent]")
    page.click("form:has(input[name=consent]) button[type=submit]")
    expect(page.locator(".charter-status-signed")).to_be_visible()
    context.close()


def _past_meeting_with_recap(tenant) -> int:
    """A meeting two days ago whose recap is published (no summary email)."""
    meeting = plan(tenant, days=-2)
    with scope(organization=tenant.organization):
        recap = meeting_services.save_recap(
            meeting=meeting, actor=tenant.facilitator, summary=RECAP
        )
        meeting_services.publish_recap(recap=recap, actor=tenant.facilitator, send_summary=False)
    return meeting.pk


def _expect_recap(page: Page, url: str, *, visible: bool) -> None:
    """The member's meeting page shows the recap, or hides it behind a link to the charter."""
    page.goto(url)
    expect(page.locator("h1")).to_be_visible()
    charter_link = page.locator("p[role=status] a[href$='/charters/']")
    if visible:
        expect(page.locator("#recap-title")).to_be_visible()
        expect(page.get_by_text(RECAP)).to_be_visible()
        expect(charter_link).to_have_count(0)
    else:
        expect(charter_link).to_be_visible()
        expect(page.locator("#recap-title")).to_have_count(0)
        expect(page.get_by_text(RECAP)).to_have_count(0)


def test_publish_sign_material_version_sign_again(
    page: Page, browser: Browser, live_server, tenant, mailoutbox, settings
) -> None:
    settings.SITE_URL = live_server.url
    base = live_server.url
    org, cdp = tenant.organization.slug, tenant.community.slug
    member = tenant.member
    meeting_url = f"{base}/{org}/c/{cdp}/meetings/{_past_meeting_with_recap(tenant)}/"
    member_context = browser.new_context(locale="fr-CA")
    member_context.set_default_timeout(10_000)
    member_page = member_context.new_page()
    log_in(member_page, base, member.email, PASSWORD)
    _expect_recap(member_page, meeting_url, visible=True)  # no gated charter yet

    log_in(page, base, tenant.facilitator.email, PASSWORD)
    page.goto(f"{base}/{org}/c/{cdp}/charters/new/")
    page.check("input[name=kind][value=engagement_confidentiality]")
    page.click("form button[type=submit]:not(.outline)")
    expect(page.locator("textarea[name=body_fr]")).to_be_visible()
    page.click("form[action$='/draft/publish/'] button[type=submit]")
    expect(page.locator("code.fingerprint")).to_be_visible()
    page.click("a[href$='/status/']")
    page.check("input[name=requires_signature]")
    page.click("form[action$='/settings/'] button[type=submit]")
    expect(page.locator(".blocked-members")).to_contain_text(member.display_name)
    with scope(organization=tenant.organization):
        assert not gate.has_access(tenant.community, member)
    _expect_recap(member_page, meeting_url, visible=False)
    member_page.click("p[role=status] a[href$='/charters/']")
    expect(member_page).to_have_url(re.compile(r"/charters/$"))

    _deliver_sign_requests()
    _sign_from_email(browser, _sign_link(mailoutbox, member.email), base)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, member)
    _expect_recap(member_page, meeting_url, visible=True)
    with scopes_disabled():
        assert Notification.objects.filter(
            kind=services.KIND_RECEIPT, recipient_id=member.pk
        ).exists()

    page.goto(page.url)
    expect(page.locator(".blocked-members")).to_have_count(0)
    page.goto(page.url.replace("/status/", "/"))
    page.click("form[action$='/draft/new/'] button[type=submit]")
    page.select_option("select[name=clause]", "recordings")
    page.click("form[action$='/draft/clause/'] button[type=submit]")
    page.check("input[name=is_material]")
    page.fill("input[name=change_note]", "Ajout d'une clause sur les enregistrements")
    page.click("form[action$='/draft/publish/'] button[type=submit]")
    expect(page.locator("h1")).to_be_visible()
    with scope(organization=tenant.organization):
        assert not gate.has_access(tenant.community, member)
    _expect_recap(member_page, meeting_url, visible=False)

    mailoutbox.clear()
    _deliver_sign_requests()
    _sign_from_email(browser, _sign_link(mailoutbox, member.email), base)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, member)
    _expect_recap(member_page, meeting_url, visible=True)
    member_context.close()
