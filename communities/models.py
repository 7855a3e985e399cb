"""Communities of practice, the people in them and the roles they hold."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase


class Registration(models.TextChoices):
    OPEN = "open", _("Ouverte")
    CLOSED = "closed", _("Fermée")
    ON_REQUEST = "on_request", _("Sur demande")


class Modality(models.TextChoices):
    VIRTUAL = "virtual", _("Virtuelle")
    IN_PERSON = "in_person", _("En présentiel")
    HYBRID = "hybrid", _("Hybride")


class Format(models.TextChoices):
    LEARNING_CIRCLE = "learning_circle", _("Cercle d'apprentissage")
    CODEVELOPMENT = "codevelopment", _("Groupe de codéveloppement")
    THEMATIC = "thematic", _("CdP thématique")
    PEER_TRAINING = "peer_training", _("Formation par les pair·e·s")
    APPRECIATIVE = "appreciative_consultation", _("Groupe de consultation appréciatif")
    TAILOR_MADE = "tailor_made", _("Sur mesure")


class Stage(models.TextChoices):
    POTENTIAL = "potential", _("Potentiel")
    COALESCING = "coalescing", _("Unification")
    MATURING = "maturing", _("Maturité")
    STEWARDSHIP = "stewardship", _("Momentum")
    TRANSFORMATION = "transformation", _("Transformation")


class Visibility(models.TextChoices):
    LISTED = "listed", _("Affichée dans le répertoire")
    UNLISTED = "unlisted", _("Non affichée (sur invitation)")


class Community(models.Model):
    """A community of practice (CdP) run by an organisation."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="communities", db_index=True
    )
    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant d'adresse"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    format = models.CharField(
        _("formule"), max_length=30, choices=Format.choices, default=Format.LEARNING_CIRCLE
    )
    registration = models.CharField(
        _("inscriptions"), max_length=12, choices=Registration.choices, default=Registration.CLOSED
    )
    modality = models.CharField(
        _("modalité"), max_length=12, choices=Modality.choices, default=Modality.VIRTUAL
    )
    visibility = models.CharField(
        _("visibilité"), max_length=10, choices=Visibility.choices, default=Visibility.LISTED
    )
    stage = models.CharField(
        _("stade"), max_length=16, choices=Stage.choices, default=Stage.POTENTIAL
    )
    capacity = models.PositiveIntegerField(_("nombre maximal de membres"), null=True, blank=True)
    default_meeting_minutes = models.PositiveIntegerField(
        _("durée habituelle des rencontres (minutes)"), default=120
    )
    target_audience = models.CharField(_("public cible"), max_length=300, blank=True)
    is_archived = models.BooleanField(_("archivée"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("communauté")
        verbose_name_plural = _("communautés")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "slug"], name="uniq_community_slug")
        ]

    def __str__(self) -> str:
        return self.name


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Membre")
    PENDING = "pending", _("Demande en attente")
    INVITED = "invited", _("Invitation envoyée")
    WAITLISTED = "waitlisted", _("Liste d'attente")
    LEFT = "left", _("A quitté")
    REMOVED = "removed", _("Retiré·e")
    DECLINED = "declined", _("Demande refusée")


class Membership(models.Model):
    """A person's membership of one community; its roles are the source of truth for access."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_memberships"
    )
    status = models.CharField(
        _("statut"), max_length=12, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    joined_at = models.DateTimeField(_("membre depuis"), null=True, blank=True)
    left_at = models.DateTimeField(_("départ le"), null=True, blank=True)
    leave_reason = models.TextField(_("raison du départ"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("membre de la communauté")
        verbose_name_plural = _("membres de la communauté")
        constraints = [
            models.UniqueConstraint(fields=["community", "user"], name="uniq_community_membership")
        ]
        indexes = [models.Index(fields=["community", "status"], name="membership_status_idx")]

    def __str__(self) -> str:
        return f"{self.user} — {self.community}"

    @property
    def is_active(self) -> bool:
        return self.status == MembershipStatus.ACTIVE


class CommunityRole(models.TextChoices):
    FACILITATOR = "facilitator", _("Animateur·trice")
    CO_FACILITATOR = "co_facilitator", _("Co-animateur·trice")
    SPONSOR = "sponsor", _("Marraine / parrain")
    FOUNDER = "founder", _("Fondateur·trice")
    CONTENT_EXPERT = "content_expert", _("Expert·e de contenu")
    WATCHER = "watcher", _("Veilleur·euse")
    REPORTER = "reporter", _("Rapporteur·euse")
    MODERATOR = "moderator", _("Modérateur·trice")
    MENTOR = "mentor", _("Mentor")
    MEMBER = "member", _("Membre")
    OBSERVER = "observer", _("Observateur·trice")
    GUEST_EXPERT = "guest_expert", _("Expert·e invité·e")


FACILITATION_ROLES = frozenset({CommunityRole.FACILITATOR, CommunityRole.CO_FACILITATOR})


class MembershipRole(models.Model):
    """One role held through a membership; a guest expert's role can expire."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("rôle"), max_length=20, choices=CommunityRole.choices)
    expires_at = models.DateTimeField(_("accès jusqu'au"), null=True, blank=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("rôle dans la communauté")
        verbose_name_plural = _("rôles dans la communauté")
        constraints = [
            models.UniqueConstraint(fields=["membership", "role"], name="uniq_membership_role")
        ]

    def __str__(self) -> str:
        return self.get_role_display()


class CommunityUserObjectPermission(UserObjectPermissionBase):
    """Per-object exceptions (django-guardian, direct foreign key), e.g. an external reviewer."""

    content_object = models.ForeignKey(Community, on_delete=models.CASCADE)


class CommunityGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Community, on_delete=models.CASCADE)
