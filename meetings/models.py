"""Meetings of a community: series, agenda blocks, RSVPs, attendance, recaps and calendar feeds."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from communities.models import Modality

DEFAULT_REMINDER_OFFSETS = [7 * 24 * 60, 24 * 60]  # minutes before the start: 7 days, 1 day


def default_reminder_offsets() -> list[int]:
    return list(DEFAULT_REMINDER_OFFSETS)


class MeetingSettings(models.Model):
    """A community's meeting defaults: reminder offsets (in minutes before the start)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.OneToOneField(
        "communities.Community", on_delete=models.CASCADE, related_name="meeting_settings"
    )
    reminder_offsets = models.JSONField(_("reminders"), default=default_reminder_offsets)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("meeting settings")
        verbose_name_plural = _("meeting settings")

    def __str__(self) -> str:
        return str(self.community)


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingSeries(models.Model):
    """A recurring series (RFC 5545 RRULE in local time, with exception dates)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="meeting_series"
    )
    title = models.CharField(_("title"), max_length=200)
    rrule = models.CharField(_("recurrence rule"), max_length=300)
    starts_at = models.DateTimeField(_("first meeting"))
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=120)
    exdates = models.JSONField(_("exception dates"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self) -> str:
        return self.title


class Meeting(models.Model):
    """One meeting of a community, planned, held or cancelled."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="meetings"
    )
    series = models.ForeignKey(
        MeetingSeries, on_delete=models.SET_NULL, null=True, blank=True, related_name="meetings"
    )
    title = models.CharField(_("title"), max_length=200)
    theme = models.TextField(_("theme"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=120)
    modality = models.CharField(
        _("modality"), max_length=12, choices=Modality.choices, default=Modality.VIRTUAL
    )
    room_address = models.TextField(_("room address"), blank=True)
    video_link = models.URLField(_("video link"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED
    )
    co_facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("co-facilitators")
    )
    note_taker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("note-taker"),
    )
    presenter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("presenting member (co-development « client »)"),
    )
    reminder_offsets = models.JSONField(
        _("reminders"), null=True, blank=True, help_text=_("Empty: the community's defaults.")
    )
    agenda_template = models.CharField(_("agenda template"), max_length=60, blank=True)
    sequence = models.PositiveIntegerField(default=0)
    seed_key = models.CharField(max_length=120, blank=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["community", "starts_at"], name="meeting_community_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def has_room(self) -> bool:
        return self.modality in {Modality.IN_PERSON, Modality.HYBRID}

    @property
    def has_video(self) -> bool:
        return self.modality in {Modality.VIRTUAL, Modality.HYBRID}


class AgendaBlock(models.Model):
    """A timed block of a meeting's agenda; `position` orders the blocks."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="blocks")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=20, default="other")
    title = models.CharField(_("title"), max_length=200)
    minutes = models.PositiveIntegerField(_("minutes"))
    notes = models.TextField(_("notes"), blank=True)
    # A platform library sheet is named by its slug (as in meetings.content); an organisation's
    # or community's own tool by a foreign key.
    tool_slug = models.SlugField(_("library sheet"), max_length=80, blank=True)
    tool = models.ForeignKey(
        "toolbox.Tool",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_blocks",
        verbose_name=_("tool"),
    )

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("agenda block")
        verbose_name_plural = _("agenda blocks")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.minutes} min)"


class RegistrationStatus(models.TextChoices):
    GOING = "going", _("Coming")
    NOT_GOING = "not_going", _("Will be absent")
    WAITLISTED = "waitlisted", _("Waiting list")


class Registration(models.Model):
    """A member's answer to a meeting invitation (RSVP)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("answer"), max_length=12, choices=RegistrationStatus.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    responded_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="uniq_meeting_registration")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_status_display()}"


class AttendanceStatus(models.TextChoices):
    IN_ROOM = "in_room", _("Present in the room")
    ONLINE = "online", _("Present online")
    EXCUSED = "excused", _("Excused absence")
    ABSENT = "absent", _("Absent")
    LATE = "late", _("Late")
    LEFT_EARLY = "left_early", _("Left early")


PRESENT_STATUSES = frozenset(
    {
        AttendanceStatus.IN_ROOM,
        AttendanceStatus.ONLINE,
        AttendanceStatus.LATE,
        AttendanceStatus.LEFT_EARLY,
    }
)
ABSENT_STATUSES = frozenset({AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT})


class Attendance(models.Model):
    """Whether a person attended a meeting, recorded by a facilitator or by self check-in."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("attendance"), max_length=12, choices=AttendanceStatus.choices)
    self_checked_in = models.BooleanField(default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="uniq_meeting_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_status_display()}"

    @property
    def is_present(self) -> bool:
        return self.status in PRESENT_STATUSES


class TopicSubmission(models.Model):
    """A situation sent privately to the facilitators before a meeting (seed 000 §4.9)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="topics")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("situation or topic"))
    present_anonymously = models.BooleanField(_("present it without naming me"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("confidential topic")
        verbose_name_plural = _("confidential topics")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:60]


class RecapVisibility(models.TextChoices):
    MEMBERS = "members", _("Members of the community")
    FACILITATORS = "facilitators", _("Facilitators only")


class Recap(models.Model):
    """The meeting's recap (compte rendu); private to members by default."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="recap")
    summary = models.TextField(_("summary"), blank=True)
    next_theme = models.CharField(_("next theme"), max_length=300, blank=True)
    visibility = models.CharField(
        _("who can read it"),
        max_length=12,
        choices=RecapVisibility.choices,
        default=RecapVisibility.MEMBERS,
    )
    published_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("recap")
        verbose_name_plural = _("recaps")

    def __str__(self) -> str:
        return f"{self.meeting}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class FollowUp(models.Model):
    """An action decided at a meeting, with its owner and due date."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    recap = models.ForeignKey(Recap, on_delete=models.CASCADE, related_name="follow_ups")
    text = models.CharField(_("follow-up"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    is_done = models.BooleanField(_("done"), default=False)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_date", "id"]
        indexes = [
            models.Index(fields=["recap"], condition=Q(is_done=False), name="followup_open_idx")
        ]

    def __str__(self) -> str:
        return self.text


class SharedTool(models.Model):
    """A tool shared at a meeting: a title and an optional link."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    recap = models.ForeignKey(Recap, on_delete=models.CASCADE, related_name="shared_tools")
    title = models.CharField(_("tool"), max_length=200)
    url = models.URLField(_("link"), blank=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("shared tool")
        verbose_name_plural = _("shared tools")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title


class CalendarFeed(models.Model):
    """A personal calendar subscription; only the SHA-256 of its secret token is stored."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return f"{self.user} ({self.created_at:%Y-%m-%d})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
