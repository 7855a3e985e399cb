"""Community pages as each person sees them: the guided creation, the directory, the overview,
members, themes, objectives, lifecycle and invitations."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from communities import services
from communities.models import Community, Membership, MembershipStatus, Registration, Theme
from tests.factories import CommunityFactory, UserFactory, add_member


def client_for(user, language: str = "en") -> Client:  # type: ignore[no-untyped-def]
    """A signed-in client; the person's preferred language decides the interface language."""
    with scopes_disabled():
        type(user).objects.filter(pk=user.pk).update(language=language)
    client = Client()
    client.force_login(user)
    return client


def community_url(name: str, community: Community, **kwargs: object) -> str:
    return reverse(
        name,
        kwargs={
            "org_slug": community.organization.slug,
            "community_slug": community.slug,
            **kwargs,
        },
    )


BASICS = {
    "preset": "codevelopment",
    "name": "Codev gestion",
    "description": "",
    "target_audience": "Directions",
}
ACCESS = {
    "registration": "closed",
    "eligibility_criteria": "",
    "visibility": "listed",
    "capacity": "7",
    "ideal_size_min": "5",
    "ideal_size_max": "7",
}


def test_guided_creation_saves_a_draft_at_each_step_and_keeps_input_on_errors(tenant) -> None:  # type: ignore[no-untyped-def]
    client = client_for(tenant.staff_facilitator)
    response = client.post(reverse("communities_create", args=[tenant.organization.slug]), BASICS)
    with scopes_disabled():
        community = Community.objects.get(name="Codev gestion")
    assert response.status_code == 302
    assert response["Location"] == community_url("communities_setup", community, step=2)
    assert community.is_draft and community.format == "codevelopment"
    assert community.modality == "in_person"  # from the preset

    # A closed community needs eligibility criteria: the page comes back with the error and input.
    step2 = community_url("communities_setup", community, step=2)
    response = client.post(step2, {**ACCESS, "capacity": "6"})
    assert response.status_code == 400
    assert "state the eligibility criteria" in response.content.decode()
    assert 'value="6"' in response.content.decode()
    community.refresh_from_db()
    assert community.capacity == 7

    response = client.post(step2, {**ACCESS, "eligibility_criteria": "Directions d'organismes"})
    assert response["Location"] == community_url("communities_setup", community, step=3)
    community.refresh_from_db()
    assert community.eligibility_criteria == "Directions d'organismes"

    # The draft is listed nowhere yet.
    directory = client_for(tenant.coordinator).get(
        reverse("communities_directory", args=[tenant.organization.slug])
    )
    assert "Codev gestion" not in directory.content.decode()

    response = client.post(
        community_url("communities_setup", community, step=5),
        {
            "mission": "Avancer ensemble",
            "values": "",
            "not_list_text": "Un dépôt de documents",
            "agreed_norms": "Confidentialité",
            "read_first": "",
            "finish": "1",
        },
    )
    assert response["Location"] == community_url("community_home", community)
    community.refresh_from_db()
    assert not community.is_draft
    assert community.not_list == ["Un dépôt de documents"]


