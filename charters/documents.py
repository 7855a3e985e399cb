"""The evidence documents: the signed charter PDF with its certificate page, the community's PDF
bundle and the CSV of every signature event."""

import csv
import datetime as dt
import io
from typing import Any

from django.utils import timezone, translation

from cdp.pdf import PDF_UA, render_pdf
from charters import selectors, text
from charters.models import Charter, Signature


def _version_context(version: Any, language: str) -> dict[str, Any]:
    return {
        "title": version.title(language),
        "blocks": text.blocks(version.body(language)),
        "language": language,
    }


def signed_charter_pdf(signature: Signature) -> bytes:
    """The charter as signed, in the signer's language, with a signature certificate page."""
    version = signature.version
    language = signature.language if signature.language in ("fr", "en") else "fr"
    with translation.override(language):
        return render_pdf(
            "charters/pdf/signed_charter.html",
            {
                **_version_context(version, language),
                "version": version,
                "community": version.charter.community,
                "signatures": [signature],
                "generated_at": timezone.now(),
            },
            pdf_variant=PDF_UA,
        )


def bundle_pdf(charter: Charter, language: str) -> bytes:
    """Current text of the charter and a certificate table of every signature event."""
    version = selectors.current_version(charter)
    signatures = selectors.charter_signatures(charter)
    with translation.override(language):
        return render_pdf(
            "charters/pdf/signed_charter.html",
            {
                **(_version_context(version, language) if version else {"language": language}),
                "version": version,
                "community": charter.community,
                "signatures": signatures,
                "is_bundle": True,
                "generated_at": timezone.now(),
            },
            pdf_variant=PDF_UA,
        )


CSV_HEADER = [
    "signature_id",
    "event",
    "signer_name",
    "user_id",
    "version",
    "fingerprint_sha256",
    "signed_at_utc",
    "method",
    "language",
    "ip_address",
    "user_agent",
    "consent_text",
    "reason",
    "pseudonymised",
]


def _cell(value: object) -> object:
    """Neutralise spreadsheet formulas in free text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return f"'{value}"
    return value


def signatures_csv(charter: Charter) -> str:
    """Every signature and withdrawal of `charter`, oldest first, times in UTC."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for event in selectors.charter_signatures(charter):
        writer.writerow(
            _cell(value)
            for value in [
                event.pk,
                event.kind,
                event.signer_name,
                event.user_id or "",
                event.version.number,
                event.fingerprint,
                event.signed_at.astimezone(dt.UTC).isoformat(),
                event.method,
                event.language,
                event.ip_address or "",
                event.user_agent,
                event.consent_text,
                event.reason,
                "yes" if event.is_pseudonymised else "no",
            ]
        )
    return buffer.getvalue()
