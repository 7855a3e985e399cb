"""Membership flows: join, request and approval, invitation by email, waiting list with promotion,
leaving and removal, and the roles people hold (audited).

Every flow that can take or free a place locks the community row first (`select_for_update`), so
two people can never take the last place and a freed place goes to exactly one waiting person.
"""

from datetime import datetime

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from accounts.models import User
from accounts.services import ensure_org_membership
from cdp.audit import record_audit
from cdp.mail import EmailContent, absolute_url, send_templated_email
from communities import emails
from communities.models import (
    FACILITATION_ROLES,
    Community,
    CommunityInvitation,
    CommunityRole,
    InvitationState,
    Membership,
    MembershipRole,
    MembershipStatus,
    Registration,
)

INVITATION_SALT = "cdp.communities.invitation"
INVITATION_MAX_AGE_DAYS = 30


class MembershipError(Exception):
    """A flow that cannot happen; `str(error)` is a code the views turn into a message."""


def _lock(community: Community) -> Community:
    return Community.objects.select_for_update().get(pk=community.pk)


def _has_room(community: Community) -> bool:
    """Places are for participants: facilitators do not take one."""
    if community.capacity is None:
        return True
    participants = (
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .exclude(roles__role__in=FACILITATION_ROLES)
        .count()
    )
    return participants < community.capacity


def _set_status(membership: Membership, status: str, **extra: object) -> Membership:
    membership.status = status
    membership.status_changed_at = timezone.now()
    for name, value in extra.items():
        setattr(membership, name, value)
    membership.save()
    return membership


def activate(membership: Membership, *, ensure_role: bool = False) -> Membership:
    """Make an existing membership active from now (callers hold the community lock)."""
    now = timezone.now()
    _set_status(membership, MembershipStatus.ACTIVE, joined_at=now, left_at=None, leave_reason="")
    if ensure_role and not membership.roles.exists():
        MembershipRole.objects.create(
            organization=membership.organization, membership=membership, role=CommunityRole.MEMBER
        )
    return membership


def _admit(community: Community, membership: Membership) -> Membership:
    """Active if there is room, otherwise on the waiting list (community already locked)."""
    if _has_room(community):
        return activate(membership, ensure_role=True)
    return _set_status(membership, MembershipStatus.WAITLISTED)


def _membership_for(community: Community, user: User) -> Membership:
    membership, _created = Membership.objects.get_or_create(
        community=community,
        user=user,
        defaults={"organization": community.organization, "status": MembershipStatus.PENDING},
    )
    return membership


def promote_waitlist(community: Community) -> list[Membership]:
    """Fill free places with the people waiting longest (caller holds the community lock)."""
    promoted = []
    waiting = Membership.objects.filter(
        community=community, status=MembershipStatus.WAITLISTED
    ).order_by("status_changed_at", "pk")
    for membership in waiting:
        if not _has_room(community):
            break
        promoted.append(activate(membership, ensure_role=True))
        emails.queue_request_answered(membership)
    return promoted


@transaction.atomic
def join_community(*, user: User, community: Community, message: str = "") -> Membership:
    """Open: join (or wait for a place); on request: send a request; closed: refused."""
    community = _lock(community)
    if community.is_archived or community.is_draft:
        raise MembershipError("closed")
    existing = Membership.objects.filter(community=community, user=user).first()
    if existing is not None and existing.status == MembershipStatus.INVITED:
        return _admit(community, existing)
    if community.registration == Registration.CLOSED:
        raise MembershipError("closed")
    membership = existing or _membership_for(community, user)
    if membership.status in {MembershipStatus.ACTIVE, MembershipStatus.WAITLISTED}:
        return membership
    if membership.status == MembershipStatus.REMOVED:
        raise MembershipError("removed")
    if community.registration == Registration.OPEN:
        return _admit(community, membership)
    _set_status(membership, MembershipStatus.PENDING, request_message=message[:2000])
    emails.queue_join_request(membership)
    return membership


