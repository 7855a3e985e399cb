"""Drafts, publication and charter settings: every write a facilitator makes."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accounts.models import User
from cdp.audit import record_audit
from charters import text
from charters.models import (
    Charter,
    CharterComment,
    CharterVersion,
    VersionStatus,
)
from charters.services.base import (
    CharterError,
)
from communities.models import Community


@transaction.atomic
def create_charter(
    *, actor: User, community: Community, kind: str, language: str = "fr"
) -> Charter:
    """Create the community's charter of `kind` with a first draft taken from its template."""
    if kind not in text.TEMPLATES:
        raise CharterError("unknown_kind")
    if Charter.objects.filter(community=community, kind=kind).exists():
        raise CharterError("exists")
    charter = Charter.objects.create(
        organization_id=community.organization_id, community=community, kind=kind
    )
    CharterVersion.objects.create(
        organization_id=community.organization_id,
        charter=charter,
        number=1,
        language=language,
        title_fr=text.template_title(kind, "fr"),
        title_en=text.template_title(kind, "en"),
        body_fr=text.template_body(kind, "fr"),
        body_en=text.template_body(kind, "en"),
        is_material=True,
        created_by=actor,
    )
    record_audit(
        organization=community.organization,
        actor=actor,
        action="charter.created",
        target=f"{community.slug}/{kind}",
    )
    return charter


@transaction.atomic
def start_new_draft(*, actor: User, charter: Charter) -> CharterVersion:
    """Open a draft copied from the current published version (or return the open draft)."""
    existing = CharterVersion.objects.filter(charter=charter, status=VersionStatus.DRAFT).first()
    if existing is not None:
        return existing
    latest = (
        CharterVersion.objects.filter(charter=charter, status=VersionStatus.PUBLISHED)
        .order_by("-number")
        .first()
    )
    if latest is None:
        raise CharterError("no_version")
    number = (
        CharterVersion.objects.filter(charter=charter).aggregate(n=Max("number"))["n"] or 0
    ) + 1
    return CharterVersion.objects.create(
        organization_id=charter.organization_id,
        charter=charter,
        number=number,
        language=latest.language,
        title_fr=latest.title_fr,
        title_en=latest.title_en,
        body_fr=latest.body_fr,
        body_en=latest.body_en,
        is_material=False,
        created_by=actor,
    )


def _locked_draft(version: CharterVersion) -> CharterVersion:
    locked = CharterVersion.objects.select_for_update().get(pk=version.pk)
    if locked.status != VersionStatus.DRAFT:
        raise CharterError("published")
    return locked


@transaction.atomic
def update_draft(
    *,
    actor: User,
    version: CharterVersion,
    title_fr: str,
    title_en: str,
    body_fr: str,
    body_en: str,
    is_open_for_comments: bool,
) -> CharterVersion:
    """Save the edited text of a draft; a published version is refused."""
    draft = _locked_draft(version)
    draft.title_fr, draft.title_en = title_fr.strip(), title_en.strip()
    draft.body_fr, draft.body_en = body_fr.strip(), body_en.strip()
    draft.is_open_for_comments = is_open_for_comments
    draft.save()
    return draft


@transaction.atomic
def add_clause(*, actor: User, version: CharterVersion, clause_key: str) -> CharterVersion:
    """Append a clause of the library to a draft, in both languages."""
    if clause_key not in text.CLAUSES:
        raise CharterError("unknown_clause")
    draft = _locked_draft(version)
    draft.body_fr = f"{draft.body_fr.rstrip()}\n\n{text.clause_text(clause_key, 'fr')}"
    draft.body_en = f"{draft.body_en.rstrip()}\n\n{text.clause_text(clause_key, 'en')}"
    draft.save()
    return draft


@transaction.atomic
def comment_on_draft(*, actor: User, version: CharterVersion, body: str) -> CharterComment:
    """Add a member's comment to a draft open for co-construction."""
    if version.status != VersionStatus.DRAFT or not version.is_open_for_comments:
        raise CharterError("closed")
    return CharterComment.objects.create(
        organization_id=version.organization_id, version=version, author=actor, body=body.strip()
    )


@transaction.atomic
def publish_version(
    *, actor: User, version: CharterVersion, is_material: bool, change_note: str = ""
) -> CharterVersion:
    """Freeze a draft: fingerprint its canonical text; a material version asks everyone again."""
    from charters.tasks import notify_charter_published

    draft = _locked_draft(version)
    if not draft.body_fr.strip() or not draft.body_en.strip() or not draft.title_fr.strip():
        raise CharterError("empty")
    first = not CharterVersion.objects.filter(
        charter_id=draft.charter_id, status=VersionStatus.PUBLISHED
    ).exists()
    draft.is_material = True if first else is_material
    draft.change_note = change_note.strip()
    draft.is_open_for_comments = False
    draft.status = VersionStatus.PUBLISHED
    draft.published_at = timezone.now()
    draft.published_by = actor
    draft.fingerprint = draft.compute_fingerprint()
    draft.save()
    record_audit(
        organization=draft.organization,
        actor=actor,
        action="charter.published",
        target=f"charter {draft.charter_id} v{draft.number}",
        details={"material": draft.is_material, "fingerprint": draft.fingerprint},
    )
    if draft.is_material:
        notify_charter_published.delay_on_commit(
            organization_id=draft.organization_id, version_id=draft.pk
        )
    return draft


@transaction.atomic
def update_settings(
    *, actor: User, charter: Charter, requires_signature: bool, renewal_months: int | None
) -> Charter:
    """Turn the gate on or off and set the renewal period."""
    charter.requires_signature = requires_signature
    charter.renewal_months = renewal_months or None
    charter.save(update_fields=["requires_signature", "renewal_months"])
    record_audit(
        organization=charter.organization,
        actor=actor,
        action="charter.settings",
        target=f"charter {charter.pk}",
        details={"requires_signature": requires_signature, "renewal_months": renewal_months},
    )
    return charter
