"""Pages: search and filters, the tool page, moderation, adaptation, downloads, isolation and
query budgets."""

from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from tests.factories import CommunityFactory, UserFactory, add_member
from tests.toolbox.conftest import MINIMAL_PDF, make_tool, pdf_upload
from toolbox.models import LibraryTool, Tool, ToolDownloadDay, ToolFile, ToolStatus
from toolbox.services import add_tool_file, make_download_link


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def list_url(tenant: Any, **params: str) -> str:
    url = reverse("toolbox_list", kwargs={"org_slug": tenant.organization.slug})
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return url


def tool_url(tenant: Any, tool: Any, name: str = "toolbox_tool_detail", **extra: Any) -> str:
    return reverse(name, kwargs={"org_slug": tenant.organization.slug, "tool_id": tool.pk, **extra})


def test_a_member_finds_the_values_sheet_in_french_without_accents(
    tenant: Any, library: int
) -> None:
    response = client_for(tenant.member).get(list_url(tenant, q="valeurs"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nos valeurs communes et notre cadre de fonctionnement" in page
    assert "Météo d" not in page  # the mood check does not talk about values
    accented = client_for(tenant.member).get(list_url(tenant, q="météo")).content.decode()
    unaccented = client_for(tenant.member).get(list_url(tenant, q="METEO")).content.decode()
    assert "Météo d" in accented and "Météo d" in unaccented
    assert accented.count("<article") == unaccented.count("<article")


def test_search_matches_plural_and_singular_forms(tenant: Any, library: int) -> None:
    singular = client_for(tenant.member).get(list_url(tenant, q="valeur")).content.decode()
    plural = client_for(tenant.member).get(list_url(tenant, q="valeurs")).content.decode()
    assert singular.count("<article") == plural.count("<article") > 0


def test_filters_narrow_the_list(tenant: Any, library: int) -> None:
    make_tool(
        tenant,
        title="Tableau de bord de la communauté",
        category="template",
        duration_minutes=90,
        language="en",
    )
    client = client_for(tenant.member)
    codev = client.get(list_url(tenant, format="codevelopment")).content.decode()
    assert "codéveloppement" in codev
    short = client.get(list_url(tenant, duration="short", category="facilitation_sheet"))
    assert "Météo d" in short.content.decode()
    only_ours = client.get(list_url(tenant, level="community")).content.decode()
    assert "Tableau de bord" in only_ours and "Météo d" not in only_ours
    english = client.get(list_url(tenant, language="en", level="community")).content.decode()
    assert "Tableau de bord" in english
    french = client.get(list_url(tenant, language="fr", level="community")).content.decode()
    assert "Tableau de bord" not in french
    big_groups = client.get(list_url(tenant, group_size="200")).content.decode()
    assert "Météo d" not in big_groups and "Organiser une communauté de pratique" in big_groups


def test_the_htmx_request_gets_only_the_results(tenant: Any, library: int) -> None:
    response = client_for(tenant.member).get(list_url(tenant, q="humeur"), HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="results"')
    assert "<html" not in body


def test_community_tools_stay_inside_their_community(
    tenant: Any, other_tenant: Any, library: int
) -> None:
    secret = make_tool(tenant, title="Modèles de politiques internes")
    with scopes_disabled():
        add_tool_file(actor=tenant.facilitator, tool=secret, upload=pdf_upload())
        file_id = ToolFile.objects.get(tool=secret).pk
    neighbour_community = CommunityFactory(organization=tenant.organization, slug="voisine")
    neighbour = UserFactory(email="voisin@example.org")
    add_member(neighbour_community, neighbour)
    for person in (neighbour, tenant.staff_facilitator, other_tenant.coordinator):
        client = client_for(person)
        assert "Modèles de politiques" not in client.get(list_url(tenant)).content.decode()
        assert client.get(tool_url(tenant, secret)).status_code == 404
        assert client.get(tool_url(tenant, secret, "toolbox_tool_download")).status_code == 404
        assert (
            client.get(
                tool_url(tenant, secret, "toolbox_file_download", file_id=file_id)
            ).status_code
            == 404
        )
    member = client_for(tenant.member)
    assert "Modèles de politiques" in member.get(list_url(tenant)).content.decode()
    assert client_for(tenant.coordinator).get(tool_url(tenant, secret)).status_code == 200


def test_a_file_of_another_tool_is_not_served_through_this_one(tenant: Any) -> None:
    first = make_tool(tenant, title="Un")
    second = make_tool(tenant, title="Deux")
    with scopes_disabled():
        other_file = add_tool_file(actor=tenant.facilitator, tool=second, upload=pdf_upload())
    url = tool_url(tenant, first, "toolbox_file_download", file_id=other_file.pk)
    assert client_for(tenant.member).get(url).status_code == 404


def test_download_is_an_attachment_that_cannot_be_sniffed_and_is_counted(
    tenant: Any, media_root: Path
) -> None:
    tool = make_tool(tenant)
    with scopes_disabled():
        add_tool_file(actor=tenant.facilitator, tool=tool, upload=pdf_upload("Fiche valeurs.pdf"))
    response = client_for(tenant.member).get(tool_url(tenant, tool, "toolbox_tool_download"))
    assert response.status_code == 200
    assert response.content == MINIMAL_PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Fiche_valeurs.pdf" in response["Content-Disposition"]
    with scopes_disabled():
        assert Tool.objects.get(pk=tool.pk).download_count == 1
        assert ToolDownloadDay.objects.get(tool=tool).count == 1


def test_a_library_sheet_downloads_as_a_pdf_in_the_reader_language(
    tenant: Any, library: int
) -> None:
    url = reverse(
        "toolbox_library_download",
        kwargs={"org_slug": tenant.organization.slug, "tool_slug": "closing-3a"},
    )
    response = client_for(tenant.member).get(url)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == 'attachment; filename="closing-3a-fr.pdf"'
    sheet = LibraryTool.objects.get(slug="closing-3a")
    with scopes_disabled():
        assert ToolDownloadDay.objects.get(library_tool=sheet).count == 1


def test_a_sheet_opens_by_its_own_slug_only(tenant: Any, library: int) -> None:
    def page(slug: str) -> Any:
        kwargs = {"org_slug": tenant.organization.slug, "tool_slug": slug}
        return client_for(tenant.member).get(reverse("toolbox_library_detail", kwargs=kwargs))

    response = page("setting-the-table")
    assert response.status_code == 200
    assert "table" in response.content.decode()
    assert page("mettre-la-table").status_code == 404  # former slugs were migrated, not aliased


def test_the_signed_link_downloads_in_one_click_while_access_lasts(
    tenant: Any, media_root: Path
) -> None:
    tool = make_tool(tenant)
    with scopes_disabled():
        add_tool_file(actor=tenant.facilitator, tool=tool, upload=pdf_upload())
    link = make_download_link(organization=tenant.organization, user=tenant.member, tool=tool)
    path = link.removeprefix("http://127.0.0.1:8000")
    response = Client().get(path)
    assert response.status_code == 200 and response.content == MINIMAL_PDF
    assert Client().get(path[:-3] + "xx/").status_code == 400
    with scopes_disabled():
        tenant.member.community_memberships.update(status="left")
    assert Client().get(path).status_code == 404


def test_a_member_proposes_and_a_facilitator_approves(tenant: Any) -> None:
    member = client_for(tenant.member)
    url = reverse(
        "toolbox_community_create",
        kwargs={"org_slug": tenant.organization.slug, "community_slug": tenant.community.slug},
    )
    response = member.post(
        url,
        {
            "title": "Carte des partenaires",
            "category": "template",
            "purpose": "Repérer les alliances possibles.",
            "language": "fr",
            "licence": "CC BY 4.0",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        tool = Tool.objects.get(title="Carte des partenaires")
    assert tool.status == ToolStatus.PENDING
    neighbour = UserFactory(email="autre.membre@example.org")
    add_member(tenant.community, neighbour)
    assert client_for(neighbour).get(tool_url(tenant, tool)).status_code == 403
    assert (
        "Carte des partenaires" not in client_for(neighbour).get(list_url(tenant)).content.decode()
    )
    assert member.post(tool_url(tenant, tool, "toolbox_tool_approve")).status_code == 403
    facilitator = client_for(tenant.facilitator)
    assert facilitator.post(tool_url(tenant, tool, "toolbox_tool_approve")).status_code == 302
    with scopes_disabled():
        assert Tool.objects.get(pk=tool.pk).status == ToolStatus.PUBLISHED
    assert "Carte des partenaires" in client_for(neighbour).get(list_url(tenant)).content.decode()


def test_an_invalid_tool_form_keeps_what_was_typed(tenant: Any) -> None:
    url = reverse("toolbox_create", kwargs={"org_slug": tenant.organization.slug})
    response = client_for(tenant.coordinator).post(
        url,
        {
            "title": "Sans but",
            "purpose": "",
            "category": "template",
            "language": "fr",
            "licence": "CC BY 4.0",
            "group_size_min": "8",
            "group_size_max": "3",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="Sans but"' in body
    assert "The largest group cannot be smaller" in body or "ne peut pas" in body


def test_adapting_shows_the_link_on_both_pages(tenant: Any, library: int) -> None:
    url = reverse(
        "toolbox_library_adapt",
        kwargs={"org_slug": tenant.organization.slug, "tool_slug": "tour-de-table"},
    )
    response = client_for(tenant.facilitator).post(url, {"community": tenant.community.pk})
    assert response.status_code == 302
    with scopes_disabled():
        copy = Tool.objects.get(source_library_tool__slug="tour-de-table")
    copy_page = client_for(tenant.member).get(tool_url(tenant, copy)).content.decode()
    assert "Adapted from the library sheet" in copy_page or "Adapté de la fiche" in copy_page
    sheet_page = (
        client_for(tenant.member)
        .get(
            reverse(
                "toolbox_library_detail",
                kwargs={"org_slug": tenant.organization.slug, "tool_slug": "tour-de-table"},
            )
        )
        .content.decode()
    )
    assert tool_url(tenant, copy) in sheet_page


def test_a_new_version_is_uploaded_from_the_tool_page(tenant: Any, media_root: Path) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    tool = make_tool(tenant)
    client = client_for(tenant.facilitator)
    url = tool_url(tenant, tool, "toolbox_file_upload")
    assert client.post(url, {"file": SimpleUploadedFile("v1.pdf", MINIMAL_PDF)}).status_code == 302
    bad = client.post(url, {"file": SimpleUploadedFile("v2.pdf", b"<html></html>")})
    assert bad.status_code == 400
    assert client.post(url, {"file": SimpleUploadedFile("v2.pdf", MINIMAL_PDF)}).status_code == 302
    page = client.get(tool_url(tenant, tool)).content.decode()
    assert "v1.pdf" in page and "v2.pdf" in page


def _bulk_tools(tenant: Any, count: int) -> None:
    with scopes_disabled():
        Tool.objects.bulk_create(
            Tool(
                organization=tenant.organization,
                community=tenant.community if index % 2 else None,
                title=f"Outil {index:05d}",
                purpose="Un outil parmi d'autres.",
                search_text=f"outil {index} valeurs",
                status=ToolStatus.PUBLISHED,
                created_by=tenant.facilitator,
            )
            for index in range(count)
        )


def _queries(client: Client, url: str) -> int:
    cache.clear()  # the worst case: nothing cached (cdp.fragments)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("view", ["list", "search", "tool", "library", "community"])
def test_query_budget_is_the_same_with_20_and_2000_tools(
    view: str, tenant: Any, library: int
) -> None:
    subject = make_tool(tenant, title="Sujet")
    with scopes_disabled():
        add_tool_file(actor=tenant.facilitator, tool=subject, upload=pdf_upload())
    urls = {
        "list": list_url(tenant),
        "search": list_url(tenant, q="valeurs", category="template"),
        "tool": tool_url(tenant, subject),
        "library": reverse(
            "toolbox_library_detail",
            kwargs={"org_slug": tenant.organization.slug, "tool_slug": "mood-check"},
        ),
        "community": reverse(
            "toolbox_community",
            kwargs={"org_slug": tenant.organization.slug, "community_slug": tenant.community.slug},
        ),
    }
    client = client_for(tenant.member)
    _bulk_tools(tenant, 20)
    small = _queries(client, urls[view])
    _bulk_tools(tenant, 1980)
    large = _queries(client, urls[view])
    assert small == large <= 12


def test_the_sheet_page_lists_the_meetings_whose_agenda_used_it(
    tenant: Any, other_tenant: Any, library: int
) -> None:
    from datetime import timedelta

    from django.apps import apps
    from django.utils import timezone

    try:
        meeting_model = apps.get_model("meetings", "Meeting")
        block_model = apps.get_model("meetings", "AgendaBlock")
    except LookupError:
        pytest.skip("the meetings app has no agenda blocks yet")
    with scopes_disabled():
        for owner, title in ((tenant, "Rencontre de mars"), (other_tenant, "Rencontre voisine")):
            meeting = meeting_model.objects.create(
                organization=owner.organization,
                community=owner.community,
                title=title,
                starts_at=timezone.now() - timedelta(days=3),
            )
            block_model.objects.create(
                organization=owner.organization,
                meeting=meeting,
                title="Mettre la table",
                minutes=10,
                tool_slug="setting-the-table",
            )
    url = reverse(
        "toolbox_library_detail",
        kwargs={"org_slug": tenant.organization.slug, "tool_slug": "setting-the-table"},
    )
    page = client_for(tenant.member).get(url).content.decode()
    assert "Rencontre de mars" in page
    assert "Rencontre voisine" not in page


def test_the_community_home_shows_its_recent_tools_to_members(tenant: Any) -> None:
    make_tool(tenant, title="Gabarit de compte rendu maison")
    url = reverse(
        "community_home",
        kwargs={"org_slug": tenant.organization.slug, "community_slug": tenant.community.slug},
    )
    assert "Gabarit de compte rendu maison" in client_for(tenant.member).get(url).content.decode()
    staff = client_for(tenant.staff_facilitator).get(url)
    assert "Gabarit de compte rendu maison" not in staff.content.decode()


def test_the_charter_gate_hides_community_tools_until_the_member_signs(
    tenant: Any, django_capture_on_commit_callbacks: Any
) -> None:
    charters = pytest.importorskip("charters.services")
    from django_scopes import scope

    from charters import text

    secret = make_tool(tenant, title="Notes confidentielles du cercle")
    with scope(organization=tenant.organization):
        charter = charters.create_charter(
            actor=tenant.facilitator, community=tenant.community, kind=next(iter(text.TEMPLATES))
        )
        charters.publish_version(
            actor=tenant.facilitator, version=charter.versions.get(), is_material=True
        )
        charters.update_settings(
            actor=tenant.facilitator, charter=charter, requires_signature=True, renewal_months=None
        )
    member = client_for(tenant.member)
    assert "Notes confidentielles" not in member.get(list_url(tenant)).content.decode()
    assert member.get(tool_url(tenant, secret)).status_code == 403
    facilitator = client_for(tenant.facilitator)
    assert "Notes confidentielles" in facilitator.get(list_url(tenant)).content.decode()
    assert facilitator.get(tool_url(tenant, secret)).status_code == 200


def test_the_signed_link_of_a_library_sheet_downloads_its_pdf(
    tenant: Any, other_tenant: Any, library: int
) -> None:
    sheet = LibraryTool.objects.get(slug="mood-check")
    link = make_download_link(
        organization=tenant.organization, user=tenant.member, library_tool=sheet
    )
    response = Client().get(link.removeprefix("http://127.0.0.1:8000"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    other = make_download_link(
        organization=tenant.organization, user=tenant.member, library_tool=sheet
    )
    forged_org = other.replace(
        f"/{tenant.organization.slug}/", f"/{other_tenant.organization.slug}/"
    )
    assert Client().get(forged_org.removeprefix("http://127.0.0.1:8000")).status_code == 404


def test_a_facilitator_removes_an_old_version_but_a_member_cannot(
    tenant: Any, media_root: Path, django_capture_on_commit_callbacks: Any
) -> None:
    from tests.toolbox.conftest import stored_files

    tool = make_tool(tenant)
    with scopes_disabled():
        old = add_tool_file(actor=tenant.facilitator, tool=tool, upload=pdf_upload("v1.pdf"))
        add_tool_file(actor=tenant.facilitator, tool=tool, upload=pdf_upload("v2.pdf"))
    url = tool_url(tenant, tool, "toolbox_file_delete", file_id=old.pk)
    assert client_for(tenant.member).post(url).status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        assert client_for(tenant.facilitator).post(url).status_code == 302
    with scopes_disabled():
        assert list(ToolFile.objects.filter(tool=tool).values_list("filename", flat=True)) == [
            "v2.pdf"
        ]
    assert [path.name for path in stored_files(media_root)] == ["v2.pdf"]


def test_the_adapt_form_offers_to_share_a_community_tool_back(tenant: Any) -> None:
    original = make_tool(tenant, title="Grille maison")
    url = tool_url(tenant, original, "toolbox_tool_adapt")
    page = client_for(tenant.member).get(url).content.decode()
    assert 'value="0"' in page
    response = client_for(tenant.member).post(url, {"community": "0"})
    assert response.status_code == 302
    with scopes_disabled():
        copy = Tool.objects.get(source_tool=original)
    assert copy.community is None and copy.status == ToolStatus.PENDING
    staff_pending = client_for(tenant.staff_facilitator).get(
        reverse("toolbox_pending", kwargs={"org_slug": tenant.organization.slug})
    )
    assert "Grille maison" in staff_pending.content.decode()


def test_a_cached_tool_card_follows_an_edit(tenant: Any, library: int) -> None:
    tool = make_tool(tenant, title="Carte d'origine")
    client = client_for(tenant.member)
    client.get(list_url(tenant))
    assert "Carte d&#x27;origine" in client.get(list_url(tenant)).content.decode()
    with scopes_disabled():
        tool.title = "Carte modifiée"
        tool.save()
    page = client.get(list_url(tenant)).content.decode()
    assert "Carte modifiée" in page and "Carte d&#x27;origine" not in page
    make_tool(tenant, title="Toute nouvelle carte")  # the cached page of keys is dropped too
    assert "Toute nouvelle carte" in client.get(list_url(tenant)).content.decode()
