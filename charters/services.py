"""Every write about charters: drafts, publication, signatures, withdrawals, relaunches, erasure."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import User
from cdp.audit import record_audit
from cdp.notifications import notification_key, queue_notification
from charters import text
from charters.models import (
    PSEUDONYM_PREFIX,
    Charter,
    CharterComment,
    CharterVersion,
    Signature,
    SignatureKind,
    SignatureMethod,
    VersionStatus,
)
from charters.selectors import (
    SignatureStatus,
    active_memberships,
    current_version,
    get_charter,
    member_statuses,
    required_version,
    status_from_events,
    user_events,
)
from communities.models import Community, Membership, MembershipStatus

SIGN_LINK_SALT = "cdp.charters.sign-link"
SIGN_LINK_MAX_AGE_DAYS = 30
RELAUNCH_AFTER_DAYS = (7, 14, 28)
KIND_REQUEST = "charter_sign_request"
KIND_RELAUNCH = "charter_relaunch"
KIND_RECEIPT = "signature_receipt"


class CharterError(Exception):
    """A charter action that cannot be done; `code` selects the user-facing message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


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
        # TenantTask is not a DjangoTask (no delay_on_commit): queue after commit by hand.
        organization_id, version_id = draft.organization_id, draft.pk
        transaction.on_commit(
            lambda: notify_charter_published.delay(
                organization_id=organization_id, version_id=version_id
            )
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


@dataclass(frozen=True)
class SigningContext:
    """Where a signature comes from: what the server saw, never what the client claims."""

    ip_address: str | None
    user_agent: str
    language: str
    method: str = SignatureMethod.WEB


def _lock_membership(charter: Charter, user: User) -> Membership:
    membership = (
        Membership.objects.select_for_update()
        .filter(community_id=charter.community_id, user=user, status=MembershipStatus.ACTIVE)
        .first()
    )
    if membership is None:
        raise CharterError("not_member")
    return membership


@transaction.atomic
def sign_charter(
    *,
    actor: User,
    charter: Charter,
    signer_name: str,
    consent_given: bool,
    context: SigningContext,
) -> Signature:
    """Sign the current version; signing again an already signed version returns that signature."""
    signer_name = " ".join(signer_name.split())
    if not signer_name:
        raise CharterError("name")
    if not consent_given:
        raise CharterError("consent")
    _lock_membership(charter, actor)
    version = current_version(charter)
    if version is None:
        raise CharterError("no_version")
    fingerprint = version.compute_fingerprint()
    if fingerprint != version.fingerprint:
        raise CharterError("integrity")
    events = user_events(charter, actor)
    status, last = status_from_events(charter, events)
    if status == SignatureStatus.SIGNED and last is not None and last.version_id == version.pk:
        return last
    language = "en" if context.language == "en" else "fr"
    signature = Signature.objects.create(
        organization_id=charter.organization_id,
        version=version,
        user=actor,
        kind=SignatureKind.SIGNED,
        method=context.method,
        signer_name=signer_name[:200],
        fingerprint=fingerprint,
        consent_text=text.consent_wording(
            title=version.title(language), number=version.number, language=language
        ),
        language=language,
        signed_at=timezone.now(),
        ip_address=context.ip_address,
        user_agent=context.user_agent[:500],
    )
    record_audit(
        organization=charter.organization,
        actor=actor,
        action="charter.signed",
        target=f"charter {charter.pk} v{version.number}",
        details={"signature": signature.pk, "fingerprint": fingerprint},
    )
    queue_notification(
        organization_id=charter.organization_id,
        kind=KIND_RECEIPT,
        key=notification_key(KIND_RECEIPT, f"signature{signature.pk}", f"user{actor.pk}"),
        email=actor.email,
        due_at=timezone.now(),
        recipient_id=actor.pk,
        language=actor.language,
        context={"signature_id": signature.pk},
    )
    return signature


@transaction.atomic
def withdraw_signature(
    *, actor: User, charter: Charter, reason: str, context: SigningContext
) -> Signature:
    """Record that `actor` withdraws their signature; the earlier signature stays on record."""
    _lock_membership(charter, actor)
    events = user_events(charter, actor)
    if not events or events[-1].kind != SignatureKind.SIGNED:
        raise CharterError("not_signed")
    last = events[-1]
    signature = Signature.objects.create(
        organization_id=charter.organization_id,
        version=last.version,
        user=actor,
        kind=SignatureKind.WITHDRAWN,
        method=context.method,
        signer_name=last.signer_name,
        fingerprint=last.fingerprint,
        consent_text=last.consent_text,
        language=last.language,
        reason=reason.strip()[:500],
        signed_at=timezone.now(),
        ip_address=context.ip_address,
        user_agent=context.user_agent[:500],
    )
    record_audit(
        organization=charter.organization,
        actor=actor,
        action="charter.withdrawn",
        target=f"charter {charter.pk} v{last.version.number}",
        details={"signature": signature.pk},
    )
    return signature


def make_sign_token(charter: Charter, user: User) -> str:
    return signing.dumps({"c": charter.pk, "u": user.pk}, salt=SIGN_LINK_SALT)


def read_sign_token(token: str) -> tuple[int, int]:
    """(charter id, user id) from an email link; raises CharterError("link") when invalid."""
    try:
        data = signing.loads(token, salt=SIGN_LINK_SALT, max_age=SIGN_LINK_MAX_AGE_DAYS * 86400)
        return int(data["c"]), int(data["u"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise CharterError("link") from exc


def _queue_sign_request(
    *,
    charter: Charter,
    version: CharterVersion,
    user: User,
    kind: str,
    occasion: str,
    when: datetime,
) -> None:
    key = notification_key(kind, f"charter{charter.pk}v{version.pk}", f"user{user.pk}", occasion)
    queue_notification(
        organization_id=charter.organization_id,
        kind=kind,
        key=key,
        email=user.email,
        due_at=when,
        recipient_id=user.pk,
        language=user.language,
        context={"charter_id": charter.pk, "user_id": user.pk},
    )


def request_signatures(*, version_id: int) -> int:
    """Queue one signature request per member who must sign `version_id` (idempotent)."""
    version = CharterVersion.objects.select_related("charter__community").get(pk=version_id)
    charter = get_charter(version.charter.community, version.charter_id)
    if charter is None or current_version(charter) != version:
        return 0
    now = timezone.now()
    queued = 0
    for status in member_statuses(charter):
        if status.status in (SignatureStatus.NOT_YET, SignatureStatus.TO_RENEW):
            _queue_sign_request(
                charter=charter,
                version=version,
                user=status.user,
                kind=KIND_REQUEST,
                occasion="published",
                when=now,
            )
            queued += 1
    return queued


def queue_relaunches(*, organization_id: int, today: date | None = None) -> int:
    """Queue the relaunches due 7, 14 and 28 days after a member had to sign (idempotent keys)."""
    today = today or timezone.localdate()
    now = timezone.now()
    charters = list(
        Charter.objects.filter(organization_id=organization_id)
        .select_related("community")
        .prefetch_related("versions")
    )
    queued = 0
    for charter in charters:
        required = required_version(charter)
        if required is None or required.published_at is None or charter.community.is_archived:
            continue
        joined = {m.user_id: m.joined_at for m in active_memberships(charter.community)}
        for status in member_statuses(charter):
            if status.status not in (SignatureStatus.NOT_YET, SignatureStatus.TO_RENEW):
                continue
            since = max(required.published_at, joined.get(status.user.pk) or required.published_at)
            if status.status == SignatureStatus.TO_RENEW and status.last_event is not None:
                since = max(since, status.last_event.signed_at)
            for number, days in enumerate(RELAUNCH_AFTER_DAYS, start=1):
                if today >= (since + timedelta(days=days)).date():
                    _queue_sign_request(
                        charter=charter,
                        version=required,
                        user=status.user,
                        kind=KIND_RELAUNCH,
                        occasion=f"{since.date().isoformat()}-{number}",
                        when=now,
                    )
                    queued += 1
    return queued


def relaunch_now(*, actor: User, charter: Charter) -> int:
    """Queue a relaunch today to everyone who has not signed (once a day at most)."""
    version = required_version(charter)
    if version is None:
        raise CharterError("no_version")
    queued = 0
    for status in member_statuses(charter):
        if status.status in (SignatureStatus.NOT_YET, SignatureStatus.TO_RENEW):
            _queue_sign_request(
                charter=charter,
                version=version,
                user=status.user,
                kind=KIND_RELAUNCH,
                occasion=f"manual-{timezone.localdate().isoformat()}",
                when=timezone.now(),
            )
            queued += 1
    record_audit(
        organization=charter.organization,
        actor=actor,
        action="charter.relaunched",
        target=f"charter {charter.pk}",
        details={"count": queued},
    )
    return queued


def pseudonym_for(user_id: int) -> str:
    """A stable pseudonym: the same person's rows stay grouped, the name cannot be recovered."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:signer:{user_id}".encode()).hexdigest()
    return f"{PSEUDONYM_PREFIX}{digest[:12]}"


@transaction.atomic
def pseudonymise_signatures(user: User) -> int:
    """Replace name, IP address, user agent and reason on `user`'s signatures with a pseudonym.

    The rows, fingerprints and times are kept as evidence. This is the one UPDATE the database
    trigger accepts (see charters/triggers.py); it deliberately goes through the base manager
    because the default manager refuses every update.
    """
    with scopes_disabled():
        return Signature._base_manager.filter(user=user, pseudonymised_at__isnull=True).update(
            signer_name=pseudonym_for(user.pk),
            ip_address=None,
            user_agent="",
            reason="",
            pseudonymised_at=timezone.now(),
        )
