"""Tools at three levels: the platform library (no tenant), an organisation's, a community's own.

`LibraryTool` belongs to no organisation on purpose: it is platform content, read-only for
tenants, so it has no `organization` column a scope could forget. Everything a tenant writes is a
`Tool` (organisation FK + ScopedManager), optionally limited to one community, and may remember
the library sheet or the tool it was adapted from.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from toolbox.text import fold_text, join_codes, split_codes


class Category(models.TextChoices):
    PRESENTATION = "presentation", _("Presentation")
    FACILITATION_SHEET = "facilitation_sheet", _("Facilitation sheet")
    TEMPLATE = "template", _("Tool / template")
    REFERENCE = "reference", _("Reference / bibliography")
    MEETING_SYNTHESIS = "meeting_synthesis", _("Meeting synthesis")


class Licence(models.TextChoices):
    CC_BY_SA = "CC BY-SA 4.0", _("Creative Commons BY-SA 4.0")
    CC_BY = "CC BY 4.0", _("Creative Commons BY 4.0")
    CC_BY_NC_SA = "CC BY-NC-SA 4.0", _("Creative Commons BY-NC-SA 4.0")
    ROYALTY_FREE = "royalty_free", _("Royalty-free")
    ALL_RIGHTS = "all_rights_reserved", _("All rights reserved (ask the author)")
    OTHER = "other", _("Other (see description)")


class ToolLanguage(models.TextChoices):
    FR = "fr", _("French")
    EN = "en", _("English")
    BILINGUAL = "fr_en", _("French and English")


class ToolStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    PENDING = "pending", _("Waiting for approval")
    REJECTED = "rejected", _("Not retained")


class Contributor(models.TextChoices):
    FACILITATOR = "facilitator", _("Facilitator")
    MEMBER = "member", _("Member")
    STAFF = "staff", _("Organisation staff")


class DescriptiveFields(models.Model):
    """What both levels share: how to pick a tool (duration, size, stages, formats, licence)."""

    category = models.CharField(
        _("category"), max_length=24, choices=Category.choices, default=Category.TEMPLATE
    )
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), null=True, blank=True)
    group_size_min = models.PositiveIntegerField(_("smallest group"), null=True, blank=True)
    group_size_max = models.PositiveIntegerField(_("largest group"), null=True, blank=True)
    # Space-delimited codes (" potential maturing ") so one `contains` filter works on every
    # database; empty formats means the tool suits every format.
    stage_codes = models.CharField(_("stages"), max_length=200, blank=True)
    format_codes = models.CharField(_("formats"), max_length=300, blank=True)
    tags = models.CharField(_("keywords"), max_length=300, blank=True)
    licence = models.CharField(
        _("licence"), max_length=24, choices=Licence.choices, default=Licence.CC_BY_SA
    )
    search_text = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def stages(self) -> list[str]:
        return split_codes(self.stage_codes)

    @property
    def formats(self) -> list[str]:
        return split_codes(self.format_codes)

    @property
    def tag_list(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]

    def set_codes(self, *, stages: list[str], formats: list[str]) -> None:
        self.stage_codes = join_codes(stages)
        self.format_codes = join_codes(formats)


class LibraryTool(DescriptiveFields):
    """A sheet of the platform library, written by us, shared read-only with every organisation."""

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title_fr = models.CharField(_("title (French)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    purpose_fr = models.TextField(_("purpose (French)"))
    purpose_en = models.TextField(_("purpose (English)"))
    how_to_fr = models.TextField(_("how to use it (French)"), blank=True)
    how_to_en = models.TextField(_("how to use it (English)"), blank=True)
    materials_fr = models.TextField(_("materials (French)"), blank=True)
    materials_en = models.TextField(_("materials (English)"), blank=True)
    url = models.URLField(_("link"), blank=True)
    is_active = models.BooleanField(_("shown in the library"), default=True)

    objects = models.Manager()

    class Meta:
        verbose_name = _("library sheet")
        verbose_name_plural = _("library sheets")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title

    def _pick(self, name: str) -> str:
        english = (get_language() or "fr").startswith("en")
        return str(getattr(self, f"{name}_en" if english else f"{name}_fr"))

    @property
    def title(self) -> str:
        return self._pick("title")

    @property
    def purpose(self) -> str:
        return self._pick("purpose")

    @property
    def how_to(self) -> str:
        return self._pick("how_to")

    @property
    def materials(self) -> str:
        return self._pick("materials")

    language = ToolLanguage.BILINGUAL
    is_library = True

    def build_search_text(self) -> str:
        return fold_text(
            " ".join(
                [
                    self.title_fr,
                    self.title_en,
                    self.purpose_fr,
                    self.purpose_en,
                    self.how_to_fr,
                    self.how_to_en,
                    self.materials_fr,
                    self.materials_en,
                    self.tags,
                ]
            )
        )


class Tool(DescriptiveFields):
    """A tool of one organisation; with a community, visible to that community's members only."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="tools",
        verbose_name=_("community"),
    )
    title = models.CharField(_("title"), max_length=200)
    purpose = models.TextField(_("purpose"))
    how_to = models.TextField(_("how to use it"), blank=True)
    materials = models.TextField(_("materials"), blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=ToolLanguage.choices, default=ToolLanguage.FR
    )
    url = models.URLField(_("link"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ToolStatus.choices, default=ToolStatus.PUBLISHED
    )
    contributed_as = models.CharField(
        _("shared by"), max_length=12, choices=Contributor.choices, default=Contributor.MEMBER
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    source_library_tool = models.ForeignKey(
        LibraryTool,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adaptations",
        verbose_name=_("adapted from (library)"),
    )
    source_tool = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adaptations",
        verbose_name=_("adapted from"),
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0)

    objects = ScopedManager(organization="organization")

    is_library = False

    class Meta:
        verbose_name = _("tool")
        verbose_name_plural = _("tools")
        ordering = ["-published_at", "-created_at"]
        indexes = [
            models.Index(fields=["organization", "status", "community"], name="tool_list_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == ToolStatus.PUBLISHED

    def build_search_text(self) -> str:
        return fold_text(
            " ".join([self.title, self.purpose, self.how_to, self.materials, self.tags])
        )


class ToolFile(models.Model):
    """One uploaded version of a tool's file; a new upload adds a version, older ones are kept."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="files")
    version = models.PositiveIntegerField(_("version"))
    file = models.FileField(_("file"), max_length=300)
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    sha256 = models.CharField(max_length=64)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("tool file")
        verbose_name_plural = _("tool files")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["tool", "version"], name="uniq_tool_file_version")
        ]

    def __str__(self) -> str:
        return f"{self.filename} (v{self.version})"


class ToolDownloadDay(models.Model):
    """Downloads per tool and per day in one organisation (a library sheet or a tenant tool).

    One row per (tool, day), bumped with an F() UPDATE, so a download costs one write and the
    evaluations read small aggregates.
    """

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    tool = models.ForeignKey(
        Tool, on_delete=models.CASCADE, null=True, blank=True, related_name="download_days"
    )
    library_tool = models.ForeignKey(
        LibraryTool, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("downloads of a day")
        verbose_name_plural = _("downloads per day")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(tool__isnull=False, library_tool__isnull=True)
                    | models.Q(tool__isnull=True, library_tool__isnull=False)
                ),
                name="download_day_one_tool",
            ),
            models.UniqueConstraint(
                fields=["tool", "day"],
                condition=models.Q(tool__isnull=False),
                name="uniq_download_day_tool",
            ),
            models.UniqueConstraint(
                fields=["organization", "library_tool", "day"],
                condition=models.Q(library_tool__isnull=False),
                name="uniq_download_day_library",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.day}: {self.count}"


class Reference(models.Model):
    """A bibliography entry of the platform library (platform content, no tenant)."""

    authors = models.CharField(_("authors"), max_length=300)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300, unique=True)
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    url = models.URLField(_("link"), blank=True)
    note_fr = models.TextField(_("note (French)"), blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)

    objects = models.Manager()

    class Meta:
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        ordering = ["authors", "year"]

    def __str__(self) -> str:
        return self.title

    @property
    def note(self) -> str:
        english = (get_language() or "fr").startswith("en")
        return self.note_en if english else self.note_fr
