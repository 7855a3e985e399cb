"""Creating a community step by step (a draft saved at each step), editing it, cloning a cycle."""

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import Organization, User
from communities import content
from communities.models import (
    AXIS_CHOICES,
    Community,
    CommunityRole,
    Membership,
    MembershipRole,
    MembershipStatus,
    Objective,
    Origin,
    StageChange,
    Theme,
    ThemeStatus,
)
from communities.services.membership import activate, promote_waitlist

# Fields a facilitator edits through the guided form; anything else is set by a flow.
EDITABLE_FIELDS = frozenset(
    {
        "name",
        "description",
        "preset",
        *AXIS_CHOICES,
        "eligibility_criteria",
        "sponsor_organization",
        "expectations",
        "capacity",
        "ideal_size_min",
        "ideal_size_max",
        "default_meeting_minutes",
        "cadence_weeks",
        "planned_meetings",
        "time_commitment",
        "target_audience",
        "territory",
        "start_date",
        "end_date",
        "mission",
        "values",
        "not_list",
        "agreed_norms",
        "read_first",
    }
)
PRESETS = {preset["key"]: preset for preset in content.PRESETS}


def preset_values(key: str, language: str = "fr") -> dict[str, Any]:
    """Field values of one of the five piloted presets (unknown key → no values)."""
    preset = PRESETS.get(key)
    if preset is None:
        return {}
    values: dict[str, Any] = dict(preset["values"])
    values.update(
        capacity=preset["capacity"],
        cadence_weeks=preset["cadence_weeks"],
        default_meeting_minutes=preset["meeting_minutes"],
        planned_meetings=preset["planned_meetings"],
        ideal_size_min=preset["ideal_size_min"],
        ideal_size_max=preset["ideal_size_max"],
        time_commitment=preset["time_commitment"].get(language, preset["time_commitment"]["fr"]),
        preset=key,
    )
    return values


def unique_slug(name: str, wanted: str = "") -> str:
    """A free slug in the current organisation scope, derived from `wanted` or the name."""
    base = slugify(wanted or name)[:70] or "communaute"
    taken = set(Community.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug


def _apply(community: Community, fields: dict[str, Any]) -> list[str]:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(community, name, value)
    return list(fields)


@transaction.atomic
def create_draft(
    *,
    actor: User,
    organization: Organization,
    name: str,
    slug: str = "",
    preset: str = "",
    language: str = "fr",
    fields: dict[str, Any] | None = None,
) -> Community:
    """Start a draft community from a preset (then `fields`); its creator becomes facilitator."""
    community = Community(organization=organization, name=name, created_by=actor, is_draft=True)
    community.slug = unique_slug(name, slug)
    _apply(community, preset_values(preset, language))
    _apply(community, dict(fields or {}))
    if community.origin == Origin.INTENTIONAL and not community.sponsor_organization:
        community.sponsor_organization = organization.name
    community.save()
    StageChange.objects.create(
        organization=organization, community=community, stage=community.stage, changed_by=actor
    )
    membership = Membership.objects.create(
        organization=organization, community=community, user=actor, status=MembershipStatus.ACTIVE
    )
    activate(membership)
    MembershipRole.objects.create(
        organization=organization,
        membership=membership,
        role=CommunityRole.FACILITATOR,
        granted_by=actor,
    )
    return community


@transaction.atomic
def update_community(*, actor: User, community: Community, fields: dict[str, Any]) -> Community:
    """Save edited settings; raising the cap lets people waiting take the new places."""
    locked = Community.objects.select_for_update().get(pk=community.pk)
    changed = _apply(locked, fields)
    if changed:
        locked.save(update_fields=changed)
    if "capacity" in fields:
        promote_waitlist(locked)
    return locked


@transaction.atomic
def publish_community(*, actor: User, community: Community) -> Community:
    """End the guided creation: the community appears in the directory (if listed)."""
    Community.objects.filter(pk=community.pk).update(is_draft=False)
    community.is_draft = False
    return community


@transaction.atomic
def clone_community(
    *,
    actor: User,
    community: Community,
    name: str,
    keep_members: bool = False,
    format: str = "",
) -> Community:
    """Start a new cycle (« reprise »): same settings, objectives (unreviewed) and open themes;
    members only if asked. The new cycle starts as a draft at the Potential stage."""
    fields = {name: getattr(community, name) for name in EDITABLE_FIELDS}
    fields.update(name=name, start_date=None, end_date=None)
    if format:
        fields["format"] = format
    clone = create_draft(actor=actor, organization=community.organization, name=name, fields=fields)
    Community.objects.filter(pk=clone.pk).update(
        previous_cycle=community, cycle=community.cycle + 1
    )
    clone.previous_cycle, clone.cycle = community, community.cycle + 1
    Objective.objects.bulk_create(
        Objective(
            organization=clone.organization,
            community=clone,
            kind=objective.kind,
            text=objective.text,
        )
        for objective in community.objectives.all()
    )
    Theme.objects.bulk_create(
        Theme(
            organization=clone.organization,
            community=clone,
            title=theme.title,
            normalized_title=theme.normalized_title,
            details=theme.details,
            status=ThemeStatus.PROPOSED,
            proposed_by=theme.proposed_by,
        )
        for theme in community.themes.exclude(status=ThemeStatus.DROPPED)
        if theme.duplicate_of_id is None
    )
    if keep_members:
        _copy_members(community, clone, actor)
    return clone


def _copy_members(source: Community, clone: Community, actor: User) -> None:
    now = timezone.now()
    existing = set(clone.memberships.values_list("user_id", flat=True))
    for old in source.memberships.filter(status=MembershipStatus.ACTIVE).prefetch_related("roles"):
        if old.user_id in existing:
            continue
        membership = Membership.objects.create(
            organization=clone.organization,
            community=clone,
            user_id=old.user_id,
            status=MembershipStatus.ACTIVE,
            joined_at=now,
            status_changed_at=now,
            expertise=old.expertise,
        )
        MembershipRole.objects.bulk_create(
            MembershipRole(
                organization=clone.organization,
                membership=membership,
                role=role.role,
                granted_by=actor,
            )
            for role in old.roles.all()
            if role.role != CommunityRole.GUEST_EXPERT
        )
