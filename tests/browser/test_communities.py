"""Community journeys: a facilitator creates a closed co-development group from its preset and
invites three people, one of whom accepts by the email link; a member asks to join a community
on request and is approved; a coordinator filters the directory by modality."""

import re
from typing import Any

import pytest
from django_scopes import scopes_disabled

from communities.models import Community, Membership, MembershipStatus, Registration
from tests.browser.conftest import log_in
from tests.factories import PASSWORD, CommunityFactory, UserFactory, add_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _link(mailoutbox: Any, to: str) -> str:
    message = next(m for m in mailoutbox if m.to == [to])
    found = re.search(r"https?://\S+/community-invitations/\S+", message.body)
    assert found, message.body
    return found.group(0)


def test_a_facilitator_creates_a_codevelopment_group_and_invites_three_people(
    page: Any, browser: Any, live_server: Any, mailoutbox: Any, tenant: Any
) -> None:
    org = tenant.organization.slug
    UserFactory(email="deja.inscrite@example.org")
    log_in(page, live_server.url, tenant.staff_facilitator.email, PASSWORD)
    page.goto(f"{live_server.url}/{org}/communities/new/")
    page.check("input[name=preset][value=codevelopment]")
    page.fill("input[name=name]", "Codev en gestion RH")
    page.click("#wizard button[type=submit]")

    # Step 2 comes from the preset: closed registration, 7 places; criteria are required.
    page.wait_for_selector("input[name=eligibility_criteria], textarea[name=eligibility_criteria]")
    assert page.is_checked("input[name=registration][value=closed]")
    assert page.input_value("input[name=capacity]") == "7"
    page.click("#wizard button[type=submit]")
    page.wait_for_selector("#id_eligibility_criteria_error")
    page.fill("textarea[name=eligibility_criteria]", "Directions d'organismes communautaires")
    page.click("#wizard button[type=submit]")

    page.wait_for_selector("input[name=sponsor_organization]")
    assert page.is_checked("input[name=format][value=codevelopment]")
    page.fill("input[name=sponsor_organization]", "Centre d'éducation populaire")
    page.click("#wizard button[type=submit]")
    page.wait_for_selector("input[name=territory]")
    assert page.is_checked("input[name=modality][value=in_person]")
    page.click("#wizard button[type=submit]")
    page.wait_for_selector("textarea[name=mission]")
    page.fill("textarea[name=mission]", "Faire avancer nos situations de gestion.")
    page.click("#wizard button[name=finish]")
    page.wait_for_url(re.compile(rf"/{org}/c/codev-en-gestion-rh/$"))

    with scopes_disabled():
        community = Community.objects.get(slug="codev-en-gestion-rh")
    assert not community.is_draft and community.registration == Registration.CLOSED
    assert community.eligibility_criteria == "Directions d'organismes communautaires"

    page.goto(f"{live_server.url}/{org}/c/{community.slug}/members/")
    page.fill(
        "textarea[name=emails]",
        "deja.inscrite@example.org, nouvelle.personne@example.org\ntroisieme@example.org",
    )
    page.click("form[action$='/members/invite/'] button[type=submit]")
    page.wait_for_selector("text=troisieme@example.org")
    assert len(mailoutbox) == 3

    invitee = browser.new_context(locale="fr-CA").new_page()
    link = _link(mailoutbox, "nouvelle.personne@example.org")
    invitee.goto(re.sub(r"^https?://[^/]+", live_server.url, link))
    invitee.click("main a[href^='/accounts/signup/']")
    invitee.fill("input[name=email]", "nouvelle.personne@example.org")
    invitee.fill("input[name=password1]", "Un-mot-de-passe-42")
    invitee.fill("input[name=password2]", "Un-mot-de-passe-42")
    invitee.click("form[action*='/accounts/signup/'] button[type=submit]")
    invitee.wait_for_url(re.compile("/community-invitations/"))
    invitee.click("main form button[type=submit]")
    invitee.wait_for_url(re.compile(rf"/{org}/c/{community.slug}/$"))
    with scopes_disabled():
        membership = Membership.objects.get(
            community=community, user__email="nouvelle.personne@example.org"
        )
        invited = Membership.objects.get(
            community=community, user__email="deja.inscrite@example.org"
        )
    assert membership.status == MembershipStatus.ACTIVE
    assert invited.status == MembershipStatus.INVITED


def test_a_member_asks_to_join_and_a_facilitator_approves(
    page: Any, browser: Any, live_server: Any, tenant: Any
) -> None:
    community = CommunityFactory(
        organization=tenant.organization,
        name="Entraide des directions",
        slug="entraide",
        registration=Registration.ON_REQUEST,
    )
    add_member(community, tenant.facilitator, "facilitator")
    base = f"{live_server.url}/{tenant.organization.slug}/c/{community.slug}"
    log_in(page, live_server.url, tenant.member.email, PASSWORD)
    page.goto(f"{base}/")
    page.fill("textarea[name=message]", "Je dirige une maison des jeunes.")
    page.click("form[action$='/join/'] button[type=submit]")
    page.wait_for_selector("main [role=status]")

    facilitator = browser.new_context(locale="fr-CA").new_page()
    log_in(facilitator, live_server.url, tenant.facilitator.email, PASSWORD)
    facilitator.goto(f"{base}/members/")
    assert facilitator.locator("text=Je dirige une maison des jeunes.").count() == 1
    facilitator.click("form[action$='/approve/'] button[type=submit]")
    facilitator.wait_for_load_state()

    page.goto(f"{base}/")
    assert page.locator("#panel-members").count() == 1
    with scopes_disabled():
        assert Membership.objects.get(community=community, user=tenant.member).status == "active"


def test_a_coordinator_filters_the_directory_by_modality(
    page: Any, live_server: Any, tenant: Any
) -> None:
    org = tenant.organization
    CommunityFactory(organization=org, name="Cercle en ligne", modality="virtual")
    CommunityFactory(organization=org, name="Cercle en salle", modality="in_person")
    CommunityFactory(organization=org, name="Cercle hybride", modality="hybrid")
    log_in(page, live_server.url, tenant.coordinator.email, PASSWORD)
    page.goto(f"{live_server.url}/{org.slug}/communities/")
    assert page.locator("main article h2", has_text="Cercle en ligne").count() == 1
    page.click("main details summary")
    page.select_option("select[name=modality]", "in_person")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url(re.compile(r"modality=in_person"))
    titles = page.locator("main article h2").all_inner_texts()
    assert titles == ["Cercle en salle"]
