import re

import pytest
from django_scopes import scopes_disabled

from accounts.models import OrganizationMembership
from tests.browser.conftest import log_in
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _link(mailoutbox, pattern: str) -> str:
    return re.search(pattern, mailoutbox[-1].body).group(0)


def test_sign_up_confirm_log_in_switch_to_english(page, live_server, mailoutbox) -> None:
    page.goto(f"{live_server.url}/accounts/signup/")
    page.fill("input[name=email]", "lea@example.org")
    page.fill("input[name=password1]", "Un-mot-de-passe-42")
    page.fill("input[name=password2]", "Un-mot-de-passe-42")
    page.click("form[action$='/accounts/signup/'] button[type=submit]")
    page.wait_for_url(re.compile(r"/accounts/confirm-email/"))
    assert mailoutbox[-1].to == ["lea@example.org"]

    confirm = _link(mailoutbox, r"http://[^\s]+/accounts/confirm-email/[^\s]+")
    page.goto(confirm.replace("http://testserver", live_server.url))
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    if "/accounts/login/" in page.url:
        log_in(page, live_server.url, "lea@example.org", "Un-mot-de-passe-42")
    assert page.url.rstrip("/") == live_server.url
    assert page.locator("html").get_attribute("lang") == "fr-CA"

    page.click(".lang-switch button[value=en]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main h1").is_visible()
    page.click("form[action$='/accounts/logout/'] button[type=submit]")
    page.wait_for_load_state()
    log_in(page, live_server.url, "lea@example.org", "Un-mot-de-passe-42")
    assert page.locator("html").get_attribute("lang") == "en"  # remembered on the profile


def test_a_coordinator_invites_someone_who_accepts(
    page, browser, live_server, mailoutbox, tenant
) -> None:
    log_in(page, live_server.url, tenant.coordinator.email, PASSWORD)
    page.goto(f"{live_server.url}/{tenant.organization.slug}/people/")
    page.fill("input[name=email]", "invitee@example.org")
    page.select_option("select[name=role]", "staff_facilitator")
    page.click("main form[novalidate] button[type=submit]")
    page.wait_for_load_state()
    assert "invitee@example.org" in page.content()

    link = _link(mailoutbox, r"https?://[^\s]+/invitations/[^\s]+")
    invitee = browser.new_context(locale="fr-CA").new_page()
    invitee.goto(re.sub(r"^https?://[^/]+", live_server.url, link))
    invitee.click("a[href^='/accounts/signup/']")
    invitee.fill("input[name=email]", "invitee@example.org")
    invitee.fill("input[name=password1]", "Un-mot-de-passe-42")
    invitee.fill("input[name=password2]", "Un-mot-de-passe-42")
    invitee.click("form[action*='/accounts/signup/'] button[type=submit]")
    invitee.wait_for_load_state()
    assert "/invitations/" in invitee.url
    invitee.click("main form button[type=submit]")
    invitee.wait_for_url(re.compile(rf"/{tenant.organization.slug}/$"))
    with scopes_disabled():
        membership = OrganizationMembership.objects.get(user__email="invitee@example.org")
    assert membership.role == "staff_facilitator"