@transaction.atomic
def enrol_member(
    *,
    actor: User,
    community: Community,
    user: User,
    roles: tuple[str, ...] = (),
    expires_at: datetime | None = None,
) -> Membership:
    """A facilitator enrols someone directly (the selected list of a closed community).

    Without `roles` the person is a plain member and takes a place (or waits for one); with
    roles they hold exactly those (a facilitator or a guest expert, whose access ends at
    `expires_at`) and are admitted at once.
    """
    ensure_org_membership(organization=community.organization, user=user)
    community = _lock(community)
    membership = _membership_for(community, user)
    if membership.status == MembershipStatus.ACTIVE:
        pass
    elif roles:
        activate(membership)
    else:
        membership = _admit(community, membership)
    if membership.status == MembershipStatus.ACTIVE:
        for role in roles:
            give_role(
                actor=actor,
                membership=membership,
                role=role,
                expires_at=expires_at if role == CommunityRole.GUEST_EXPERT else None,
            )
    return membership


@transaction.atomic
def approve_request(*, actor: User, membership: Membership) -> Membership:
    """Accept a pending request; with no place left the person goes on the waiting list."""
    community = _lock(membership.community)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.status != MembershipStatus.PENDING:
        raise MembershipError("not_pending")
    membership = _admit(community, membership)
    emails.queue_request_answered(membership)
    return membership


@transaction.atomic
def decline_request(*, actor: User, membership: Membership) -> Membership:
    if membership.status != MembershipStatus.PENDING:
        raise MembershipError("not_pending")
    return _set_status(membership, MembershipStatus.DECLINED)


@transaction.atomic
def leave_community(*, user: User, membership: Membership, reason: str = "") -> Membership:
    """Leave (the reason is optional and kept for the drop-out indicator); frees a place."""
    community = _lock(membership.community)
    if membership.user_id != user.pk:
        raise MembershipError("not_yours")
    was_active = membership.status == MembershipStatus.ACTIVE
    _set_status(
        membership, MembershipStatus.LEFT, left_at=timezone.now(), leave_reason=reason[:2000]
    )
    if was_active:
        promote_waitlist(community)
    return membership


@transaction.atomic
def remove_member(*, actor: User, membership: Membership, reason: str = "") -> Membership:
    """A facilitator ends someone's membership; their roles go, the place is offered on."""
    community = _lock(membership.community)
    was_active = membership.status == MembershipStatus.ACTIVE
    roles = list(membership.roles.values_list("role", flat=True))
    membership.roles.all().delete()
    _set_status(
        membership, MembershipStatus.REMOVED, left_at=timezone.now(), leave_reason=reason[:2000]
    )
    record_audit(
        organization=community.organization,
        actor=actor,
        action="community_member.removed",
        target=membership.user.email,
        details={"community": community.slug, "roles": roles},
    )
    if was_active:
        promote_waitlist(community)
    return membership


@transaction.atomic
def give_role(
    *, actor: User, membership: Membership, role: str, expires_at: datetime | None = None
) -> MembershipRole:
    """Give a role (a guest expert's access must end on a date); audited."""
    if role not in CommunityRole.values:
        raise MembershipError("unknown_role")
    if role == CommunityRole.GUEST_EXPERT and expires_at is None:
        raise MembershipError("guest_needs_expiry")
    if membership.status != MembershipStatus.ACTIVE:
        raise MembershipError("not_active")
    granted, created = MembershipRole.objects.get_or_create(
        membership=membership,
        role=role,
        defaults={
            "organization": membership.organization,
            "expires_at": expires_at,
            "granted_by": actor,
        },
    )
    if not created and granted.expires_at != expires_at:
        granted.expires_at = expires_at
        granted.save(update_fields=["expires_at"])
    record_audit(
        organization=membership.organization,
        actor=actor,
        action="community_role.given",
        target=membership.user.email,
        details={
            "community": membership.community.slug,
            "role": role,
            "expires_at": expires_at.isoformat() if expires_at else None,
        },
    )
    return granted


