"""Pages: a facilitator builds and publishes, a member signs from the web or the email link."""

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from charters import services
from charters.models import Charter, Signature
from tests.charters.helpers import fresh, publish_new_version, published_charter, sign
from tests.factories import UserFactory, add_member


def _url(name: str, tenant, **kwargs) -> str:
    return reverse(
        name,
        kwargs={
            "org_slug": tenant.organization.slug,
            "community_slug": tenant.community.slug,
            **kwargs,
        },
    )


def _client(user) -> Client:
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 Test", REMOTE_ADDR="198.51.100.4")
    client.force_login(user)
    return client


def test_a_facilitator_creates_edits_previews_and_publishes(tenant) -> None:
    client = _client(tenant.facilitator)
    response = client.post(
        _url("charters_create", tenant), {"kind": "confidentiality", "language": "fr"}
    )
    assert response.status_code == 302
    with scopes_disabled():
        charter = Charter.objects.get(community=tenant.community, kind="confidentiality")
    draft_url = _url("charters_draft", tenant, charter_id=charter.pk)
    page = client.get(draft_url)
    assert "Confidentialité des échanges" in page.content.decode()
    data = {f: page.context["form"].initial[f] for f in ("title_fr", "title_en", "body_en")}
    data["body_fr"] = page.context["form"].initial["body_fr"] + "\n\n## Ajout local\n\nNotre règle."
    assert client.post(draft_url, data).status_code == 302
    draft = page.context["draft"]
    preview = client.get(
        _url("charters_version", tenant, charter_id=charter.pk, charter_version_id=draft.pk)
    )
    assert "Notre règle." in preview.content.decode()
    response = client.post(_url("charters_publish", tenant, charter_id=charter.pk), {})
    assert response.status_code == 302
    detail = client.get(_url("charters_detail", tenant, charter_id=charter.pk))
    assert detail.context["version"].fingerprint in detail.content.decode()


