"""Evidence downloads: the signed PDF, the signatures CSV and the community PDF bundle."""

from django.http import Http404, HttpRequest, HttpResponse

from charters import documents, permissions, selectors
from charters.models import Signature
from charters.views.common import _charter, _language, community_access
from communities.permissions import require


def charters_export_csv(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    response = HttpResponse(
        documents.signatures_csv(charter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{community_slug}-{charter.kind}-signatures.csv"'
    )
    return response


def charters_export_bundle(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    pdf = documents.bundle_pdf(charter, _language(request))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{community_slug}-{charter.kind}.pdf"'
    return response


def charters_signature_pdf(
    request: HttpRequest, org_slug: str, community_slug: str, charter_signature_id: int
) -> HttpResponse:
    access = community_access(request, community_slug)
    signature: Signature | None = selectors.signature_for_pdf(charter_signature_id)
    if signature is None or signature.version.charter.community_id != access.community.pk:
        raise Http404
    require(permissions.can_download_signature(access, signature))
    response = HttpResponse(documents.signed_charter_pdf(signature), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="charter-v{signature.version.number}-{signature.pk}.pdf"'
    )
    return response