@transaction.atomic
def withdraw_role(*, actor: User, membership_role: MembershipRole) -> None:
    """Withdraw a role; the community keeps at least one facilitator. Audited."""
    membership = membership_role.membership
    if membership_role.role in FACILITATION_ROLES:
        others = MembershipRole.objects.filter(
            membership__community_id=membership.community_id,
            membership__status=MembershipStatus.ACTIVE,
            role__in=FACILITATION_ROLES,
        ).exclude(pk=membership_role.pk)
        if not others.exists():
            raise MembershipError("last_facilitator")
    role = membership_role.role
    membership_role.delete()
    if not membership.roles.exists():
        MembershipRole.objects.create(
            organization=membership.organization, membership=membership, role=CommunityRole.MEMBER
        )
    record_audit(
        organization=membership.organization,
        actor=actor,
        action="community_role.withdrawn",
        target=membership.user.email,
        details={"community": membership.community.slug, "role": role},
    )


@transaction.atomic
def update_member_profile(*, membership: Membership, expertise: str) -> Membership:
    """What the member can help with, shown under « Who knows what? »."""
    membership.expertise = expertise[:2000]
    membership.save(update_fields=["expertise"])
    return membership


def make_invitation_token(invitation: CommunityInvitation) -> str:
    return signing.dumps(
        {"i": invitation.pk, "o": invitation.organization_id}, salt=INVITATION_SALT
    )


def read_invitation(token: str) -> CommunityInvitation:
    """The pending invitation behind a signed link, or MembershipError expired/invalid/used."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_MAX_AGE_DAYS * 86400)
    except signing.SignatureExpired as exc:
        raise MembershipError("expired") from exc
    except signing.BadSignature as exc:
        raise MembershipError("invalid") from exc
    with scopes_disabled():
        invitation = (
            CommunityInvitation.objects.select_related("community", "organization", "invited_by")
            .filter(pk=data.get("i"), organization_id=data.get("o"))
            .first()
        )
    if invitation is None or invitation.state == InvitationState.REVOKED:
        raise MembershipError("invalid")
    if invitation.state == InvitationState.ACCEPTED:
        raise MembershipError("used")
    return invitation


@transaction.atomic
def invite_to_community(*, actor: User, community: Community, email: str) -> CommunityInvitation:
    """Invite by email, with or without an account; re-inviting resends the pending invitation."""
    email = email.strip().lower()
    invitation = CommunityInvitation.objects.filter(
        community=community, email=email, state=InvitationState.PENDING
    ).first()
    if invitation is None:
        invitation = CommunityInvitation.objects.create(
            organization=community.organization,
            community=community,
            email=email,
            invited_by=actor,
        )
    with scopes_disabled():
        invitee = User.objects.filter(email=email).first()
    if invitee is not None:
        membership = _membership_for(community, invitee)
        if membership.status == MembershipStatus.ACTIVE:
            raise MembershipError("already_member")
        if membership.status not in {MembershipStatus.WAITLISTED}:
            _set_status(membership, MembershipStatus.INVITED)
    language = invitee.language if invitee else (actor.language or "fr")
    url = absolute_url(
        reverse(
            "communities_invitation", kwargs={"invite_token": make_invitation_token(invitation)}
        )
    )
    content = EmailContent(
        template="communities/emails/invitation",
        context={
            "community_name": community.name,
            "organization_name": community.organization.name,
            "inviter": actor.display_name,
            "description": community.description,
            "time_commitment": community.time_commitment,
            "url": url,
            "has_account": invitee is not None,
        },
    )
    transaction.on_commit(
        lambda: send_templated_email(to=email, content=content, language=language)
    )
    return invitation


@transaction.atomic
def accept_invitation(*, user: User, invitation: CommunityInvitation) -> Membership:
    """Join the community (and its organisation) through an invitation; usable once."""
    organization = invitation.organization
    ensure_org_membership(organization=organization, user=user)
    with scope(organization=organization):
        locked = CommunityInvitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.state != InvitationState.PENDING:
            raise MembershipError("used")
        community = _lock(invitation.community)
        membership = _membership_for(community, user)
        if membership.status != MembershipStatus.ACTIVE:
            membership = _admit(community, membership)
        locked.state = InvitationState.ACCEPTED
        locked.accepted_by = user
        locked.accepted_at = timezone.now()
        locked.save(update_fields=["state", "accepted_by", "accepted_at"])
    return membership
