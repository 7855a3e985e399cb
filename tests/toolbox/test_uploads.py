"""Hostile files are refused with a clear message, and nothing reaches storage or the database."""

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_scopes import scopes_disabled

from tests.toolbox.conftest import MINIMAL_PDF, PNG, docx_bytes, make_tool, stored_files
from toolbox.models import Tool, ToolFile
from toolbox.services import ToolData, add_tool_file, create_tool
from toolbox.uploads import inspect_upload, safe_filename


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _english() -> Any:
    with translation.override("en"):
        yield


HOSTILE = {
    "html disguised as pdf": (
        "rapport.pdf",
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        "Web pages",
    ),
    "svg with script": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "SVG",
    ),
    "xml-declared svg named png": (
        "image.png",
        b'<?xml version="1.0"?><svg onload="alert(1)"></svg>',
        "SVG",
    ),
    "zip bomb": ("archive.zip", zip_bytes({"zeros.txt": b"\0" * (30 * 1024 * 1024)}), "zip bomb"),
    "dot-dot member": ("outils.zip", zip_bytes({"../../etc/cron.d/evil": b"x"}), "unsafe path"),
    "absolute member": ("outils.zip", zip_bytes({"/etc/passwd": b"x"}), "unsafe path"),
    "double extension": ("fiche.pdf.exe", MINIMAL_PDF, "“.exe”"),
    "executable": ("setup.pdf", b"MZ\x90\x00\x03" + b"\0" * 200, "not accepted"),
    "office with macros": (
        "budget.docx",
        docx_bytes({"word/vbaProject.bin": b"macro"}),
        "macros",
    ),
    "binary junk as text": ("notes.txt", b"abc\x00\x01\x02", "not accepted"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_it_refuses_each_hostile_file_and_stores_nothing(
    case: str, tenant: Any, media_root: Path
) -> None:
    name, content, message = HOSTILE[case]
    with pytest.raises(ValidationError) as error, scopes_disabled():
        create_tool(
            actor=tenant.facilitator,
            organization=tenant.organization,
            community=tenant.community,
            data=ToolData(title="Piège", purpose="Un fichier hostile."),
            upload=SimpleUploadedFile(name, content),
        )
    assert message in " ".join(error.value.messages)
    assert stored_files(media_root) == []
    with scopes_disabled():
        assert not Tool.objects.exists()
        assert not ToolFile.objects.exists()


def test_it_refuses_an_oversize_file_before_reading_it(
    tenant: Any, media_root: Path, settings: Any
) -> None:
    settings.UPLOAD_MAX_BYTES = 1024
    tool = make_tool(tenant)
    with pytest.raises(ValidationError, match="too large"), scopes_disabled():
        add_tool_file(
            actor=tenant.facilitator,
            tool=tool,
            upload=SimpleUploadedFile("gros.pdf", MINIMAL_PDF + b"0" * 2048),
        )
    assert stored_files(media_root) == []
    with scopes_disabled():
        assert not ToolFile.objects.exists()


def test_it_refuses_a_file_beyond_the_community_quota(
    tenant: Any, media_root: Path, settings: Any
) -> None:
    settings.COMMUNITY_QUOTA_BYTES = len(MINIMAL_PDF) + 10
    tool = make_tool(tenant)
    with scopes_disabled():
        add_tool_file(
            actor=tenant.facilitator, tool=tool, upload=SimpleUploadedFile("a.pdf", MINIMAL_PDF)
        )
        with pytest.raises(ValidationError, match="space of the community"):
            add_tool_file(
                actor=tenant.facilitator, tool=tool, upload=SimpleUploadedFile("b.pdf", MINIMAL_PDF)
            )
        assert ToolFile.objects.count() == 1
    assert len(stored_files(media_root)) == 1


def test_the_upload_form_shows_the_refusal_next_to_the_field(tenant: Any, media_root: Path) -> None:
    client = Client()
    client.force_login(tenant.facilitator)
    url = reverse(
        "toolbox_community_create",
        kwargs={"org_slug": tenant.organization.slug, "community_slug": tenant.community.slug},
    )
    response = client.post(
        url,
        {
            "title": "Déguisé",
            "category": "template",
            "purpose": "Une page web.",
            "language": "fr",
            "licence": "CC BY-SA 4.0",
            "file": SimpleUploadedFile("fiche.pdf", b"<html><script>x</script></html>"),
        },
    )
    assert response.status_code == 400
    assert "Les pages web et les fichiers SVG" in response.content.decode()
    assert 'id="id_file_error"' in response.content.decode()
    assert stored_files(media_root) == []
    with scopes_disabled():
        assert not Tool.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "expected_name", "content_type"),
    [
        ("Fiche valeurs.PDF", MINIMAL_PDF, "Fiche_valeurs.pdf", "application/pdf"),
        ("../../etc/photo.png", PNG, "photo.png", "image/png"),
        ("C:\\Users\\moi\\notes.md", "Ordre du jour : écoute".encode(), "notes.md", "text/plain"),
        ("gabarit", docx_bytes(), "gabarit.docx", "wordprocessingml"),
        ("x.exe.pdf", MINIMAL_PDF, "x_exe.pdf", "application/pdf"),
        ("outils.zip", zip_bytes({"a/fiche.txt": b"bonjour"}), "outils.zip", "application/zip"),
    ],
)
def test_it_accepts_allowed_files_with_a_sanitised_name(
    name: str, content: bytes, expected_name: str, content_type: str
) -> None:
    checked = inspect_upload(io.BytesIO(content), name, len(content))
    assert checked.filename == expected_name
    assert content_type in checked.content_type


def test_opendocument_is_recognised_from_its_mimetype_member() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    checked = inspect_upload(buffer, "compte-rendu.odt", len(buffer.getvalue()))
    assert checked.kind == "odt"


def test_a_renamed_archive_keeps_no_misleading_extension() -> None:
    with pytest.raises(ValidationError, match=r"“\.pdf”"):
        safe_filename("vraiment.pdf", "zip")
