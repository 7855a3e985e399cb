"""Reads of charters and of who signed what, each in a fixed number of queries."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from charters.models import Charter, CharterVersion, Signature, SignatureKind, VersionStatus
from communities.models import (
    FACILITATION_ROLES,
    Community,
    Membership,
    MembershipRole,
    MembershipStatus,
)


class SignatureStatus(models.TextChoices):
    SIGNED = "signed", _("Signed")
    NOT_YET = "not_yet", _("Not signed yet")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    TO_RENEW = "to_renew", _("To sign again")


@dataclass(frozen=True)
class MemberStatus:
    user: User
    status: SignatureStatus
    last_event: Signature | None
    is_facilitator: bool = False
    joined_at: datetime | None = None

    @property
    def is_blocked(self) -> bool:
        return not self.is_facilitator and self.status != SignatureStatus.SIGNED


def published_versions(charter: Charter) -> list[CharterVersion]:
    """Published versions, newest first (uses the prefetched `versions` when present)."""
    versions = [v for v in charter.versions.all() if v.status == VersionStatus.PUBLISHED]
    return sorted(versions, key=lambda v: v.number, reverse=True)


def current_version(charter: Charter) -> CharterVersion | None:
    versions = published_versions(charter)
    return versions[0] if versions else None


def required_version(charter: Charter) -> CharterVersion | None:
    """The newest material version: signing it (or any later one) counts as signed."""
    versions = published_versions(charter)
    for version in versions:
        if version.is_material:
            return version
    return versions[-1] if versions else None


def draft_version(charter: Charter) -> CharterVersion | None:
    return next((v for v in charter.versions.all() if v.status == VersionStatus.DRAFT), None)


def status_from_events(
    charter: Charter, events: Sequence[Signature], now: datetime | None = None
) -> tuple[SignatureStatus, Signature | None]:
    """The status of one person given their events on `charter`, oldest first."""
    required = required_version(charter)
    if not events:
        return SignatureStatus.NOT_YET, None
    last = events[-1]
    if last.kind == SignatureKind.WITHDRAWN:
        return SignatureStatus.WITHDRAWN, last
    if required is None or last.version.number < required.number:
        return SignatureStatus.TO_RENEW, last
    if charter.renewal_months:
        expires = last.signed_at + relativedelta(months=charter.renewal_months)
        if expires <= (now or timezone.now()):
            return SignatureStatus.TO_RENEW, last
    return SignatureStatus.SIGNED, last


def _versions_prefetch() -> Prefetch:  # type: ignore[type-arg]
    return Prefetch("versions", queryset=CharterVersion.objects.order_by("-number"))


def community_charters(community: Community) -> list[Charter]:
    """The community's charters with their versions (two queries)."""
    charters = list(
        Charter.objects.filter(community=community).prefetch_related(_versions_prefetch())
    )
    for charter in charters:
        charter.community = community
    return charters


def get_charter(community: Community, charter_id: int) -> Charter | None:
    charter = (
        Charter.objects.filter(community=community, pk=charter_id)
        .prefetch_related(_versions_prefetch())
        .first()
    )
    if charter is not None:
        charter.community = community
    return charter


def load_charter(community: Community, charter_id: int) -> Charter:
    """Like `get_charter`, for callers that know the charter exists (services, demo)."""
    charter = get_charter(community, charter_id)
    if charter is None:
        raise Charter.DoesNotExist(charter_id)
    return charter


def events_by_user(
    charters: Iterable[Charter], user_ids: Iterable[int] | None = None
) -> dict[tuple[int, int], list[Signature]]:
    """Signature events keyed by (charter id, user id), oldest first (one query)."""
    charter_list = list(charters)
    versions = {v.pk: v for c in charter_list for v in c.versions.all()}
    queryset = Signature.objects.filter(version__charter__in=charter_list).order_by(
        "signed_at", "id"
    )
    if user_ids is not None:
        queryset = queryset.filter(user_id__in=list(user_ids))
    grouped: dict[tuple[int, int], list[Signature]] = {}
    for event in queryset:
        if event.user_id is None:
            continue
        event.version = versions[event.version_id]
        grouped.setdefault((event.version.charter_id, event.user_id), []).append(event)
    return grouped


def active_memberships(community: Community) -> list[Membership]:
    """Active memberships with their user and an `is_facilitator` annotation (one query)."""
    facilitation = MembershipRole.objects.filter(
        membership=OuterRef("pk"), role__in=list(FACILITATION_ROLES)
    ).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()))
    return list(
        Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        .select_related("user")
        .annotate(is_facilitator=Exists(facilitation))
        .order_by("user__last_name", "user__first_name", "user__email")
    )


def _is_facilitator(membership: Membership, now: datetime) -> bool:
    return any(
        role.role in FACILITATION_ROLES and (role.expires_at is None or role.expires_at > now)
        for role in membership.roles.all()
    )


def member_statuses(charter: Charter, now: datetime | None = None) -> list[MemberStatus]:
    """Every active member of the charter's community with their status (two queries)."""
    now = now or timezone.now()
    memberships = active_memberships(charter.community)
    events = events_by_user([charter])
    result = []
    for membership in memberships:
        status, last = status_from_events(
            charter, events.get((charter.pk, membership.user_id), []), now
        )
        result.append(
            MemberStatus(
                user=membership.user,
                status=status,
                last_event=last,
                is_facilitator=bool(membership.is_facilitator),  # type: ignore[attr-defined]
                joined_at=membership.joined_at,
            )
        )
    return result


def status_counts(statuses: Iterable[MemberStatus]) -> dict[str, int]:
    counts = {choice.value: 0 for choice in SignatureStatus}
    for status in statuses:
        counts[status.status.value] += 1
    return counts


def user_events(charter: Charter, user: User) -> list[Signature]:
    return events_by_user([charter], [user.pk]).get((charter.pk, user.pk), [])


def signature_for_pdf(signature_id: int) -> Signature | None:
    return (
        Signature.objects.filter(pk=signature_id)
        .select_related("version__charter__community", "user")
        .first()
    )


def charter_signatures(charter: Charter) -> list[Signature]:
    """Every event of every version of `charter`, oldest first, for exports (one query)."""
    return list(
        Signature.objects.filter(version__charter=charter)
        .select_related("version")
        .order_by("signed_at", "id")
    )
