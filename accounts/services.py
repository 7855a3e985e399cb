"""Every write about people, organisations and organisation roles."""

from dataclasses import dataclass

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from accounts.models import (
    InvitationStatus,
    Organization,
    OrganizationInvitation,
    OrganizationMembership,
    OrgRole,
    User,
)
from cdp.audit import record_audit
from cdp.mail import EmailContent, absolute_url, send_templated_email
from cdp.privacy import record_preference_changes

INVITATION_SALT = "cdp.accounts.org-invitation"
INVITATION_MAX_AGE_DAYS = 30


class InvitationError(Exception):
    """The invitation link is invalid, expired or already used (message is user-facing)."""


@transaction.atomic
def create_organization(
    *,
    name: str,
    slug: str,
    privacy_contact: str,
    timezone_name: str = "America/Toronto",
    description: str = "",
    coordinator: User | None = None,
) -> Organization:
    """Create a tenant, optionally with its first coordinator."""
    organization = Organization.objects.create(
        name=name,
        slug=slug,
        privacy_contact=privacy_contact,
        timezone=timezone_name,
        description=description,
    )
    if coordinator is not None:
        with scope(organization=organization):
            OrganizationMembership.objects.create(
                organization=organization, user=coordinator, role=OrgRole.COORDINATOR
            )
    return organization


def ensure_org_membership(
    *, organization: Organization, user: User, role: str = OrgRole.MEMBER
) -> OrganizationMembership:
    """Make `user` part of `organization`, keeping a higher role they already hold."""
    with scope(organization=organization):
        membership, _created = OrganizationMembership.objects.get_or_create(
            organization=organization, user=user, defaults={"role": role}
        )
    return membership


@transaction.atomic
def set_org_role(
    *, actor: User, organization: Organization, membership: OrganizationMembership, role: str
) -> OrganizationMembership:
    """Give or take back an organisation role; the last coordinator cannot be demoted."""
    if role not in OrgRole.values:
        raise ValueError(role)
    with scope(organization=organization):
        if membership.role == OrgRole.COORDINATOR and role != OrgRole.COORDINATOR:
            coordinators = OrganizationMembership.objects.filter(role=OrgRole.COORDINATOR)
            if coordinators.count() <= 1:
                raise ValueError("last coordinator")
        previous = membership.role
        membership.role = role
        membership.save(update_fields=["role"])
        record_audit(
            organization=organization,
            actor=actor,
            action="org_role.changed",
            target=membership.user.email,
            details={"from": previous, "to": role},
        )
    return membership


def make_invitation_token(invitation: OrganizationInvitation) -> str:
    return signing.dumps(
        {"i": invitation.pk, "o": invitation.organization_id}, salt=INVITATION_SALT
    )


def read_invitation(token: str) -> OrganizationInvitation:
    """Load the pending invitation behind a token or raise InvitationError."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_MAX_AGE_DAYS * 86400)
    except signing.SignatureExpired as exc:
        raise InvitationError("expired") from exc
    except signing.BadSignature as exc:
        raise InvitationError("invalid") from exc
    with scopes_disabled():
        invitation = (
            OrganizationInvitation.objects.select_related("organization")
            .filter(pk=data.get("i"), organization_id=data.get("o"))
            .first()
        )
    if invitation is None or invitation.status == InvitationStatus.REVOKED:
        raise InvitationError("invalid")
    if invitation.status == InvitationStatus.ACCEPTED:
        raise InvitationError("used")
    return invitation


@dataclass
class InvitationResult:
    invitation: OrganizationInvitation
    created: bool


@transaction.atomic
def invite_to_organization(
    *, actor: User, organization: Organization, email: str, role: str = OrgRole.MEMBER
) -> InvitationResult:
    """Invite someone by email (with or without an account); re-inviting resends the same row."""
    email = email.strip().lower()
    with scope(organization=organization):
        invitation = OrganizationInvitation.objects.filter(
            email=email, status=InvitationStatus.PENDING
        ).first()
        created = invitation is None
        if invitation is None:
            invitation = OrganizationInvitation.objects.create(
                organization=organization, email=email, role=role, invited_by=actor
            )
        record_audit(
            organization=organization,
            actor=actor,
            action="org_invitation.sent",
            target=email,
            details={"role": role},
        )
    with scopes_disabled():
        invitee = User.objects.filter(email=email).first()
    language = invitee.language if invitee else (actor.language or "fr")
    url = absolute_url(reverse("invitation", kwargs={"token": make_invitation_token(invitation)}))
    content = EmailContent(
        template="accounts/emails/org_invitation",
        context={
            "organization_name": organization.name,
            "inviter": actor.display_name,
            "role": OrgRole(invitation.role).label,
            "url": url,
            "has_account": invitee is not None,
        },
    )
    transaction.on_commit(
        lambda: send_templated_email(to=email, content=content, language=language)
    )
    return InvitationResult(invitation=invitation, created=created)


@transaction.atomic
def accept_invitation(*, user: User, invitation: OrganizationInvitation) -> OrganizationMembership:
    """Join the organisation with the invited role; the invitation can be used once."""
    organization = invitation.organization
    with scope(organization=organization):
        locked = OrganizationInvitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.status != InvitationStatus.PENDING:
            raise InvitationError("used")
        membership, created = OrganizationMembership.objects.get_or_create(
            organization=organization, user=user, defaults={"role": locked.role}
        )
        if not created and _rank(locked.role) > _rank(membership.role):
            membership.role = locked.role
            membership.save(update_fields=["role"])
        locked.status = InvitationStatus.ACCEPTED
        locked.accepted_by = user
        locked.accepted_at = timezone.now()
        locked.save(update_fields=["status", "accepted_by", "accepted_at"])
        record_audit(
            organization=organization,
            actor=user,
            action="org_invitation.accepted",
            target=user.email,
            details={"role": membership.role},
        )
    return membership


@transaction.atomic
def revoke_invitation(*, actor: User, invitation: OrganizationInvitation) -> None:
    with scope(organization=invitation.organization):
        invitation.status = InvitationStatus.REVOKED
        invitation.save(update_fields=["status"])
        record_audit(
            organization=invitation.organization,
            actor=actor,
            action="org_invitation.revoked",
            target=invitation.email,
        )


def _rank(role: str) -> int:
    ranks: dict[str, int] = {
        OrgRole.MEMBER: 0,
        OrgRole.STAFF_FACILITATOR: 1,
        OrgRole.COORDINATOR: 2,
    }
    return ranks.get(role, 0)


@transaction.atomic
def update_profile(*, user: User, **fields: object) -> User:
    """Save profile fields chosen by the person themself."""
    allowed = {
        "first_name",
        "last_name",
        "pronouns",
        "job_title",
        "home_organization",
        "language",
        "email_opt_outs",
        "directory_visible",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    # Read from the database: a bound ModelForm has already copied the new values onto `user`.
    before = User.objects.filter(pk=user.pk).values(*fields).first() or {}
    for name, value in fields.items():
        setattr(user, name, value)
    user.save(update_fields=list(fields))
    record_preference_changes(user=user, before=before)
    return user
