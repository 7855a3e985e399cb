"""Personal data (Loi 25, GDPR): one registry of rules drives export, erasure and the schema test.

A `Rule` says how to find a person's rows in one model (paths to the person), which fields the
person receives in their export, and what account deletion does to those rows: delete them,
pseudonymise some fields, keep them (with a written reason: they hold no identity once the
account row is anonymised) or run a handler the owning app provides. The rules for every model
live in `cdp/privacy_rules.py`; `tests/privacy/test_rules.py` fails when a field holding personal
data is covered by none.

Deleting an account never deletes the `User` row: annual counts must still add up. The row is
anonymised last, after every other rule ran with the original email address, in one transaction.
"""

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from accounts.models import ConsentRecord, ConsentSource, User

USER_MODEL = "accounts.User"
DIRECTORY_TOPIC = "directory"


class Erase(StrEnum):
    DELETE = "delete"
    PSEUDONYMISE = "pseudonymise"
    KEEP = "keep"
    CUSTOM = "custom"


Handler = Callable[[User, "QuerySet[Any]"], int]


@dataclass(frozen=True)
class Rule:
    """How one model holds a person's data.

    `paths` are ORM lookups from the model to the person, OR-ed: a path ending on a relation to
    the user model matches the person's row, any other path is compared (case-insensitively) with
    the person's email address, and `"pk"` on the user model is the person. `replace` maps fields
    to a value or to a function of the user (PSEUDONYMISE). `covers` names further personal fields
    the rule accounts for (for the completeness test).
    """

    model: str
    paths: tuple[str, ...]
    erase: Erase
    reason: str
    export: tuple[str, ...]
    replace: Mapping[str, Any] = field(default_factory=dict)
    handler: Handler | None = None
    covers: tuple[str, ...] = ()
    section: str = ""

    def __post_init__(self) -> None:
        if not self.paths or not self.export or not self.reason.strip():
            raise ValueError(f"{self.model}: a rule needs paths, export fields and a reason")
        if (self.erase == Erase.PSEUDONYMISE) != bool(self.replace):
            raise ValueError(f"{self.model}: `replace` goes with PSEUDONYMISE, and only with it")
        if (self.erase == Erase.CUSTOM) != (self.handler is not None):
            raise ValueError(f"{self.model}: `handler` goes with CUSTOM, and only with it")

    @property
    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)

    @property
    def name(self) -> str:
        return self.section or self.model

    def covered_fields(self) -> set[str]:
        roots = {path.split("__")[0] for path in self.paths if path != "pk"}
        return roots | set(self.replace) | set(self.covers)


RULES: list[Rule] = []


def register(*rules: Rule) -> None:
    """Add rules to the registry; two rules of one model must name distinct sections."""
    for rule in rules:
        if any(existing.name == rule.name for existing in RULES):
            raise ValueError(f"duplicate privacy rule section {rule.name!r}")
        RULES.append(rule)


def all_rules() -> list[Rule]:
    """Every registered rule, the user model's last (it anonymises the row the others match)."""
    import cdp.privacy_rules  # noqa: F401  (registers the rules on first import)

    return sorted(RULES, key=lambda rule: rule.model == USER_MODEL)


def pseudonym(user: User) -> str:
    """A stable label for a deleted person: the same person's rows stay grouped, nobody named."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:privacy:{user.pk}".encode()).hexdigest()
    return f"Personne supprimée #{digest[:8]}"


def anonymous_email(user: User) -> str:
    return f"deleted-{user.pk}@invalid"


def _final_field(model: type[models.Model], path: str) -> Any:
    current: Any = model
    found: Any = None
    for part in path.split("__"):
        found = current._meta.get_field(part)
        current = found.related_model
    return found


def person_filter(model: type[models.Model], path: str, user: User, email: str) -> Q:
    """The condition selecting `user`'s rows of `model` through one path."""
    if path == "pk":
        return Q(pk=user.pk)
    final = _final_field(model, path)
    if final.is_relation:
        if final.related_model is not User:
            raise ValueError(f"{model._meta.label}.{path} does not lead to the user model")
        return Q(**{path: user.pk})
    return Q(**{f"{path}__iexact": email})


