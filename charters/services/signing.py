"""Signatures, withdrawals, email-link tokens and pseudonymisation at account deletion."""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import User
from cdp.audit import record_audit
from cdp.notifications import notification_key, queue_notification
from charters import text
from charters.models import (
    PSEUDONYM_PREFIX,
    Charter,
    Signature,
    SignatureKind,
    SignatureMethod,
)
from charters.selectors import (
    SignatureStatus,
    current_version,
    status_from_events,
    user_events,
)
from charters.services.base import (
    KIND_RECEIPT,
    SIGN_LINK_MAX_AGE_DAYS,
    SIGN_LINK_SALT,
    CharterError,
)
from communities.models import Membership, MembershipStatus


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
