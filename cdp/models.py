"""Shared mechanism rows: the notification outbox and the audit log."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class NotificationState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    DISPATCHED = "dispatched", _("Dispatched")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    UNCERTAIN = "uncertain", _("Uncertain (to be checked)")
    CANCELLED = "cancelled", _("Cancelled")


class Notification(models.Model):
    """One message to one person on one occasion; `key` makes a second send impossible."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    kind = models.CharField(_("type"), max_length=50)
    key = models.CharField(max_length=255, unique=True)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    email = models.EmailField(_("recipient"))
    language = models.CharField(max_length=5, default="fr")
    context = models.JSONField(default=dict, blank=True)
    due_at = models.DateTimeField(_("scheduled for"))
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=NotificationState.choices,
        default=NotificationState.QUEUED,
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    dispatched_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            # The sweep's due-query reads only this partial index, whatever the table size.
            models.Index(
                fields=["due_at"], condition=Q(state="queued"), name="notification_due_idx"
            ),
            models.Index(
                fields=["state", "claimed_at"],
                condition=Q(state__in=["dispatched", "sending"]),
                name="notification_inflight_idx",
            ),
            models.Index(fields=["kind", "state"], name="notification_kind_state_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.email} ({self.state})"


class AuditEntry(models.Model):
    """Who changed a role or a charter, when, and what changed; append-only by convention."""

    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+", db_index=True
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("action"), max_length=60)
    target = models.CharField(_("target"), max_length=255)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = ScopedManager(organization="organization")

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.action}: {self.target}"