def rows_for(rule: Rule, user: User, email: str | None = None) -> "QuerySet[Any]":
    """The rows of `rule`'s model that belong to `user`; call inside `scopes_disabled()`."""
    model = rule.model_class
    condition = Q()
    for path in rule.paths:
        condition |= person_filter(model, path, user, email or user.email)
    manager = model._default_manager
    if len(rule.paths) == 1 and "__" not in rule.paths[0]:
        return manager.filter(condition)
    # Several paths or a join may repeat a row; a pk subquery keeps update() and delete() usable.
    return manager.filter(pk__in=manager.filter(condition).values("pk"))


def sole_coordinator_organizations(user: User) -> list[Any]:
    """Organisations that would be left without a coordinator if `user` deleted their account."""
    from django.db.models import Count

    from accounts.models import Organization, OrgRole

    with scopes_disabled():
        return list(
            Organization.objects.filter(
                memberships__user=user, memberships__role=OrgRole.COORDINATOR
            )
            .annotate(
                coordinators=Count(
                    "memberships", filter=Q(memberships__role=OrgRole.COORDINATOR), distinct=True
                )
            )
            .filter(coordinators=1)
            .order_by("name")
        )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID | Decimal):
        return str(value)
    return value


def export_person(user: User) -> dict[str, list[dict[str, Any]]]:
    """Every exported field of every row the rules find for `user`, by section."""
    sections: dict[str, list[dict[str, Any]]] = {}
    with scopes_disabled():
        for rule in all_rules():
            rows = rows_for(rule, user).order_by("pk").values(*rule.export)
            sections[rule.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return sections


def _csv_cell(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
    text = "" if text is None else str(text)
    # A spreadsheet would run a cell starting with one of these as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_archive(user: User) -> bytes:
    """A zip with `data.json` (all sections) and one CSV per section, for `user` only."""
    sections = export_person(user)
    document = {
        "generated_at": timezone.now().isoformat(),
        "person": user.pk,
        "sections": sections,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
        for rule in all_rules():
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(rule.export)
            for row in sections[rule.name]:
                writer.writerow([_csv_cell(row.get(name)) for name in rule.export])
            archive.writestr(f"csv/{rule.name}.csv", out.getvalue())
    return buffer.getvalue()


def _apply(rule: Rule, rows: "QuerySet[Any]", user: User) -> int:
    if rule.erase == Erase.DELETE:
        return int(rows.delete()[0])
    if rule.erase == Erase.PSEUDONYMISE:
        values = {name: (v(user) if callable(v) else v) for name, v in rule.replace.items()}
        return int(rows.update(**values))
    if rule.handler is not None:  # CUSTOM (a rule has a handler exactly when it is CUSTOM)
        return rule.handler(user, rows)
    return 0


@transaction.atomic
def erase_person(*, user: User, actor: User) -> dict[str, int]:
    """Delete or pseudonymise `user`'s data everywhere, then anonymise the account row.

    Returns the number of rows changed per section. The person can no longer sign in.
    """
    from cdp.audit import record_audit

    email = user.email
    counts: dict[str, int] = {}
    with scopes_disabled():
        organizations = list(
            apps.get_model("accounts", "Organization").objects.filter(memberships__user=user)
        )
        for organization in organizations:
            record_audit(
                organization=organization,
                actor=None if actor.pk == user.pk else actor,
                action="privacy.account_erased",
                target=f"user {user.pk}",
            )
        for rule in all_rules():
            counts[rule.name] = _apply(rule, rows_for(rule, user, email), user)
    return counts


def anonymise_user(user: User, rows: "QuerySet[Any]") -> int:
    """Blank the account row, make it unusable and end its sessions; the row itself stays."""
    user.email = anonymous_email(user)
    for name in ("first_name", "last_name", "pronouns", "job_title", "home_organization"):
        setattr(user, name, "")
    user.email_opt_outs = []
    user.directory_visible = False
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    _end_sessions(user)
    return 1


def _end_sessions(user: User) -> None:
    # Cache-backed sessions cannot be listed; they die anyway: the password hash they carry changed.
    if settings.SESSION_ENGINE not in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    ):
        return
    from django.contrib.sessions.models import Session

    stale = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk)
    ]
    Session.objects.filter(pk__in=stale).delete()


