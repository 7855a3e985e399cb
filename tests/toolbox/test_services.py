"""Services: the library seed, publishing vs proposing, moderation, adaptation, versions,
download counting and the figures handed to the evaluations."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from tests.factories import UserFactory, add_member
from tests.toolbox.conftest import MINIMAL_PDF, make_tool, pdf_upload, stored_files
from toolbox import content
from toolbox.models import Contributor, LibraryTool, Reference, Tool, ToolFile, ToolStatus
from toolbox.selectors import downloads_per_tool, tools_shared_by_contributor
from toolbox.services import (
    ToolData,
    adapt_tool,
    add_shared_tool,
    add_tool_file,
    approve_tool,
    create_tool,
    make_download_link,
    read_download_token,
    record_download,
    reject_tool,
    seed_library,
)


def test_seed_library_creates_every_sheet_and_reference_once(db: None) -> None:
    seed_library()
    LibraryTool.objects.filter(slug="mood-check").update(title_fr="Ancien titre")
    seed_library()
    assert LibraryTool.objects.count() == len(content.SHEETS) >= 15
    assert Reference.objects.count() == len(content.REFERENCES)
    assert LibraryTool.objects.get(slug="mood-check").title_fr != "Ancien titre"
    sheet = LibraryTool.objects.get(slug="shared-values-and-framework")
    assert "valeurs" in sheet.search_text


def test_a_facilitator_publishes_and_a_member_proposes(tenant: Any) -> None:
    published = make_tool(tenant, actor=tenant.facilitator)
    proposed = make_tool(tenant, actor=tenant.member, title="Ma grille")
    assert published.status == ToolStatus.PUBLISHED
    assert published.contributed_as == Contributor.FACILITATOR
    assert proposed.status == ToolStatus.PENDING
    assert proposed.contributed_as == Contributor.MEMBER
    assert proposed.published_at is None


def test_a_member_cannot_approve_but_a_facilitator_can(tenant: Any) -> None:
    proposed = make_tool(tenant, actor=tenant.member)
    with scopes_disabled():
        with pytest.raises(PermissionDenied):
            approve_tool(actor=tenant.member, tool=proposed)
        approve_tool(actor=tenant.facilitator, tool=proposed)
        proposed.refresh_from_db()
    assert proposed.status == ToolStatus.PUBLISHED
    assert proposed.reviewed_by == tenant.facilitator
    assert proposed.published_at is not None


def test_a_rejected_proposal_is_kept_but_not_published(tenant: Any) -> None:
    proposed = make_tool(tenant, actor=tenant.member)
    with scopes_disabled():
        reject_tool(actor=tenant.facilitator, tool=proposed)
        assert Tool.objects.get(pk=proposed.pk).status == ToolStatus.REJECTED


def test_only_organisation_staff_publish_at_the_organisation_level(tenant: Any) -> None:
    staff_tool = make_tool(tenant, community=None, actor=tenant.staff_facilitator)
    member_tool = make_tool(tenant, community=None, actor=tenant.member)
    assert staff_tool.status == ToolStatus.PUBLISHED
    assert staff_tool.contributed_as == Contributor.STAFF
    assert member_tool.status == ToolStatus.PENDING


def test_people_outside_the_community_or_organisation_cannot_add_tools(
    tenant: Any, other_tenant: Any, outsider: Any
) -> None:
    with pytest.raises(PermissionDenied), scopes_disabled():
        make_tool(tenant, actor=other_tenant.facilitator)
    with pytest.raises(PermissionDenied), scopes_disabled():
        make_tool(tenant, actor=outsider)
    stranger = UserFactory(email="voisine@example.org")
    add_member(other_tenant.community, stranger)
    with pytest.raises(PermissionDenied), scopes_disabled():
        make_tool(tenant, community=tenant.community, actor=tenant.staff_facilitator)
    with scopes_disabled():
        assert not Tool.objects.exists()


def test_new_versions_keep_the_older_ones(tenant: Any, media_root: Path) -> None:
    tool = make_tool(tenant)
    with scopes_disabled():
        first = add_tool_file(actor=tenant.facilitator, tool=tool, upload=pdf_upload("v1.pdf"))
        second = add_tool_file(
            actor=tenant.facilitator,
            tool=tool,
            upload=pdf_upload("v2.pdf", MINIMAL_PDF + b"%v2\n"),
            note="Ajout d'une étape",
        )
        versions = list(ToolFile.objects.filter(tool=tool).values_list("version", "filename"))
    assert (first.version, second.version) == (1, 2)
    assert versions == [(2, "v2.pdf"), (1, "v1.pdf")]
    assert len(stored_files(media_root)) == 2


def test_adapting_a_library_sheet_copies_it_into_the_community(tenant: Any, library: int) -> None:
    sheet = LibraryTool.objects.get(slug="mood-check")
    with scopes_disabled():
        copy = adapt_tool(actor=tenant.facilitator, community=tenant.community, library_tool=sheet)
    assert copy.source_library_tool == sheet
    assert copy.community == tenant.community
    assert copy.title == sheet.title_fr
    assert copy.how_to == sheet.how_to_fr
    assert copy.stages == sheet.stages
    assert copy.status == ToolStatus.PUBLISHED


def test_adapting_a_tool_copies_its_latest_file(tenant: Any, media_root: Path) -> None:
    original = make_tool(tenant, community=None, title="Gabarit d'ordre du jour")
    with scopes_disabled():
        add_tool_file(actor=tenant.coordinator, tool=original, upload=pdf_upload("odj.pdf"))
        copy = adapt_tool(actor=tenant.member, community=tenant.community, tool=original)
        files = list(ToolFile.objects.filter(tool=copy))
    assert copy.source_tool == original
    assert copy.status == ToolStatus.PENDING  # a member's copy waits like any proposal
    assert [(f.version, f.filename) for f in files] == [(1, "odj.pdf")]
    assert len(stored_files(media_root)) == 2


def test_a_recap_can_share_a_link_or_a_file(tenant: Any, media_root: Path) -> None:
    with scopes_disabled():
        link = add_shared_tool(
            actor=tenant.facilitator,
            community=tenant.community,
            title="Guide de l'INSPQ",
            url_or_file="https://www.inspq.qc.ca/publications/2350",
        )
        upload = add_shared_tool(
            actor=tenant.member,
            community=tenant.community,
            title="Modèle de politique",
            url_or_file=SimpleUploadedFile("politique.pdf", MINIMAL_PDF),
        )
        assert ToolFile.objects.filter(tool=upload).count() == 1
    assert link.url.startswith("https://") and link.status == ToolStatus.PUBLISHED
    assert upload.status == ToolStatus.PENDING


def test_downloads_are_counted_per_tool_and_per_day(tenant: Any, library: int) -> None:
    tool = make_tool(tenant)
    sheet = LibraryTool.objects.get(slug="closing-3a")
    today = timezone.localdate()
    with scopes_disabled():
        for _ in range(3):
            record_download(organization=tenant.organization, tool=tool)
        record_download(organization=tenant.organization, tool=tool, day=today - timedelta(days=40))
        record_download(organization=tenant.organization, library_tool=sheet)
        tool.refresh_from_db()
    assert tool.download_count == 4
    figures = downloads_per_tool(tenant.organization, today - timedelta(days=7), today)
    assert [(f.tool_id, f.library_slug, f.downloads) for f in figures] == [
        (tool.pk, "", 3),
        (None, "closing-3a", 1),
    ]


def test_download_figures_stay_inside_the_organisation(
    tenant: Any, other_tenant: Any, library: int
) -> None:
    sheet = LibraryTool.objects.get(slug="closing-3a")
    with scopes_disabled():
        record_download(organization=other_tenant.organization, library_tool=sheet)
    today = timezone.localdate()
    assert downloads_per_tool(tenant.organization, today, today) == []


def test_tools_shared_are_split_by_who_shared_them(tenant: Any) -> None:
    make_tool(tenant, actor=tenant.facilitator)
    make_tool(tenant, actor=tenant.facilitator)
    proposal = make_tool(tenant, actor=tenant.member)
    with scopes_disabled():
        approve_tool(actor=tenant.facilitator, tool=proposal)
    today = timezone.localdate()
    counts = tools_shared_by_contributor(tenant.organization, today, today)
    assert counts[tenant.community.pk]["facilitator"] == 2
    assert counts[tenant.community.pk]["member"] == 1


def test_download_links_are_signed_and_tied_to_a_person(tenant: Any) -> None:
    tool = make_tool(tenant)
    url = make_download_link(organization=tenant.organization, user=tenant.member, tool=tool)
    token = url.rstrip("/").rsplit("/", 1)[-1]
    assert read_download_token(token) == {
        "o": tenant.organization.pk,
        "u": tenant.member.pk,
        "t": tool.pk,
    }
    with pytest.raises(signing.BadSignature):
        read_download_token(token[:-2] + "xx")


def test_services_work_inside_an_open_scope(tenant: Any) -> None:
    with scope(organization=tenant.organization):
        tool = create_tool(
            actor=tenant.facilitator,
            organization=tenant.organization,
            community=tenant.community,
            data=ToolData(title="Jauge", purpose="Prendre le pouls."),
        )
        assert Tool.objects.filter(pk=tool.pk).exists()


def test_a_proposal_emails_the_facilitators_once_and_not_after_approval(
    tenant: Any, mailoutbox: Any
) -> None:
    from cdp.models import Notification
    from cdp.notifications import deliver_batch, sweep

    proposal = make_tool(tenant, actor=tenant.member, title="Ma fiche")
    with scopes_disabled():
        rows = list(Notification.objects.filter(kind="toolbox.proposal"))
    assert [row.email for row in rows] == [tenant.facilitator.email]
    for batch in sweep():
        deliver_batch(batch)
    assert len(mailoutbox) == 1
    assert "Ma fiche" in mailoutbox[0].subject
    assert f"/toolbox/{proposal.pk}/" in mailoutbox[0].body
    late = make_tool(tenant, actor=tenant.member, title="Trop tard")
    with scopes_disabled():
        approve_tool(actor=tenant.facilitator, tool=late)
    for batch in sweep():
        deliver_batch(batch)
    assert len(mailoutbox) == 1  # decided before sending: nothing to say


def test_a_community_tool_is_shared_back_with_the_organisation(tenant: Any) -> None:
    original = make_tool(tenant, title="Grille maison")
    with scopes_disabled():
        proposal = adapt_tool(
            actor=tenant.member,
            community=None,
            organization=tenant.organization,
            tool=original,
        )
        staff_copy = adapt_tool(
            actor=tenant.coordinator,
            community=None,
            organization=tenant.organization,
            tool=original,
        )
    assert proposal.community is None and proposal.source_tool == original
    assert proposal.status == ToolStatus.PENDING
    assert staff_copy.status == ToolStatus.PUBLISHED


def test_a_tool_of_another_organisation_cannot_be_adapted(tenant: Any, other_tenant: Any) -> None:
    foreign = make_tool(other_tenant, community=None, title="Outil d'ailleurs")
    with pytest.raises(PermissionDenied), scopes_disabled():
        adapt_tool(actor=tenant.facilitator, community=tenant.community, tool=foreign)
