"""Communities of practice, the people in them, the roles they hold, and what they work on.

Typology labels are the English wording of `communities.content.AXES`; the French comes from the
app's catalogue. Definitions (help texts) are read from the content module in the viewer's language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from django_stubs_ext import StrOrPromise
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase


class Registration(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    ON_REQUEST = "on_request", _("On request")


class Modality(models.TextChoices):
    VIRTUAL = "virtual", _("Virtual")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class Origin(models.TextChoices):
    SPONTANEOUS = "spontaneous", _("Spontaneous")
    INTENTIONAL = "intentional", _("Intentional")


class Format(models.TextChoices):
    LEARNING_CIRCLE = "learning_circle", _("Learning circle")
    CODEVELOPMENT = "codevelopment", _("Co-development group")
    THEMATIC = "thematic", _("Thematic community")
    PEER_TRAINING = "peer_training", _("Peer training")
    APPRECIATIVE = "appreciative_consultation", _("Appreciative consultation group")
    TAILOR_MADE = "tailor_made", _("Tailor-made")


class Structure(models.TextChoices):
    VERY_LOOSE = "very_loose", _("Very loose")
    FLEXIBLE = "flexible", _("Flexible")
    FRAMED = "framed", _("Framed")
    STRUCTURED_PROTOCOL = "structured_protocol", _("Structured protocol")


class OrgScope(models.TextChoices):
    INTRA = "intra_organizational", _("Within one organisation")
    INTER = "inter_organizational", _("Across organisations")


class SectorScope(models.TextChoices):
    INTRA = "intra_sectoral", _("Single sector")
    INTER = "inter_sectoral", _("Cross-sector")


class Geography(models.TextChoices):
    LOCAL = "local", _("Local")
    DISPERSED = "dispersed", _("Dispersed")


class Diversity(models.TextChoices):
    HOMOGENEOUS = "homogeneous", _("Homogeneous")
    DIVERSE = "diverse", _("Diverse")


class Formalization(models.TextChoices):
    INVISIBLE = "invisible", _("Invisible")
    MARGINAL = "marginal", _("Marginal")
    AUTHORIZED = "authorized", _("Sanctioned")
    SUPPORTED = "supported", _("Supported")
    INSTITUTIONALIZED = "institutionalized", _("Institutionalised")


class Anchoring(models.TextChoices):
    FUNCTION = "function", _("A function")
    PRACTICE_FIELD = "practice_field", _("A field of practice")
    SPECIFIC_ISSUE = "specific_issue", _("A specific issue")


class TopicSetting(models.TextChoices):
    ANNOUNCED = "announced_calendar", _("Announced calendar")
    EMERGENT = "emergent", _("Emergent topics")
    COMMITTEE = "committee", _("Set by a committee")


class Stage(models.TextChoices):
    POTENTIAL = "potential", _("Potential")
    COALESCING = "coalescing", _("Coalescing")
    MATURING = "maturing", _("Maturing")
    STEWARDSHIP = "stewardship", _("Momentum")
    TRANSFORMATION = "transformation", _("Transformation")


class Visibility(models.TextChoices):
    LISTED = "listed", _("Listed")
    UNLISTED = "unlisted", _("Unlisted")


class TransformationDecision(models.TextChoices):
    CONTINUE = "continue", _("Carry on with the same format")
    NEW_CYCLE = "new_cycle", _("Start a new cycle with a different format")
    CLOSE = "close", _("Close the community and keep its records")


# Axis key → model field choices, in the order of the directory filters and the community card.
AXIS_CHOICES: dict[str, type[models.TextChoices]] = {
    "registration": Registration,
    "modality": Modality,
    "origin": Origin,
    "format": Format,
    "structure": Structure,
    "org_scope": OrgScope,
    "sector_scope": SectorScope,
    "geography": Geography,
    "diversity": Diversity,
    "formalization": Formalization,
    "anchoring": Anchoring,
    "topic_setting": TopicSetting,
    "visibility": Visibility,
}


def _axis(
    label: "StrOrPromise", choices: type[models.TextChoices], default: str
) -> models.CharField:  # type: ignore[type-arg]
    return models.CharField(label, max_length=30, choices=choices.choices, default=default)


class Community(models.Model):
    """A community of practice (CdP) run by an organisation."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="communities", db_index=True
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("web address"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    preset = models.CharField(_("starting model"), max_length=30, blank=True)
    format = models.CharField(
        _("format"), max_length=30, choices=Format.choices, default=Format.LEARNING_CIRCLE
    )
    registration = models.CharField(
        _("registration"), max_length=12, choices=Registration.choices, default=Registration.CLOSED
    )
    eligibility_criteria = models.TextField(
        _("eligibility criteria"),
        blank=True,
        help_text=_("For closed registration: profession, role, field of activity…"),
    )
    modality = models.CharField(
        _("modality"), max_length=12, choices=Modality.choices, default=Modality.VIRTUAL
    )
    origin = _axis(_("origin"), Origin, Origin.INTENTIONAL)
    sponsor_organization = models.CharField(
        _("sponsoring organisation"), max_length=200, blank=True
    )
    expectations = models.TextField(_("stated expectations"), blank=True)
    structure = _axis(_("level of structure"), Structure, Structure.FLEXIBLE)
    org_scope = _axis(_("organisational scope"), OrgScope, OrgScope.INTER)
    sector_scope = _axis(_("sector scope"), SectorScope, SectorScope.INTRA)
    geography = _axis(_("geography"), Geography, Geography.LOCAL)
    diversity = _axis(_("composition"), Diversity, Diversity.HOMOGENEOUS)
    formalization = _axis(_("degree of formalisation"), Formalization, Formalization.SUPPORTED)
    anchoring = _axis(_("anchoring"), Anchoring, Anchoring.FUNCTION)
    topic_setting = _axis(_("topic setting"), TopicSetting, TopicSetting.EMERGENT)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.LISTED
    )
    stage = models.CharField(
        _("stage"), max_length=16, choices=Stage.choices, default=Stage.POTENTIAL
    )
    capacity = models.PositiveIntegerField(_("maximum number of members"), null=True, blank=True)
    ideal_size_min = models.PositiveSmallIntegerField(_("ideal size from"), null=True, blank=True)
    ideal_size_max = models.PositiveSmallIntegerField(_("ideal size to"), null=True, blank=True)
    default_meeting_minutes = models.PositiveIntegerField(
        _("usual meeting length (minutes)"), default=120
    )
    cadence_weeks = models.PositiveSmallIntegerField(
        _("weeks between meetings"), null=True, blank=True
    )
    planned_meetings = models.PositiveSmallIntegerField(
        _("planned meetings"), null=True, blank=True
    )
    time_commitment = models.CharField(_("expected time commitment"), max_length=300, blank=True)
    target_audience = models.CharField(_("target audience"), max_length=300, blank=True)
    territory = models.CharField(_("territory"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    mission = models.TextField(_("mission"), blank=True)
    values = models.TextField(_("values"), blank=True)
    not_list = models.JSONField(_("what we are not"), default=list, blank=True)
    agreed_norms = models.TextField(_("agreed norms"), blank=True)
    read_first = models.TextField(_("what to read first"), blank=True)
    setup_done = models.JSONField(default=dict, blank=True)
    closing_done = models.JSONField(default=dict, blank=True)
    decision = models.CharField(
        _("decision"), max_length=12, choices=TransformationDecision.choices, blank=True
    )
    decision_note = models.TextField(_("lessons and reasons"), blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    previous_cycle = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="next_cycles"
    )
    cycle = models.PositiveSmallIntegerField(_("cycle"), default=1)
    is_draft = models.BooleanField(_("draft"), default=False)
    is_archived = models.BooleanField(_("archived"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "slug"], name="uniq_community_slug")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_full(self) -> bool:
        """Needs `active_count` to have been annotated or set by the caller."""
        count = getattr(self, "active_count", None)
        return self.capacity is not None and count is not None and count >= self.capacity


class StageChange(models.Model):
    """One dated step of the community's lifecycle."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    note = models.TextField(_("note"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.community} → {self.stage}"


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Member")
    PENDING = "pending", _("Request pending")
    INVITED = "invited", _("Invitation sent")
    WAITLISTED = "waitlisted", _("Waiting list")
    LEFT = "left", _("Left")
    REMOVED = "removed", _("Removed")
    DECLINED = "declined", _("Request declined")


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
        _("status"),
        max_length=12,
        choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
    )
    joined_at = models.DateTimeField(_("member since"), null=True, blank=True)
    left_at = models.DateTimeField(_("left on"), null=True, blank=True)
    leave_reason = models.TextField(_("reason for leaving"), blank=True)
    request_message = models.TextField(_("message with the request"), blank=True)
    expertise = models.TextField(
        _("what I can help with"),
        blank=True,
        help_text=_("Shown in the member directory under « Who knows what? »."),
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("community member")
        verbose_name_plural = _("community members")
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
    FACILITATOR = "facilitator", _("Facilitator")
    CO_FACILITATOR = "co_facilitator", _("Co-facilitator")
    SPONSOR = "sponsor", _("Sponsor")
    FOUNDER = "founder", _("Founder")
    CONTENT_EXPERT = "content_expert", _("Content expert")
    WATCHER = "watcher", _("Watcher")
    REPORTER = "reporter", _("Reporter / note-taker")
    MODERATOR = "moderator", _("Moderator")
    MENTOR = "mentor", _("Mentor")
    MEMBER = "member", _("Member")
    OBSERVER = "observer", _("Observer")
    GUEST_EXPERT = "guest_expert", _("Guest expert")


FACILITATION_ROLES = frozenset({CommunityRole.FACILITATOR, CommunityRole.CO_FACILITATOR})


class MembershipRole(models.Model):
    """One role held through a membership; a guest expert's role can expire."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("role"), max_length=20, choices=CommunityRole.choices)
    expires_at = models.DateTimeField(_("access until"), null=True, blank=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("role in the community")
        verbose_name_plural = _("roles in the community")
        constraints = [
            models.UniqueConstraint(fields=["membership", "role"], name="uniq_membership_role")
        ]

    def __str__(self) -> str:
        return str(self.get_role_display())


class InvitationState(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    REVOKED = "revoked", _("Cancelled")


class CommunityInvitation(models.Model):
    """An email invitation to one community, for someone with or without an account."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    state = models.CharField(
        max_length=10, choices=InvitationState.choices, default=InvitationState.PENDING
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
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email


class ObjectiveStatus(models.TextChoices):
    ATTAINED = "attained", _("Attained")
    PARTLY = "partly_attained", _("Partly attained")
    NOT_ATTAINED = "not_attained", _("Not attained")


class ObjectiveKind(models.TextChoices):
    KNOWLEDGE_SHARING = "knowledge_sharing", _("Share knowledge and experience")
    PRACTICE = "practice_improvement", _("Improve and align our practices")
    NETWORKING = "networking", _("Build ties and break isolation")
    TOOLS = "tool_production", _("Produce or pool tools")
    SUPPORT = "mutual_support", _("Support each other and vent among peers")
    SKILLS = "skills", _("Develop skills and equip newcomers to the field")
    PROBLEM_SOLVING = "problem_solving", _("Solve concrete problems together")
    RESOURCES = "resource_pooling", _("Pool resources")
    JOINT_PROJECTS = "joint_projects", _("Develop or strengthen joint projects")
    OTHER = "other", _("Other")


class Objective(models.Model):
    """A typed objective; its status is reviewed over time (history in ObjectiveReview)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="objectives")
    kind = models.CharField(_("kind"), max_length=30, choices=ObjectiveKind.choices)
    text = models.CharField(_("objective"), max_length=300)
    status = models.CharField(
        _("status"), max_length=16, choices=ObjectiveStatus.choices, blank=True
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.text


class ObjectiveReview(models.Model):
    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="reviews")
    status = models.CharField(_("status"), max_length=16, choices=ObjectiveStatus.choices)
    note = models.TextField(_("note"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        ordering = ["-reviewed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.objective} → {self.status}"


class ThemeStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PLANNED = "planned", _("Planned")
    COVERED = "covered", _("Covered")
    DROPPED = "dropped", _("Set aside")


class Theme(models.Model):
    """A topic in the backlog: proposed by a member, planned on a date, then covered."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="themes")
    title = models.CharField(_("theme"), max_length=200)
    normalized_title = models.CharField(max_length=200, db_index=True, editable=False)
    details = models.TextField(_("details"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ThemeStatus.choices, default=ThemeStatus.PROPOSED
    )
    planned_for = models.DateField(_("planned for"), null=True, blank=True)
    covered_on = models.DateField(_("covered on"), null=True, blank=True)
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates"
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        ordering = ["planned_for", "created_at", "pk"]
        indexes = [models.Index(fields=["community", "status"], name="theme_status_idx")]

    def __str__(self) -> str:
        return self.title


class CommunityUserObjectPermission(UserObjectPermissionBase):
    """Per-object exceptions (django-guardian, direct foreign key), e.g. an external reviewer."""

    content_object = models.ForeignKey(Community, on_delete=models.CASCADE)


class CommunityGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Community, on_delete=models.CASCADE)
