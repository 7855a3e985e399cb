from django.contrib import admin
from django.db import models

from accounts.admin import UnscopedAdmin
from meetings.models import (
    AgendaBlock,
    Attendance,
    CalendarFeed,
    FollowUp,
    Meeting,
    MeetingSeries,
    MeetingSettings,
    Recap,
    Registration,
)


class AgendaBlockInline(admin.TabularInline):  # type: ignore[type-arg]
    model = AgendaBlock
    extra = 0
    fields = ["position", "kind", "title", "minutes", "tool_slug"]


@admin.register(Meeting)
class MeetingAdmin(UnscopedAdmin):
    list_display = ["title", "community", "starts_at", "status", "modality"]
    list_filter = ["status", "modality", "organization"]
    search_fields = ["title", "theme", "community__name"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["community", "series", "note_taker", "presenter", "created_by"]
    filter_horizontal = ["co_facilitators"]
    inlines = [AgendaBlockInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(MeetingSeries)
class MeetingSeriesAdmin(UnscopedAdmin):
    list_display = ["title", "community", "rrule", "starts_at"]
    raw_id_fields = ["community", "created_by"]


@admin.register(MeetingSettings)
class MeetingSettingsAdmin(UnscopedAdmin):
    list_display = ["community", "reminder_offsets"]
    raw_id_fields = ["community"]


@admin.register(Registration)
class RegistrationAdmin(UnscopedAdmin):
    list_display = ["meeting", "user", "status", "responded_at"]
    list_filter = ["status"]
    raw_id_fields = ["meeting", "user"]


@admin.register(Attendance)
class AttendanceAdmin(UnscopedAdmin):
    list_display = ["meeting", "user", "status", "self_checked_in"]
    list_filter = ["status"]
    raw_id_fields = ["meeting", "user", "recorded_by"]


@admin.register(Recap)
class RecapAdmin(UnscopedAdmin):
    list_display = ["meeting", "visibility", "published_at"]
    raw_id_fields = ["meeting", "updated_by"]


@admin.register(FollowUp)
class FollowUpAdmin(UnscopedAdmin):
    list_display = ["text", "owner", "due_date", "is_done"]
    list_filter = ["is_done"]
    raw_id_fields = ["recap", "owner"]


@admin.register(CalendarFeed)
class CalendarFeedAdmin(UnscopedAdmin):
    list_display = ["user", "created_at", "revoked_at", "last_used_at"]
    readonly_fields = ["token_hash"]
    raw_id_fields = ["user"]
