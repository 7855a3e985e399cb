"""The signed-charter PDF, the community bundle, the CSV, and the offline PDF helper."""

import csv
import io
from types import SimpleNamespace

from django.conf import settings
from django_scopes import scope
from pypdf import PdfReader

from cdp import pdf
from charters import documents
from tests.charters.helpers import fresh, published_charter, sign


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_signed_pdf_shows_signer_time_and_fingerprint(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member, name="Alex Tremblay")
    with scope(organization=tenant.organization):
        data = documents.signed_charter_pdf(signature)
    text = _text(data)
    compact = text.replace("\n", "").replace(" ", "")
    assert data.startswith(b"%PDF")
    assert "Alex Tremblay" in text
    assert signature.signed_at.strftime("%Y-%m-%d %H:%M:%S") in text
    assert signature.fingerprint in compact
    assert "Charte d’engagement" in text or "Charte d'engagement" in text
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2


def test_the_bundle_lists_every_signature(tenant) -> None:
    charter = published_charter(tenant)
    sign(tenant, charter, tenant.member, name="Alex Tremblay")
    sign(tenant, charter, tenant.facilitator, name="Dominique Roy")
    with scope(organization=tenant.organization):
        text = _text(documents.bundle_pdf(fresh(tenant, charter), "en"))
    assert "Alex Tremblay" in text and "Dominique Roy" in text
    assert "Signature register" in text


def test_the_csv_has_one_row_per_event(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member, name="=HYPERLINK(1)")
    with scope(organization=tenant.organization):
        rows = list(csv.reader(io.StringIO(documents.signatures_csv(fresh(tenant, charter)))))
    assert rows[0] == documents.CSV_HEADER
    assert rows[1][0] == str(signature.pk) and rows[1][5] == signature.fingerprint
    assert rows[1][2] == "'=HYPERLINK(1)"


def test_the_pdf_fetcher_serves_only_our_static_and_media_files(tmp_path, settings) -> None:
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "logo.png").write_bytes(b"png")
    assert pdf.resolve_local("/static/charters/pdf.css") is not None
    assert pdf.resolve_local(f"{settings.SITE_URL}/static/charters/pdf.css") is not None
    assert pdf.resolve_local("/media/logo.png") == (tmp_path / "logo.png").resolve()
    for url in [
        "https://example.com/static/charters/pdf.css",
        "file:///etc/passwd",
        "/static/../../../../etc/passwd",
        "/media/../../etc/passwd",
        "ftp://example.com/x",
        "/accounts/login/",
    ]:
        assert pdf.resolve_local(url) is None, url


def test_the_fetcher_refuses_the_network_and_serves_static_files() -> None:
    fetcher = pdf._fetcher_class()()
    for url in ["https://example.com/tracker.png", "file:///etc/hostname"]:
        try:
            fetcher.fetch(url)
        except ValueError:
            continue
        raise AssertionError(f"{url} was fetched")
    response = fetcher.fetch(f"{settings.SITE_URL}/static/charters/pdf.css")
    assert response.content_type == "text/css"
    assert b"@page" in response.read()
    response.close()


def test_render_pdf_can_produce_a_tagged_pdf_ua_document() -> None:
    data = pdf.render_pdf(
        "charters/pdf/signed_charter.html",
        {
            "language": "en",
            "signatures": [],
            "community": SimpleNamespace(name="C"),
            "title": "T",
            "version": None,
            "generated_at": None,
        },
        pdf_variant=pdf.PDF_UA,
    )
    reader = PdfReader(io.BytesIO(data))
    assert "/StructTreeRoot" in reader.trailer["/Root"]
