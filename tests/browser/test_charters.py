"""Journey: a facilitator publishes a charter from a template, a member signs from the email
link, a material new version asks the member again, and the member signs again."""

import re

import pytest
from django_scopes import scope, scopes_disabled
from playwright.sync_api import Browser, Page, expect

from cdp import notifications
from cdp.models import Notification, NotificationState
from charters import gate, services
from tests.browser.conftest import log_in
from tests.factories import PASSWORD

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


def test_publish_sign_material_version_sign_again(
    page: Page, browser: Browser, live_server, tenant, mailoutbox, settings
) -> None:
    settings.SITE_URL = live_server.url
    base = live_server.url
    org, cdp = tenant.organization.slug, tenant.community.slug
    member = tenant.member

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

    _deliver_sign_requests()
    _sign_from_email(browser, _sign_link(mailoutbox, member.email), base)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, member)
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

    mailoutbox.clear()
    _deliver_sign_requests()
    _sign_from_email(browser, _sign_link(mailoutbox, member.email), base)
    with scope(organization=tenant.organization):
        assert gate.has_access(tenant.community, member)
