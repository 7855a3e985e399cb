"""Lifecycle (stages with a dated history, checklists, the Transformation decision), objectives
reviewed over time, and the themes backlog."""

import re
import unicodedata
from datetime import date

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from cdp.audit import record_audit
from communities import content
from communities.models import (
    Community,
    Objective,
    ObjectiveReview,
    ObjectiveStatus,
    Stage,
    StageChange,
    Theme,
    ThemeStatus,
    TransformationDecision,
)

CHECKLISTS = {
    "setup": {item["key"] for item in content.SETUP_CHECKLIST},
    "closing": {item["key"] for item in content.CLOSING_CHECKLIST},
}
# Small words that make two titles look different when they are the same topic.
STOP_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "d",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "pour",
        "sur",
        "nos",
        "notre",
        "nous",
        "the",
        "of",
        "and",
        "a",
        "an",
        "to",
        "in",
        "for",
        "on",
        "our",
    ]
)


@transaction.atomic
def change_stage(*, actor: User, community: Community, stage: str, note: str = "") -> StageChange:
    """Move to any stage (stages are not forced in order); each change is dated."""
    if stage not in Stage.values:
        raise ValueError(stage)
    Community.objects.filter(pk=community.pk).update(stage=stage)
    community.stage = stage
    return StageChange.objects.create(
        organization=community.organization,
        community=community,
        stage=stage,
        note=note[:2000],
        changed_by=actor,
    )


@transaction.atomic
def set_checklist_item(
    *, actor: User, community: Community, checklist: str, key: str, done: bool
) -> Community:
    """Tick or untick one item of the setup or closing checklist, in any order (dated)."""
    if key not in CHECKLISTS.get(checklist, set()):
        raise ValueError(f"{checklist}:{key}")
    locked = Community.objects.select_for_update().get(pk=community.pk)
    field = "setup_done" if checklist == "setup" else "closing_done"
    items = dict(getattr(locked, field) or {})
    if done:
        items[key] = {"on": timezone.localdate().isoformat(), "by": actor.display_name}
    else:
        items.pop(key, None)
    setattr(locked, field, items)
    locked.save(update_fields=[field])
    return locked


@transaction.atomic
def record_decision(
    *, actor: User, community: Community, decision: str, note: str = ""
) -> Community:
    """At Transformation: carry on, start a new cycle, or close and archive. Audited."""
    if decision not in TransformationDecision.values:
        raise ValueError(decision)
    if community.stage != Stage.TRANSFORMATION:
        raise ValueError("not at transformation")
    locked = Community.objects.select_for_update().get(pk=community.pk)
    locked.decision = decision
    locked.decision_note = note[:4000]
    locked.decided_at = timezone.now()
    locked.is_archived = decision == TransformationDecision.CLOSE
    locked.save(update_fields=["decision", "decision_note", "decided_at", "is_archived"])
    record_audit(
        organization=locked.organization,
        actor=actor,
        action="community.decision",
        target=locked.slug,
        details={"decision": decision},
    )
    return locked


@transaction.atomic
def add_objective(
    *, actor: User, community: Community, kind: str, text: str, status: str = ""
) -> Objective:
    objective = Objective.objects.create(
        organization=community.organization, community=community, kind=kind, text=text[:300]
    )
    if status:
        review_objective(actor=actor, objective=objective, status=status)
    return objective


@transaction.atomic
def review_objective(
    *, actor: User, objective: Objective, status: str, note: str = ""
) -> ObjectiveReview:
    """Record a review (attained / partly / not attained); the history keeps every review."""
    if status not in ObjectiveStatus.values:
        raise ValueError(status)
    review = ObjectiveReview.objects.create(
        organization=objective.organization,
        objective=objective,
        status=status,
        note=note[:2000],
        reviewed_by=actor,
    )
    objective.status = status
    objective.reviewed_at = review.reviewed_at
    objective.save(update_fields=["status", "reviewed_at"])
    return review


def normalize_title(title: str) -> str:
    """Lower case, no accents, no punctuation, no small words: « Le racisme! » ≈ « racisme »."""
    text = unicodedata.normalize("NFKD", title.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = [word for word in re.split(r"[^a-z0-9]+", text) if word and word not in STOP_WORDS]
    return " ".join(words)[:200]


@transaction.atomic
def propose_theme(
    *,
    actor: User | None,
    community: Community,
    title: str,
    details: str = "",
    status: str = ThemeStatus.PROPOSED,
) -> Theme:
    """Add a theme to the backlog; a theme with the same normalised title is flagged as its twin."""
    normalized = normalize_title(title)
    twin = (
        Theme.objects.filter(community=community, normalized_title=normalized, duplicate_of=None)
        .order_by("created_at", "pk")
        .first()
        if normalized
        else None
    )
    return Theme.objects.create(
        organization=community.organization,
        community=community,
        title=title.strip()[:200],
        normalized_title=normalized,
        details=details[:4000],
        status=status,
        duplicate_of=twin,
        proposed_by=actor,
    )


@transaction.atomic
def plan_theme(*, actor: User, theme: Theme, planned_for: date) -> Theme:
    """Put a theme on the themes calendar."""
    theme.status = ThemeStatus.PLANNED
    theme.planned_for = planned_for
    theme.save(update_fields=["status", "planned_for"])
    return theme


@transaction.atomic
def mark_theme_covered(*, actor: User, theme: Theme, covered_on: date | None = None) -> Theme:
    """The theme was discussed: it moves to the history of covered topics."""
    theme.status = ThemeStatus.COVERED
    theme.covered_on = covered_on or theme.planned_for or timezone.localdate()
    theme.save(update_fields=["status", "covered_on"])
    return theme


@transaction.atomic
def set_theme_aside(*, actor: User, theme: Theme) -> Theme:
    theme.status = ThemeStatus.DROPPED
    theme.save(update_fields=["status"])
    return theme
