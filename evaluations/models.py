"""Surveys and their answers, facilitators' reviews and logbook, testimonials, annual reports and
participation certificates.

Anonymity is a property of the schema: a `Response` row names no person and no participation, has a
random primary key and no timestamp; who answered is recorded apart, in `Participation`, with the
day only. Only named surveys get a `NamedResponse` row linking an answer to its author.
"""

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from evaluations import content


class QuestionKind(models.TextChoices):
    LIKERT4 = "likert4", _("Agreement (4 points)")
    LIKERT5 = "likert5", _("Extent (5 points)")
    SCALE10 = "scale10", _("Rating from 0 to 10")
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    SHORT_TEXT = "short_text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    OBJECTIVE = "objective", _("Objective attainment")


TEXT_KINDS = frozenset({QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT})
CHOICE_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE})
SCALE_KINDS = frozenset({QuestionKind.LIKERT4, QuestionKind.LIKERT5})
NOT_APPLICABLE = "na"


class Audience(models.TextChoices):
    MEMBERS = "members", _("Community members")
    MEETING = "meeting", _("People present at one meeting")


class Survey(models.Model):
    """A questionnaire sent to a community's members or to the people present at one meeting."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="surveys"
    )
    template_key = models.CharField(_("template"), max_length=40, blank=True)
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    is_anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_("Nobody, not even the facilitators, can link an answer to a person."),
    )
    audience = models.CharField(
        _("who is asked"), max_length=10, choices=Audience.choices, default=Audience.MEMBERS
    )
    # The meeting whose attendees are asked; an id rather than a foreign key so this app does not
    # depend on the meetings app's migrations (it is read through evaluations.sources).
    meeting_id = models.PositiveBigIntegerField(_("meeting"), null=True, blank=True)
    opens_at = models.DateTimeField(_("opens on"))
    closes_at = models.DateTimeField(_("closes on"), null=True, blank=True)
    relaunch_count = models.PositiveSmallIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-opens_at", "-id"]
        indexes = [models.Index(fields=["community", "opens_at"], name="survey_community_idx")]

    def __str__(self) -> str:
        return self.title

    def is_open_at(self, moment: Any) -> bool:
        return self.opens_at <= moment and (self.closes_at is None or moment < self.closes_at)

    def has_closed_at(self, moment: Any) -> bool:
        return self.closes_at is not None and moment >= self.closes_at


class Question(models.Model):
    """One question of a survey; texts are bilingual {"fr", "en"} copies, editable."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(default=0)
    key = models.CharField(max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=QuestionKind.choices)
    text = models.JSONField(_("question"), default=dict)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    required = models.BooleanField(_("answer required"), default=False)
    theme = models.CharField(_("theme"), max_length=40, blank=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return str(self.text.get("fr") or self.text.get("en") or self.key)

    def scale(self) -> list[content.Text]:
        """The answer labels of a scale or choice question, in order (index = stored value)."""
        if self.kind == QuestionKind.LIKERT4:
            return content.LIKERT4
        if self.kind == QuestionKind.LIKERT5:
            return content.LIKERT5
        if self.kind == QuestionKind.SCALE10:
            return [{"fr": str(n), "en": str(n)} for n in range(11)]
        return list(self.choices or [])


class Response(models.Model):
    """One submitted questionnaire. Deliberately names nobody: no person, no participation, no
    time; the primary key is random so that row order says nothing about who answered when."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    answers = models.JSONField(default=dict)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")

    def __str__(self) -> str:
        return f"{_('Response')} {str(self.pk)[:8]}"


class NamedResponse(models.Model):
    """The author of a response to a named (non-anonymous) survey; never created otherwise."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="author")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    def __str__(self) -> str:
        return str(self.user_id)


class Participation(models.Model):
    """That a person answered a survey, on which day (no time: it must not match a response)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_participations"
    )
    answered_on = models.DateField()

    objects = ScopedManager(organization="organization")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["survey", "user"], name="uniq_survey_participation")
        ]

    def __str__(self) -> str:
        return f"{self.survey_id}/{self.user_id}"


class Draft(models.Model):
    """Unfinished answers to a named survey (anonymous drafts never reach the database)."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="drafts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    answers = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["survey", "user"], name="uniq_survey_draft")]

    def __str__(self) -> str:
        return f"{self.survey_id}/{self.user_id}"


