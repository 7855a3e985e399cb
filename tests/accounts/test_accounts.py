import re

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from accounts import services
from accounts.models import OrganizationInvitation, OrganizationMembership, OrgRole, User
from cdp.models import AuditEntry
from communities.models import Community
from tests.factories import CommunityFactory, add_member


def _invitation_path() -> str:
    body = mail.outbox[-1].body
    return re.search(r"https?://[^/\s]+(/invitations/[^\s]+)", body).group(1)


def test_a_coordinator_invites_a_new_person_who_signs_up_and_joins(
    client, tenant, django_capture_on_commit_callbacks
) -> None:
    client.force_login(tenant.coordinator)
    url = f"/{tenant.organization.slug}/people/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "Nouvelle@Example.org", "role": "staff_facilitator"})
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["nouvelle@example.org"]
    path = _invitation_path()
    client.logout()

    assert client.get(path).status_code == 200
    response = client.post(
        "/accounts/signup/",
        {
            "email": "nouvelle@example.org",
            "password1": "Un-mot-de-passe-42",
            "password2": "Un-mot-de-passe-42",
        },
    )
    # The invitation proved the address: the new account is signed in without a second email.
    assert response.status_code == 302
    response = client.post(path)
    assert response.status_code == 302
    with scopes_disabled():
        membership = OrganizationMembership.objects.get(user__email="nouvelle@example.org")
        invitation = OrganizationInvitation.objects.get(email="nouvelle@example.org")
    assert membership.role == OrgRole.STAFF_FACILITATOR
    assert invitation.status == "accepted"
    assert client.post(path).status_code == 400  # used once


