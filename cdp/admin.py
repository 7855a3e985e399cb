from django.contrib import admin

from accounts.admin import UnscopedAdmin
from cdp.models import AuditEntry, Notification


@admin.register(Notification)
class NotificationAdmin(UnscopedAdmin):
    list_display = ["kind", "email", "state", "due_at", "sent_at", "attempts"]
    list_filter = ["state", "kind", "organization"]
    search_fields = ["email", "key"]
    readonly_fields = ["key", "created_at", "dispatched_at", "claimed_at", "sent_at"]


@admin.register(AuditEntry)
class AuditEntryAdmin(UnscopedAdmin):
    list_display = ["created_at", "organization", "actor", "action", "target"]
    list_filter = ["action", "organization"]
    readonly_fields = ["organization", "actor", "action", "target", "details", "created_at"]