class FacilitatorReview(models.Model):
    """The facilitators' reflective review of a period (seed 000 §7.2) with the vitality signals."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="facilitator_reviews"
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    answers = models.JSONField(default=dict, blank=True)
    vitality_signals = models.JSONField(default=list, blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    next_steps = models.TextField(_("next steps: continue or change?"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("facilitators' reflective review")
        verbose_name_plural = _("facilitators' reflective reviews")
        ordering = ["-period_end", "-id"]

    def __str__(self) -> str:
        return f"{self.community_id}: {self.period_start} – {self.period_end}"

    @property
    def vitality_score(self) -> int:
        present = set(self.vitality_signals or [])
        return sum(s["weight"] for s in content.VITALITY_SIGNALS if s["key"] in present)


class LogbookCategory(models.TextChoices):
    MILESTONE = "milestone", _("Milestone")
    DIFFICULTY = "difficulty", _("Difficulty")
    BENEFIT = "benefit", _("Benefit")
    REFLECTION = "reflection", _("Reflection")


class LogbookEntry(models.Model):
    """A facilitator's logbook note (journal de bord), often written after a meeting."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="logbook_entries"
    )
    meeting_id = models.PositiveBigIntegerField(_("meeting"), null=True, blank=True)
    entry_date = models.DateField(_("date"))
    category = models.CharField(
        _("category"), max_length=12, choices=LogbookCategory.choices, default="reflection"
    )
    text = models.TextField(_("note"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook entries")
        ordering = ["-entry_date", "-id"]

    def __str__(self) -> str:
        return f"{self.entry_date}: {self.text[:40]}"


class Testimonial(models.Model):
    """An answer picked for the report, from a respondent who agreed to be quoted."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="testimonials"
    )
    response = models.ForeignKey(
        Response, on_delete=models.SET_NULL, null=True, related_name="testimonials"
    )
    question = models.ForeignKey(Question, on_delete=models.SET_NULL, null=True, related_name="+")
    text = models.TextField(_("testimonial"))
    theme = models.CharField(_("theme"), max_length=40, blank=True)
    selected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    selected_on = models.DateField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["theme", "id"]
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="uniq_testimonial_answer")
        ]

    def __str__(self) -> str:
        return self.text[:60]


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class AnnualReport(models.Model):
    """An annual evaluation export (PDF + CSV) of one community or of the whole organisation.

    `fingerprint` summarises the data it was built from; a request with the same fingerprint
    reuses the stored files instead of rendering again."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="annual_reports",
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    language = models.CharField(max_length=5, default="fr")
    fingerprint = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        max_length=10, choices=ReportStatus.choices, default=ReportStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(default=0)
    pdf = models.FileField(upload_to="evaluations/reports/", blank=True)
    csv = models.FileField(upload_to="evaluations/reports/", blank=True)
    error = models.TextField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("annual evaluation report")
        verbose_name_plural = _("annual evaluation reports")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.period_start} – {self.period_end} ({self.status})"


class Certificate(models.Model):
    """An attestation de participation: hours attended, signed off by a facilitator."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="certificates"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_certificates",
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    meetings_attended = models.PositiveIntegerField(default=0)
    minutes_attended = models.PositiveIntegerField(default=0)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    signed_by_name = models.CharField(max_length=200)
    signed_at = models.DateTimeField()

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("participation certificate")
        verbose_name_plural = _("participation certificates")
        ordering = ["-signed_at"]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.period_start} – {self.period_end}"

    @property
    def hours(self) -> float:
        return round(self.minutes_attended / 60, 1)
