"""Notifications about membership, sent through the outbox: a join request to the facilitators,
and the answer to the person who asked. Builders run at send time inside the organisation scope
and cancel themselves when the situation changed in the meantime."""

from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from cdp.mail import EmailContent, absolute_url
from cdp.models import Notification
from cdp.notifications import notification_key, queue_notification
from communities.models import FACILITATION_ROLES, Membership, MembershipRole, MembershipStatus

KIND_REQUEST = "communities.join_request"
KIND_ANSWER = "communities.request_answered"


def _membership(notification: Notification) -> Membership | None:
    return (
        Membership.objects.filter(pk=notification.context.get("membership_id"))
        .select_related("user", "community__organization")
        .first()
    )


def _url(name: str, membership: Membership) -> str:
    community = membership.community
    return absolute_url(
        reverse(
            name,
            kwargs={"org_slug": community.organization.slug, "community_slug": community.slug},
        )
    )


def build_join_request(notification: Notification) -> EmailContent | None:
    """Tell a facilitator someone asks to join; nothing if the request was already handled."""
    membership = _membership(notification)
    if membership is None or membership.status != MembershipStatus.PENDING:
        return None
    return EmailContent(
        template="communities/emails/join_request",
        context={
            "community_name": membership.community.name,
            "person": membership.user.display_name,
            "message": membership.request_message,
            "url": _url("communities_members", membership),
        },
    )


def build_request_answered(notification: Notification) -> EmailContent | None:
    """Tell the person their request was accepted (or that they wait for a place)."""
    membership = _membership(notification)
    if membership is None or membership.status not in {
        MembershipStatus.ACTIVE,
        MembershipStatus.WAITLISTED,
    }:
        return None
    return EmailContent(
        template="communities/emails/request_answered",
        context={
            "community_name": membership.community.name,
            "waitlisted": membership.status == MembershipStatus.WAITLISTED,
            "url": _url("community_home", membership),
        },
    )


def queue_join_request(membership: Membership) -> None:
    """One email per facilitator for this request (idempotent by request time)."""
    occasion = (membership.status_changed_at or timezone.now()).isoformat()
    facilitators = User.objects.filter(
        pk__in=MembershipRole.objects.filter(
            membership__community_id=membership.community_id,
            membership__status=MembershipStatus.ACTIVE,
            role__in=FACILITATION_ROLES,
        ).values("membership__user_id")
    )
    for person in facilitators:
        queue_notification(
            organization_id=membership.organization_id,
            kind=KIND_REQUEST,
            key=notification_key(
                KIND_REQUEST, f"membership:{membership.pk}", str(person.pk), occasion
            ),
            email=person.email,
            due_at=timezone.now(),
            recipient_id=person.pk,
            language=person.language,
            context={"membership_id": membership.pk},
        )


def queue_request_answered(membership: Membership) -> None:
    person = membership.user
    occasion = (membership.status_changed_at or timezone.now()).isoformat()
    queue_notification(
        organization_id=membership.organization_id,
        kind=KIND_ANSWER,
        key=notification_key(KIND_ANSWER, f"membership:{membership.pk}", str(person.pk), occasion),
        email=person.email,
        due_at=timezone.now(),
        recipient_id=person.pk,
        language=person.language,
        context={"membership_id": membership.pk},
    )
