"""Toolbox journeys: find and download a sheet, propose and approve a tool, adapt a sheet."""

from typing import Any

import pytest
from django_scopes import scopes_disabled

from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from toolbox.models import Tool, ToolStatus
from toolbox.services import seed_library

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def library(transactional_db: None) -> None:
    seed_library()


def test_a_member_finds_the_values_sheet_and_downloads_it(
    page: Any, live_server: Any, tenant: Any, library: None
) -> None:
    log_in(page, live_server.url, tenant.member.email, PASSWORD)
    page.goto(f"{live_server.url}/{tenant.organization.slug}/toolbox/")
    page.fill("input[name=q]", "valeurs")
    page.press("input[name=q]", "Enter")
    result = page.locator("#results a", has_text="Nos valeurs communes")
    result.wait_for()
    result.click()
    page.wait_for_url("**/toolbox/library/shared-values-and-framework/")
    with page.expect_download() as download_info:
        page.click("a[href$='/shared-values-and-framework/download/']")
    download = download_info.value
    assert download.suggested_filename == "shared-values-and-framework-fr.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_a_member_proposes_a_tool_and_a_facilitator_approves_it(
    page: Any, browser: Any, live_server: Any, tenant: Any
) -> None:
    base = f"{live_server.url}/{tenant.organization.slug}"
    log_in(page, live_server.url, tenant.member.email, PASSWORD)
    page.goto(f"{base}/c/{tenant.community.slug}/toolbox/new/")
    page.fill("input[name=title]", "Carte des alliances")
    page.select_option("select[name=category]", "template")
    page.fill("textarea[name=purpose]", "Repérer les partenaires possibles du quartier.")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/toolbox/*/")
    assert page.locator("[role=status]").count() >= 1
    with scopes_disabled():
        tool = Tool.objects.get(title="Carte des alliances")
    assert tool.status == ToolStatus.PENDING

    facilitator = browser.new_context(locale="fr-CA").new_page()
    log_in(facilitator, live_server.url, tenant.facilitator.email, PASSWORD)
    facilitator.goto(f"{base}/toolbox/pending/")
    facilitator.click("main a:has-text('Carte des alliances')")
    facilitator.click("form[action$='/approve/'] button[type=submit]")
    facilitator.wait_for_load_state()
    with scopes_disabled():
        assert Tool.objects.get(pk=tool.pk).status == ToolStatus.PUBLISHED
    page.goto(f"{base}/toolbox/?level=community")
    assert page.locator("#results a", has_text="Carte des alliances").is_visible()
    facilitator.context.close()


def test_a_facilitator_adapts_a_platform_sheet_into_a_community(
    page: Any, live_server: Any, tenant: Any, library: None
) -> None:
    base = f"{live_server.url}/{tenant.organization.slug}"
    log_in(page, live_server.url, tenant.facilitator.email, PASSWORD)
    page.goto(f"{base}/toolbox/library/closing-3a/")
    page.click("a[href$='/closing-3a/adapt/']")
    page.select_option("select[name=community]", str(tenant.community.pk))
    page.click("main form button[type=submit]")
    page.wait_for_url("**/toolbox/*/edit/")
    page.fill("input[name=title]", "Clôture des 3A à notre façon")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/toolbox/*/")
    assert page.locator("a[href$='/toolbox/library/closing-3a/']").is_visible()
    with scopes_disabled():
        copy = Tool.objects.get(source_library_tool__slug="closing-3a")
    assert copy.title == "Clôture des 3A à notre façon"
    assert copy.community == tenant.community
    page.goto(f"{base}/toolbox/library/closing-3a/")
    assert page.locator(f"a[href$='/toolbox/{copy.pk}/']").is_visible()
