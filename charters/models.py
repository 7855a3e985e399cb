"""Charters of a community, their versions and the signatures collected on them.

A published `CharterVersion` never changes; a `Signature` row never changes either (append-only,
refused by the ORM here and by a database trigger, see migration 0001), except for the one-way
pseudonymisation of its personal data when the signer deletes their account (Loi 25).
"""

import hashlib
import unicodedata
from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

PSEUDONYM_PREFIX = "pseudonym-"


def canonical_text(title: str, body: str) -> str:
    """The exact text a fingerprint is computed from.

    Title, a blank line, then the body; Unicode NFC; `\\n` line endings; trailing spaces removed
    from every line; leading and trailing blank lines removed. Nothing else is normalised, so any
    visible change to the wording changes the fingerprint.
    """
    raw = f"{title}\n\n{body}"
    raw = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in raw.split("\n")).strip()


def fingerprint_of(text: str) -> str:
    """SHA-256 (hex) of the UTF-8 bytes of an already canonical text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CharterKind(models.TextChoices):
    ENGAGEMENT = "engagement", _("Engagement charter")
    CONFIDENTIALITY = "confidentiality", _("Confidentiality charter")
    ENGAGEMENT_CONFIDENTIALITY = (
        "engagement_confidentiality",
        _("Engagement and confidentiality charter"),
    )
    OPERATING_FRAMEWORK = "operating_framework", _("Operating framework and collective values")
    EMPLOYER_COMMITMENT = "employer_commitment", _("Employer commitment")
    PARTICIPATION = "participation", _("Participation charter")


class Charter(models.Model):
    """One charter of a community (at most one per kind), with its gate and renewal settings."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="charters"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=CharterKind.choices)
    requires_signature = models.BooleanField(
        _("members must sign before seeing recaps and community tools"), default=False
    )
    renewal_months = models.PositiveSmallIntegerField(
        _("ask to sign again after (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep signatures valid until a material new version."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("charter")
        verbose_name_plural = _("charters")
        ordering = ["community", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["community", "kind"], name="uniq_charter_kind")
        ]

    def __str__(self) -> str:
        return str(self.get_kind_display())


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishedVersionError(Exception):
    """A published charter version was about to be changed or deleted."""


class CharterVersionQuerySet(models.QuerySet["CharterVersion"]):
    def update(self, **kwargs: Any) -> int:
        if self.filter(status=VersionStatus.PUBLISHED).exists():
            raise PublishedVersionError("a published charter version cannot be changed")
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.filter(status=VersionStatus.PUBLISHED).exists():
            raise PublishedVersionError("a published charter version cannot be deleted")
        return super().delete()


class CharterVersion(models.Model):
    """A numbered text of a charter in French and English; immutable once published.

    The text in `language` (the community's language when it was written) is the reference: its
    canonical form (see `canonical_text`) is what the SHA-256 `fingerprint` covers.
    """

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    charter = models.ForeignKey(Charter, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        max_length=10, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    language = models.CharField(
        _("reference language"), max_length=5, choices=settings.LANGUAGES, default="fr"
    )
    title_fr = models.CharField(_("title (French)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    body_fr = models.TextField(_("text (French)"))
    body_en = models.TextField(_("text (English)"))
    is_material = models.BooleanField(
        _("material change: everyone is asked to sign again"), default=True
    )
    change_note = models.CharField(_("what changed"), max_length=300, blank=True)
    is_open_for_comments = models.BooleanField(_("open to members for comments"), default=False)
    fingerprint = models.CharField(max_length=64, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(
        organization="organization",
        _manager_class=models.Manager.from_queryset(CharterVersionQuerySet),
    )

    class Meta:
        verbose_name = _("charter version")
        verbose_name_plural = _("charter versions")
        ordering = ["charter", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["charter", "number"], name="uniq_charter_version"),
            models.UniqueConstraint(
                fields=["charter"],
                condition=models.Q(status="draft"),
                name="one_draft_per_charter",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title_fr} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            stored_status = (
                type(self)
                .objects.with_scopes_disabled()  # type: ignore[attr-defined]
                .filter(pk=self.pk)
                .values_list("status", flat=True)
                .first()
            )
            if stored_status == VersionStatus.PUBLISHED:
                raise PublishedVersionError(f"published version {self.pk} cannot change")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if self.is_published:
            raise PublishedVersionError("a published charter version cannot be deleted")
        return super().delete(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == VersionStatus.PUBLISHED

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_fr

    def body(self, language: str) -> str:
        return self.body_en if language == "en" else self.body_fr

    def canonical_text(self) -> str:
        return canonical_text(self.title(self.language), self.body(self.language))

    def compute_fingerprint(self) -> str:
        return fingerprint_of(self.canonical_text())


class CharterComment(models.Model):
    """A member's comment on a draft opened for co-construction."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    version = models.ForeignKey(CharterVersion, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("comment on a charter draft")
        verbose_name_plural = _("comments on charter drafts")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.body[:60]


class AppendOnlyError(Exception):
    """A signature row was about to be changed or deleted."""


class SignatureQuerySet(models.QuerySet["Signature"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("signatures are append-only")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("signatures are append-only")

    def bulk_update(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("signatures are append-only")


class SignatureKind(models.TextChoices):
    SIGNED = "signed", _("Signed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class SignatureMethod(models.TextChoices):
    WEB = "web", _("On the platform")
    EMAIL_LINK = "email_link", _("From the email link")


class Signature(models.Model):
    """One signature or withdrawal event on a charter version; never changed once written.

    `fingerprint` is the SHA-256 of the version's canonical text at signing time, so a later
    change of the stored text is detected by `verify_signatures`.
    """

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+", db_index=True
    )
    version = models.ForeignKey(CharterVersion, on_delete=models.PROTECT, related_name="signatures")
    # SET_NULL is allowed by the trigger only on a row already pseudonymised (account deletion).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="charter_signatures",
    )
    kind = models.CharField(max_length=10, choices=SignatureKind.choices)
    method = models.CharField(max_length=12, choices=SignatureMethod.choices)
    signer_name = models.CharField(_("full name"), max_length=200)
    fingerprint = models.CharField(_("fingerprint (SHA-256)"), max_length=64)
    consent_text = models.TextField(_("consent wording shown"))
    language = models.CharField(max_length=5)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    signed_at = models.DateTimeField(_("time (UTC)"))
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=500, blank=True)
    pseudonymised_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(
        organization="organization", _manager_class=models.Manager.from_queryset(SignatureQuerySet)
    )

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["signed_at", "id"]
        indexes = [models.Index(fields=["version", "user"], name="signature_version_user_idx")]

    def __str__(self) -> str:
        return f"{self.signer_name} — {self.version} ({self.kind})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("signatures are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("signatures are append-only")

    @property
    def is_pseudonymised(self) -> bool:
        return self.pseudonymised_at is not None
