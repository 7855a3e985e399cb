"""People, organisations (the tenants) and the roles people hold in them."""

import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: object) -> "User":
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class Language(models.TextChoices):
    FR = "fr", _("Français")
    EN = "en", _("English")


class User(AbstractUser):
    """A person; global across organisations, identified by email."""

    username = None  # type: ignore[assignment,misc]
    email = models.EmailField(_("email address"), unique=True)
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    home_organization = models.CharField(_("home organisation"), max_length=200, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=5, choices=Language.choices, default=Language.FR
    )
    email_opt_outs = models.JSONField(
        _("email opt-outs"),
        default=list,
        blank=True,
        help_text=_("Kinds of notification this person no longer wants to receive."),
    )
    directory_visible = models.BooleanField(_("visible in community directories"), default=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []  # type: ignore[misc]

    objects = UserManager()  # type: ignore[assignment,misc]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        full = self.get_full_name().strip()
        return full or self.email.split("@")[0]

    def wants_email(self, kind: str) -> bool:
        return kind not in (self.email_opt_outs or [])


RESERVED_SLUGS = frozenset(
    {
        "admin",
        "accounts",
        "profile",
        "language",
        "invitations",
        "unsubscribe",
        "healthz",
        "static",
        "media",
        "api",
        "library",
        "feeds",
        "rsvp",
        "c",
        "bench",
        "community-invitations",
        "privacy",
    }
)


def validate_org_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(_("This identifier is reserved by the platform."))


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(value)s"), params={"value": value})


class Organization(models.Model):
    """The tenant: a host organisation running communities of practice."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("address identifier"), max_length=60, unique=True, validators=[validate_org_slug]
    )
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="America/Toronto",
        validators=[validate_timezone],
    )
    description = models.TextField(_("description"), blank=True)
    privacy_contact = models.EmailField(_("privacy officer"))
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OrgRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    STAFF_FACILITATOR = "staff_facilitator", _("Staff facilitator")
    MEMBER = "member", _("Member")


class OrganizationMembership(models.Model):
    """A person's place in an organisation; the tenancy gate checks this row."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships", db_index=True
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="org_memberships"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=OrgRole.choices, default=OrgRole.MEMBER
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("organisation member")
        verbose_name_plural = _("organisation members")
        constraints = [
            models.UniqueConstraint(fields=["organization", "user"], name="uniq_org_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organization}"

    @property
    def is_coordinator(self) -> bool:
        return self.role == OrgRole.COORDINATOR

    @property
    def is_staff_facilitator(self) -> bool:
        return self.role == OrgRole.STAFF_FACILITATOR


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    REVOKED = "revoked", _("Revoked")


class OrganizationInvitation(models.Model):
    """An email invitation to join an organisation, possibly before the person has an account."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="invitations", db_index=True
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"), max_length=20, choices=OrgRole.choices, default=OrgRole.MEMBER
    )
    status = models.CharField(
        max_length=10, choices=InvitationStatus.choices, default=InvitationStatus.PENDING
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email


class ConsentSource(models.TextChoices):
    PROFILE = "profile", _("Profile settings")
    UNSUBSCRIBE_LINK = "unsubscribe_link", _("Unsubscribe link in an email")


class ConsentRecord(models.Model):
    """One dated choice about communications or visibility, with the wording the person saw."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent_records"
    )
    topic = models.CharField(
        _("topic"), max_length=60, help_text=_("A kind of email, or “directory”.")
    )
    granted = models.BooleanField(_("granted"))
    wording = models.TextField(_("wording shown"))
    source = models.CharField(_("where"), max_length=20, choices=ConsentSource.choices)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent log")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.topic}: {self.granted}"


class PrivacyIncident(models.Model):
    """A confidentiality incident in the register required by Loi 25 (kept at least five years)."""

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="+", db_index=True
    )
    occurred_at = models.DateTimeField(_("occurred on"), null=True, blank=True)
    discovered_at = models.DateTimeField(_("discovered on"))
    description = models.TextField(_("what happened"))
    data_concerned = models.TextField(_("personal information concerned"))
    people_affected_count = models.PositiveIntegerField(_("number of people affected"), default=0)
    serious_injury_risk = models.BooleanField(
        _("risk of serious injury"),
        default=False,
        help_text=_("If yes, the Commission and the people concerned must be notified promptly."),
    )
    reported_to_cai_on = models.DateField(
        _("reported to the Commission d'accès à l'information on"), null=True, blank=True
    )
    people_notified_on = models.DateField(_("people notified on"), null=True, blank=True)
    measures_taken = models.TextField(_("measures taken"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("confidentiality incident")
        verbose_name_plural = _("confidentiality incident register")
        ordering = ["-discovered_at", "-id"]

    def __str__(self) -> str:
        return f"{self.discovered_at:%Y-%m-%d} — {self.description[:60]}"