def test_htmx_steps_swap_the_wizard_in_place(tenant) -> None:  # type: ignore[no-untyped-def]
    client = client_for(tenant.facilitator)
    step2 = community_url("communities_setup", tenant.community, step=2)
    response = client.post(step2, ACCESS, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert b'id="wizard"' in response.content and b"<html" not in response.content
    response = client.post(
        step2, {**ACCESS, "eligibility_criteria": "Directions"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert response["HX-Push-Url"] == community_url("communities_setup", tenant.community, step=3)
    assert b"Step 3 of 5" in response.content


def test_setup_is_for_facilitators_and_coordinators_only(tenant) -> None:  # type: ignore[no-untyped-def]
    url = community_url("communities_setup", tenant.community, step=1)
    assert client_for(tenant.member).get(url).status_code == 403
    assert client_for(tenant.coordinator).get(url).status_code == 200
    assert (
        client_for(tenant.facilitator)
        .get(community_url("communities_setup", tenant.community, step=9))
        .status_code
        == 404
    )


def test_directory_filters_by_axis_and_stage_and_hides_unlisted(tenant) -> None:  # type: ignore[no-untyped-def]
    org = tenant.organization
    CommunityFactory(organization=org, name="Cercle virtuel", modality="virtual", stage="maturing")
    CommunityFactory(organization=org, name="Cercle en salle", modality="in_person")
    CommunityFactory(organization=org, name="Cercle discret", visibility="unlisted")
    url = reverse("communities_directory", args=[org.slug])
    member = client_for(tenant.member)
    page = member.get(url, {"modality": "in_person"}).content.decode()
    assert "Cercle en salle" in page and "Cercle virtuel" not in page
    page = member.get(url, {"stage": "maturing"}).content.decode()
    assert "Cercle virtuel" in page and "Cercle en salle" not in page
    assert "Cercle discret" not in member.get(url).content.decode()
    assert "Cercle discret" in client_for(tenant.coordinator).get(url).content.decode()
    # An unknown value is ignored rather than failing.
    assert member.get(url, {"modality": "underwater"}).status_code == 200


def test_overview_shows_key_figures_to_coordinators(tenant) -> None:  # type: ignore[no-untyped-def]
    community = CommunityFactory(
        organization=tenant.organization, name="Sur demande", registration=Registration.ON_REQUEST
    )
    with scope(organization=tenant.organization):
        services.join_community(user=UserFactory(), community=community)
    url = reverse("communities_overview", args=[tenant.organization.slug])
    assert client_for(tenant.staff_facilitator).get(url).status_code == 403
    response = client_for(tenant.coordinator).get(url)
    rows = {row.name: row for row in response.context["page"]}
    assert rows["Sur demande"].pending_count == 1
    assert rows[tenant.community.name].active_count == 2


def test_member_directory_respects_each_persons_visibility(tenant) -> None:  # type: ignore[no-untyped-def]
    shy = UserFactory(first_name="Discrète", last_name="Personne", directory_visible=False)
    open_person = UserFactory(first_name="Ouverte", last_name="Personne", directory_visible=True)
    add_member(tenant.community, shy)
    membership = add_member(tenant.community, open_person)
    with scopes_disabled():
        Membership.objects.filter(pk=membership.pk).update(expertise="Budgets et financement")
    url = community_url("communities_members", tenant.community)
    seen_by_member = client_for(tenant.member).get(url).content.decode()
    assert "Ouverte Personne" in seen_by_member and "Budgets et financement" in seen_by_member
    assert "Discrète Personne" not in seen_by_member
    seen_by_facilitator = client_for(tenant.facilitator).get(url).content.decode()
    assert "Discrète Personne" in seen_by_facilitator
    assert "Discrète Personne" in client_for(shy).get(url).content.decode()


def test_size_guidance_is_shown_to_facilitators_never_blocking(tenant) -> None:  # type: ignore[no-untyped-def]
    url = community_url("communities_members", tenant.community)
    assert "With 2 members" in client_for(tenant.facilitator).get(url).content.decode()
    french = client_for(tenant.facilitator, language="fr").get(url).content.decode()
    assert "Avec 2 membres" in french
    assert "With 2 members" not in client_for(tenant.member).get(url).content.decode()


def test_member_updates_what_they_can_help_with(tenant) -> None:  # type: ignore[no-untyped-def]
    client = client_for(tenant.member)
    client.post(
        community_url("communities_expertise", tenant.community), {"expertise": "Gouvernance"}
    )
    with scopes_disabled():
        assert Membership.objects.get(user=tenant.member).expertise == "Gouvernance"


def test_latecomers_see_the_onboarding_panel(tenant) -> None:  # type: ignore[no-untyped-def]
    community = tenant.community
    with scopes_disabled():
        Community.objects.filter(pk=community.pk).update(
            start_date=timezone.localdate() - timedelta(days=30), agreed_norms="On arrive à l'heure"
        )
        Membership.objects.filter(user=tenant.facilitator).update(
            joined_at=timezone.now() - timedelta(days=40)
        )
    with scope(organization=tenant.organization):
        theme = services.propose_theme(actor=None, community=community, title="Financement")
        services.mark_theme_covered(actor=tenant.facilitator, theme=theme)
    home = community_url("community_home", community)
    late = client_for(tenant.member).get(home).content.decode()
    assert "On arrive à l&#x27;heure" in late and "Financement" in late
    assert "panel-onboarding" in late
    assert "panel-onboarding" not in client_for(tenant.facilitator).get(home).content.decode()


def test_joining_an_open_community_and_requesting_an_on_request_one(tenant) -> None:  # type: ignore[no-untyped-def]
    open_one = CommunityFactory(organization=tenant.organization, registration=Registration.OPEN)
    on_request = CommunityFactory(
        organization=tenant.organization, registration=Registration.ON_REQUEST
    )
    add_member(on_request, tenant.facilitator, "facilitator")
    client = client_for(tenant.member)
    client.post(community_url("communities_join", open_one))
    client.post(community_url("communities_join", on_request), {"message": "Je suis directrice"})
    assert client.post(community_url("communities_join", tenant.community)).status_code == 403
    with scopes_disabled():
        assert Membership.objects.get(community=open_one, user=tenant.member).status == "active"
        pending = Membership.objects.get(community=on_request, user=tenant.member)
    assert pending.status == MembershipStatus.PENDING
    queue = client_for(tenant.facilitator).get(community_url("communities_members", on_request))
    assert "Je suis directrice" in queue.content.decode()
    # A plain member cannot approve; the facilitator can.
    approve = community_url("communities_approve", on_request, cm_id=pending.pk)
    assert client.post(approve).status_code == 403
    client_for(tenant.facilitator).post(approve)
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.ACTIVE


def test_leaving_records_the_reason(tenant) -> None:  # type: ignore[no-untyped-def]
    client_for(tenant.member).post(
        community_url("communities_leave", tenant.community), {"reason": "Changement d'emploi"}
    )
    with scopes_disabled():
        membership = Membership.objects.get(user=tenant.member)
    assert membership.status == MembershipStatus.LEFT
    assert membership.leave_reason == "Changement d'emploi"


def test_invitation_link_for_anonymous_then_accepted_once_signed_in(tenant) -> None:  # type: ignore[no-untyped-def]
    with scope(organization=tenant.organization):
        invitation = services.invite_to_community(
            actor=tenant.facilitator, community=tenant.community, email="nouvelle@example.org"
        )
    url = reverse(
        "communities_invitation",
        kwargs={"invite_token": services.make_invitation_token(invitation)},
    )
    anonymous = Client()
    response = anonymous.get(url)
    assert response.status_code == 200
    assert anonymous.session["account_verified_email"] == "nouvelle@example.org"
    person = UserFactory(email="nouvelle@example.org")
    response = client_for(person).post(url)
    assert response["Location"] == community_url("community_home", tenant.community)
    with scopes_disabled():
        assert Membership.objects.get(user=person).status == "active"
    assert client_for(person).get(url).status_code == 400


def test_roles_are_given_and_withdrawn_by_facilitators(tenant) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        membership = Membership.objects.get(user=tenant.member)
    url = community_url("communities_give_role", tenant.community, cm_id=membership.pk)
    client = client_for(tenant.facilitator)
    client.post(url, {"role": "guest_expert"})
    with scopes_disabled():
        assert not membership.roles.filter(role="guest_expert").exists()
    client.post(url, {"role": "reporter"})
    with scopes_disabled():
        role = membership.roles.get(role="reporter")
    client.post(community_url("communities_withdraw_role", tenant.community, role_id=role.pk))
    with scopes_disabled():
        assert not membership.roles.filter(role="reporter").exists()


def test_themes_members_propose_facilitators_plan(tenant) -> None:  # type: ignore[no-untyped-def]
    url = community_url("communities_themes", tenant.community)
    client_for(tenant.member).post(url, {"title": "Le financement"})
    response = client_for(tenant.member).post(url, {"title": "financement!"}, follow=True)
    assert "looks like « Le financement »" in response.content.decode()
    with scopes_disabled():
        theme = Theme.objects.filter(community=tenant.community).first()
    assert theme is not None
    plan = community_url(
        "communities_theme_action", tenant.community, theme_id=theme.pk, action="plan"
    )
    assert client_for(tenant.member).post(plan, {"planned_for": "2030-01-15"}).status_code == 403
    client_for(tenant.facilitator).post(plan, {"planned_for": "2030-01-15"})
    theme.refresh_from_db()
    assert theme.status == "planned" and str(theme.planned_for) == "2030-01-15"


def test_lifecycle_checklist_toggles_with_htmx(tenant) -> None:  # type: ignore[no-untyped-def]
    url = community_url("communities_checklist", tenant.community, checklist="closing")
    response = client_for(tenant.facilitator).post(
        url, {"key": "certificates", "done": "1"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200 and b"checklist-closing" in response.content
    tenant.community.refresh_from_db()
    assert "certificates" in tenant.community.closing_done


def test_other_organisations_objects_are_not_found(tenant, other_tenant) -> None:  # type: ignore[no-untyped-def]
    with scope(organization=other_tenant.organization):
        theme = services.propose_theme(actor=None, community=other_tenant.community, title="Autre")
    url = reverse(
        "communities_theme_action",
        kwargs={
            "org_slug": tenant.organization.slug,
            "community_slug": tenant.community.slug,
            "theme_id": theme.pk,
            "action": "covered",
        },
    )
    assert client_for(tenant.facilitator).post(url).status_code == 404


@pytest.mark.parametrize("language,label", [("fr", "Ouvertes"), ("en", "Open")])
def test_typology_is_shown_in_the_viewers_language(tenant, language, label) -> None:  # type: ignore[no-untyped-def]
    client = client_for(tenant.coordinator, language=language)
    page = client.get(reverse("communities_directory", args=[tenant.organization.slug]))
    assert label in page.content.decode()


def test_transformation_decision_then_a_new_cycle(tenant) -> None:  # type: ignore[no-untyped-def]
    client = client_for(tenant.facilitator)
    decision = community_url("communities_decision", tenant.community)
    response = client.post(decision, {"decision": "new_cycle"}, follow=True)
    assert "recorded at the Transformation stage" in response.content.decode()
    client.post(community_url("communities_stage", tenant.community), {"stage": "transformation"})
    response = client.post(decision, {"decision": "new_cycle", "note": "Changer de formule"})
    assert response["Location"] == community_url("communities_clone", tenant.community)
    response = client.post(
        community_url("communities_clone", tenant.community),
        {"name": "Deuxième cycle", "format": "thematic"},
    )
    with scopes_disabled():
        clone = Community.objects.get(name="Deuxième cycle")
    assert response["Location"] == community_url("communities_setup", clone, step=1)
    assert clone.is_draft and clone.format == "thematic" and clone.previous_cycle_id
    lifecycle = client.get(community_url("communities_lifecycle", tenant.community))
    assert "Start a new cycle with a different format" in lifecycle.content.decode()


def test_closing_decision_archives_the_community(tenant) -> None:  # type: ignore[no-untyped-def]
    client = client_for(tenant.coordinator)
    client.post(community_url("communities_stage", tenant.community), {"stage": "transformation"})
    client.post(community_url("communities_decision", tenant.community), {"decision": "close"})
    tenant.community.refresh_from_db()
    assert tenant.community.is_archived
    # An archived community takes no new members.
    assert (
        client_for(tenant.staff_facilitator)
        .post(community_url("communities_join", tenant.community))
        .status_code
        == 403
    )


def test_objectives_are_added_and_reviewed_by_facilitators(tenant) -> None:  # type: ignore[no-untyped-def]
    url = community_url("communities_objectives", tenant.community)
    assert (
        client_for(tenant.member).post(url, {"kind": "networking", "text": "x"}).status_code == 403
    )
    client = client_for(tenant.facilitator)
    client.post(url, {"kind": "networking", "text": "Briser l'isolement"})
    with scopes_disabled():
        objective = tenant.community.objectives.get()
    client.post(
        community_url("communities_objective_review", tenant.community, objective_id=objective.pk),
        {"status": "partly_attained", "note": "À mi-parcours"},
    )
    page = client_for(tenant.member).get(url).content.decode()
    assert "Partly attained" in page and "À mi-parcours" in page


def test_meeting_size_advice_for_the_meetings_app() -> None:
    from communities.guidance import meeting_size_message

    assert "below 6" in meeting_size_message(4) or "sous 6" in meeting_size_message(4)
    assert meeting_size_message(12) == ""
    assert "20" in meeting_size_message(25)


def test_size_advice_appears_where_places_are_decided(tenant) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        Community.objects.filter(pk=tenant.community.pk).update(format="codevelopment")
    page = client_for(tenant.facilitator).get(
        community_url("communities_setup", tenant.community, step=2)
    )
    assert "With 2 members" in page.content.decode()