# Consent log


def record_consent(
    *, user: User, topic: str, granted: bool, wording: str, source: str
) -> ConsentRecord:
    """Append one dated choice with the exact wording the person was shown."""
    return ConsentRecord.objects.create(
        user=user, topic=topic, granted=granted, wording=str(wording), source=source
    )


def _kind_label(kind: str) -> str:
    from cdp.notifications import KINDS

    found = KINDS.get(kind)
    return str(found.label) if found else kind


def record_preference_changes(*, user: User, before: Mapping[str, Any]) -> list[ConsentRecord]:
    """Log what changed in the person's email opt-outs and directory visibility."""
    records = []
    if "email_opt_outs" in before:
        old, new = set(before["email_opt_outs"] or []), set(user.email_opt_outs or [])
        for kind in sorted(old ^ new):
            label = _kind_label(kind)
            records.append(
                record_consent(
                    user=user,
                    topic=kind,
                    granted=kind in old,
                    wording=f"{_('I no longer want to receive these emails')} — {label}",
                    source=ConsentSource.PROFILE,
                )
            )
    if (
        "directory_visible" in before
        and bool(before["directory_visible"]) != user.directory_visible
    ):
        records.append(
            record_consent(
                user=user,
                topic=DIRECTORY_TOPIC,
                granted=user.directory_visible,
                wording=_(
                    "Other members of your communities see your name, job title and organisation "
                    "in the directory."
                ),
                source=ConsentSource.PROFILE,
            )
        )
    return records


def record_unsubscribe(*, user: User, kind: str) -> ConsentRecord | None:
    """Log an unsubscribe by email link, when the person was still subscribed to `kind`."""
    if not user.wants_email(kind):
        return None
    return record_consent(
        user=user,
        topic=kind,
        granted=False,
        wording=_("Unsubscribe me from “%(kind)s” emails (link in an email).")
        % {"kind": _kind_label(kind)},
        source=ConsentSource.UNSUBSCRIBE_LINK,
    )


# Retention

INVITATION_LINK_DAYS = 30  # both invitation kinds stop working after 30 days (their services)


def _purge(label: str, condition: Q) -> int:
    try:
        model = apps.get_model(label)
    except LookupError:
        return 0
    return int(model._default_manager.filter(condition).delete()[0])


def retention_days() -> dict[str, int]:
    return {
        "notifications": settings.CDP_RETENTION_NOTIFICATIONS_DAYS,
        "invitations": settings.CDP_RETENTION_INVITATIONS_DAYS,
        "audit": settings.CDP_RETENTION_AUDIT_DAYS,
        "drafts": settings.CDP_RETENTION_INACTIVE_DRAFTS_DAYS,
    }


@transaction.atomic
def purge_expired(*, now: datetime | None = None) -> dict[str, int]:
    """Delete rows past their retention period (idempotent: a second run deletes nothing)."""
    now = now or timezone.now()
    days = retention_days()

    def before(key: str, extra: int = 0) -> datetime:
        return now - timedelta(days=days[key] + extra)

    invitations_cut = before("invitations")
    expired_cut = before("invitations", INVITATION_LINK_DAYS)
    with scopes_disabled():
        return {
            "notifications": _purge(
                "cdp.Notification",
                Q(
                    state__in=["sent", "cancelled", "failed"],
                    created_at__lt=before("notifications"),
                ),
            ),
            "org_invitations": _purge(
                "accounts.OrganizationInvitation",
                Q(status="revoked", created_at__lt=invitations_cut)
                | Q(status="pending", created_at__lt=expired_cut),
            ),
            "community_invitations": _purge(
                "communities.CommunityInvitation",
                Q(state="revoked", created_at__lt=invitations_cut)
                | Q(state="pending", created_at__lt=expired_cut),
            ),
            "audit": _purge("cdp.AuditEntry", Q(created_at__lt=before("audit"))),
            "drafts": _purge("evaluations.Draft", Q(updated_at__lt=before("drafts"))),
        }
