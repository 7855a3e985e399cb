"""Builders of the charter emails, run by the outbox at send time inside the organisation scope."""

from django.urls import reverse

from accounts.models import User
from cdp.mail import Attachment, EmailContent, absolute_url
from cdp.models import Notification
from charters import selectors, services
from charters.models import Charter, SignatureKind


def _sign_url(charter: Charter, user: User) -> str:
    return absolute_url(
        reverse(
            "charters_sign_link",
            kwargs={
                "org_slug": charter.community.organization.slug,
                "community_slug": charter.community.slug,
                "sign_token": services.make_sign_token(charter, user),
            },
        )
    )


def build_sign_request(notification: Notification) -> EmailContent | None:
    """Ask to sign; cancelled when the person signed in the meantime or left the community."""
    charter = (
        Charter.objects.filter(pk=notification.context.get("charter_id"))
        .select_related("community__organization")
        .prefetch_related("versions")
        .first()
    )
    user = User.objects.filter(pk=notification.context.get("user_id")).first()
    if charter is None or user is None:
        return None
    version = selectors.current_version(charter)
    if version is None:
        return None
    statuses = {s.user.pk: s for s in selectors.member_statuses(charter)}
    status = statuses.get(user.pk)
    if status is None or status.status in (
        selectors.SignatureStatus.SIGNED,
        selectors.SignatureStatus.WITHDRAWN,
    ):
        return None
    language = notification.language
    return EmailContent(
        template="charters/emails/sign_request",
        context={
            "community_name": charter.community.name,
            "title": version.title(language),
            "number": version.number,
            "is_relaunch": notification.kind == services.KIND_RELAUNCH,
            "is_renewal": status.status == selectors.SignatureStatus.TO_RENEW,
            "change_note": version.change_note,
            "url": _sign_url(charter, user),
            "max_age_days": services.SIGN_LINK_MAX_AGE_DAYS,
        },
    )


def build_receipt(notification: Notification) -> EmailContent | None:
    """The signer's copy: version, fingerprint, time, and the signed PDF attached."""
    from charters.documents import signed_charter_pdf

    signature = selectors.signature_for_pdf(int(notification.context.get("signature_id", 0)))
    if signature is None or signature.kind != SignatureKind.SIGNED:
        return None
    version = signature.version
    language = notification.language
    pdf = signed_charter_pdf(signature)
    return EmailContent(
        template="charters/emails/signature_receipt",
        context={
            "community_name": version.charter.community.name,
            "title": version.title(language),
            "number": version.number,
            "fingerprint": signature.fingerprint,
            "signed_at": signature.signed_at,
            "signer_name": signature.signer_name,
            "consent_text": signature.consent_text,
        },
        attachments=[
            Attachment(
                filename=f"charter-{version.charter_id}-v{version.number}-{signature.pk}.pdf",
                content=pdf,
                mimetype="application/pdf",
            )
        ],
    )