def test_an_existing_person_accepts_an_invitation(
    client, tenant, other_tenant, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_to_organization(
            actor=tenant.coordinator,
            organization=tenant.organization,
            email=other_tenant.member.email,
        )
    path = _invitation_path()
    client.force_login(other_tenant.member)
    assert client.post(path).status_code == 302
    assert client.get(f"/{tenant.organization.slug}/").status_code == 200


def test_a_forged_invitation_link_is_refused_clearly(client) -> None:
    response = client.get("/invitations/forged:token/")
    assert response.status_code == 400
    assert response.context["error"]


def test_only_coordinators_manage_people(client, tenant) -> None:
    for person in (tenant.member, tenant.facilitator, tenant.staff_facilitator):
        client.force_login(person)
        assert client.get(f"/{tenant.organization.slug}/people/").status_code == 403
        assert (
            client.post(
                f"/{tenant.organization.slug}/people/", {"email": "x@example.org"}
            ).status_code
            == 403
        )


def test_giving_and_taking_back_a_role_is_audited(client, tenant) -> None:
    client.force_login(tenant.coordinator)
    with scopes_disabled():
        membership = OrganizationMembership.objects.get(user=tenant.member)
    url = f"/{tenant.organization.slug}/people/{membership.pk}/role/"
    client.post(url, {"role": "coordinator"})
    client.post(url, {"role": "member"})
    with scopes_disabled():
        membership.refresh_from_db()
        actions = list(AuditEntry.objects.values_list("action", "details"))
    assert membership.role == "member"
    assert ("org_role.changed", {"from": "member", "to": "coordinator"}) in actions
    assert ("org_role.changed", {"from": "coordinator", "to": "member"}) in actions


def test_the_last_coordinator_cannot_be_demoted(client, tenant) -> None:
    client.force_login(tenant.coordinator)
    with scopes_disabled():
        membership = OrganizationMembership.objects.get(user=tenant.coordinator)
    client.post(f"/{tenant.organization.slug}/people/{membership.pk}/role/", {"role": "member"})
    membership.refresh_from_db()
    assert membership.role == "coordinator"


def test_a_role_change_on_another_organisations_membership_is_404(
    client, tenant, other_tenant
) -> None:
    client.force_login(tenant.coordinator)
    with scopes_disabled():
        foreign = OrganizationMembership.objects.get(user=other_tenant.member)
    response = client.post(
        f"/{tenant.organization.slug}/people/{foreign.pk}/role/", {"role": "coordinator"}
    )
    assert response.status_code == 404


def test_profile_edit_and_bad_input(client, member) -> None:
    client.force_login(member)
    response = client.post(
        "/profile/",
        {
            "first_name": "Léa",
            "last_name": "Tremblay",
            "pronouns": "iel",
            "language": "en",
            "job_title": "Coordonnatrice",
            "home_organization": "Maison",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.pronouns, member.language) == ("Léa", "iel", "en")
    response = client.post("/profile/", {"first_name": "X", "language": "klingon"})
    assert response.status_code == 400
    member.refresh_from_db()
    assert member.first_name == "Léa"


def test_the_language_switch_is_remembered_on_the_profile(client, member) -> None:
    client.force_login(member)
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode().count('lang="fr-CA"') == 1
    client.post("/language/", {"language": "en", "next": "/"})
    member.refresh_from_db()
    assert member.language == "en"
    assert '<html lang="en">' in client.get("/").content.decode()
    response = client.post("/language/", {"language": "en", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_anonymous_visitors_can_choose_their_language(client) -> None:
    response = client.post("/language/", {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302
    assert '<html lang="en">' in client.get("/accounts/login/").content.decode()


def test_the_home_page_lists_organisations_and_communities_across_tenants(
    client, tenant, other_tenant
) -> None:
    add_member(other_tenant.community, tenant.member)
    client.force_login(tenant.member)
    page = client.get("/").content.decode()
    assert tenant.organization.name in page
    assert other_tenant.organization.name in page
    assert tenant.community.name in page and other_tenant.community.name in page


def test_unlisted_communities_are_hidden_from_non_members(client, tenant) -> None:
    hidden = CommunityFactory(
        organization=tenant.organization, visibility="unlisted", name="Secrète"
    )
    client.force_login(tenant.member)
    assert "Secrète" not in client.get(f"/{tenant.organization.slug}/").content.decode()
    assert client.get(f"/{tenant.organization.slug}/c/{hidden.slug}/").status_code == 404
    client.force_login(tenant.coordinator)
    assert "Secrète" in client.get(f"/{tenant.organization.slug}/").content.decode()


def _many_communities(tenant, count: int) -> None:
    with scopes_disabled():
        Community.objects.bulk_create(
            Community(organization=tenant.organization, name=f"C {i}", slug=f"c-{i}")
            for i in range(count)
        )
        for community in Community.objects.filter(slug__in=[f"c-{i}" for i in range(0, count, 10)]):
            add_member(community, tenant.member)


@pytest.mark.parametrize("count", [2, 200])
def test_home_and_organisation_pages_keep_their_query_budget(
    client, tenant, count, django_assert_max_num_queries
) -> None:
    _many_communities(tenant, count)
    client.force_login(tenant.member)
    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(f"/{tenant.organization.slug}/").status_code == 200


def test_query_counts_do_not_grow_with_the_number_of_communities(client, tenant) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(tenant.member)
    counts = []
    for batch in (2, 198):
        _many_communities(tenant, batch) if not counts else _more(tenant, batch)
        with CaptureQueriesContext(connection) as ctx:
            client.get(f"/{tenant.organization.slug}/")
            client.get("/")
        counts.append(len(ctx))
    assert counts[0] == counts[1]


def _more(tenant, count: int) -> None:
    with scopes_disabled():
        Community.objects.bulk_create(
            Community(organization=tenant.organization, name=f"D {i}", slug=f"d-{i}")
            for i in range(count)
        )


def test_users_log_in_with_their_email_and_have_no_username() -> None:
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(User, "username") or User.username is None


def test_the_organisation_home_pages_its_communities_with_the_members_own_first(
    client, tenant
) -> None:
    with scopes_disabled():
        Community.objects.bulk_create(
            Community(organization=tenant.organization, name=f"A {i:02}", slug=f"a-{i}")
            for i in range(30)
        )
        last = Community.objects.get(slug="a-29")
    add_member(last, tenant.member)
    client.force_login(tenant.member)
    url = f"/{tenant.organization.slug}/"
    first = client.get(url).content.decode()
    # "A 29" sorts last by name but comes first because the member takes part in it.
    assert first.index("A 29") < first.index("A 00")
    assert "A 25" not in first  # 24 per page
    assert "?page=2" in first
    second = client.get(url, {"page": 2}).content.decode()
    assert "A 25" in second and "A 29" not in second
    assert client.get(url, {"page": "zzz"}).status_code == 200