def test_creating_a_second_charter_of_the_same_kind_is_a_clear_400(tenant) -> None:
    published_charter(tenant)
    response = _client(tenant.facilitator).post(
        _url("charters_create", tenant), {"kind": "engagement", "language": "fr"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["kind"]


def test_a_member_signs_in_two_clicks_from_the_web(tenant) -> None:
    charter = published_charter(tenant)
    client = _client(tenant.member)
    page = client.get(_url("charters_detail", tenant, charter_id=charter.pk))
    assert page.context["sign_form"].initial["signer_name"] == tenant.member.get_full_name()
    response = client.post(
        _url("charters_sign", tenant, charter_id=charter.pk),
        {"signer_name": tenant.member.get_full_name(), "consent": "on"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        signature = Signature.objects.get(user=tenant.member)
    assert signature.ip_address == "198.51.100.4" and signature.user_agent == "Mozilla/5.0 Test"
    assert signature.method == "web"


def test_signing_without_the_consent_box_is_refused_with_a_message(tenant) -> None:
    charter = published_charter(tenant)
    response = _client(tenant.member).post(
        _url("charters_sign", tenant, charter_id=charter.pk), {"signer_name": "Alex Tremblay"}
    )
    assert response.status_code == 400
    assert response.context["sign_form"].errors["consent"]
    assert 'value="Alex Tremblay"' in response.content.decode()
    with scopes_disabled():
        assert not Signature.objects.exists()


def test_the_email_link_shows_the_charter_and_signs_without_a_session(tenant) -> None:
    charter = published_charter(tenant)
    url = _url(
        "charters_sign_link", tenant, sign_token=services.make_sign_token(charter, tenant.member)
    )
    client = Client(HTTP_USER_AGENT="MailApp/2", REMOTE_ADDR="192.0.2.9")
    page = client.get(url)
    assert page.status_code == 200 and "Charte d&#x27;engagement" in page.content.decode()
    response = client.post(url, {"signer_name": "Alex Tremblay", "consent": "on"})
    assert response.status_code == 302
    with scopes_disabled():
        signature = Signature.objects.get(user=tenant.member)
    assert signature.method == "email_link" and signature.ip_address == "192.0.2.9"
    assert client.get(url).context["my_status"] == "signed"


def test_a_forged_or_foreign_link_is_refused(tenant, other_tenant) -> None:
    charter = published_charter(tenant)
    bad = _url("charters_sign_link", tenant, sign_token="forged")
    assert Client().get(bad).status_code == 400
    token = services.make_sign_token(charter, tenant.member)
    other_url = reverse(
        "charters_sign_link",
        kwargs={
            "org_slug": other_tenant.organization.slug,
            "community_slug": other_tenant.community.slug,
            "sign_token": token,
        },
    )
    assert Client().get(other_url).status_code == 404
    url = _url("charters_sign_link", tenant, sign_token=token)
    assert (
        _client(tenant.facilitator).post(url, {"signer_name": "X Y", "consent": "on"}).status_code
        == 403
    )


def test_members_comment_on_a_draft_opened_for_comments(tenant) -> None:
    charter = published_charter(tenant)
    with scope(organization=tenant.organization):
        draft = services.start_new_draft(actor=tenant.facilitator, charter=fresh(tenant, charter))
    url = _url("charters_version", tenant, charter_id=charter.pk, charter_version_id=draft.pk)
    member = _client(tenant.member)
    assert member.get(url).status_code == 403
    with scope(organization=tenant.organization):
        services.update_draft(
            actor=tenant.facilitator,
            version=draft,
            title_fr=draft.title_fr,
            title_en=draft.title_en,
            body_fr=draft.body_fr,
            body_en=draft.body_en,
            is_open_for_comments=True,
        )
    assert member.post(url, {"body": "Ajoutons la ponctualité."}).status_code == 302
    page = _client(tenant.facilitator).get(_url("charters_draft", tenant, charter_id=charter.pk))
    assert "Ajoutons la ponctualité." in page.content.decode()


def test_the_signed_pdf_is_for_the_signer_and_the_facilitators(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    url = _url("charters_signature_pdf", tenant, charter_signature_id=signature.pk)
    response = _client(tenant.member).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert _client(tenant.facilitator).get(url).status_code == 200
    peer = UserFactory()
    add_member(tenant.community, peer)
    assert _client(peer).get(url).status_code == 403


def test_the_status_page_shows_who_is_blocked(tenant) -> None:
    charter = published_charter(tenant, requires_signature=True)
    response = _client(tenant.facilitator).get(
        _url("charters_status", tenant, charter_id=charter.pk)
    )
    blocked = [row.user.pk for row in response.context["blocked"]]
    assert blocked == [tenant.member.pk]
    assert response.context["counts"]["not_yet"] == 2


def test_the_csv_export_is_an_attachment(tenant) -> None:
    charter = published_charter(tenant)
    sign(tenant, charter, tenant.member, name="Alex Tremblay")
    response = _client(tenant.coordinator).get(
        _url("charters_export_csv", tenant, charter_id=charter.pk)
    )
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Alex Tremblay" in response.content.decode()


def _add_members(tenant, charter: Charter, count: int) -> None:
    for index in range(count):
        user = UserFactory()
        add_member(tenant.community, user)
        if index % 2:
            sign(tenant, charter, user, name=f"Personne {index}")


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("charters_status", "facilitator"),
        ("charters_detail", "member"),
        ("charters_index", "member"),
        ("community_home", "member"),
    ],
)
def test_pages_keep_the_same_query_count_with_small_and_large_data(tenant, name, role) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    charter = published_charter(tenant, requires_signature=True)
    kwargs = {} if name in ("charters_index", "community_home") else {"charter_id": charter.pk}
    client = _client(getattr(tenant, role))
    url = _url(name, tenant, **kwargs)
    counts = []
    for extra in (1, 40):
        _add_members(tenant, charter, extra)
        publish_new_version(tenant, charter, material=False, body_suffix=f"Ajout {extra}.")
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    print(f"{name}: {counts}")
    assert counts[0] == counts[1]
    if name != "community_home":  # the home page budget belongs to the communities app
        assert counts[0] <= 12


def test_the_community_home_shows_the_charter_panel(tenant) -> None:
    published_charter(tenant)
    page = _client(tenant.member).get(_url("community_home", tenant)).content.decode()
    assert "Charte d&#x27;engagement" in page
    assert "Pas encore signée" in page


def test_behind_a_trusted_proxy_the_signature_records_the_address_the_proxy_saw(
    tenant, settings
) -> None:
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    charter = published_charter(tenant)
    client = _client(tenant.member)
    client.post(
        _url("charters_sign", tenant, charter_id=charter.pk),
        {"signer_name": tenant.member.get_full_name(), "consent": "on"},
        # A client may send any X-Forwarded-For; only the entry our proxy appended counts.
        HTTP_X_FORWARDED_FOR="10.9.9.9, 192.0.2.44",
    )
    with scopes_disabled():
        assert Signature.objects.get(user=tenant.member).ip_address == "192.0.2.44"
