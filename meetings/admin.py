from django.contrib import admin
from django.db import models
from django_scopes import scopes_disabled

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


class MeetingsAdmin(UnscopedAdmin):
    """UnscopedAdmin that also renders its pages without a scope: inlines and raw-id labels
    query lazily, when the TemplateResponse is rendered after the view returned."""

    def changeform_view(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        with scopes_disabled():
            response = super().changeform_view(*args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            return response

    def changelist_view(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        with scopes_disabled():
            response = super().changelist_view(*args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            return response


class AgendaBlockInline(admin.TabularInline):  # type: ignore[type-arg]
    model = AgendaBlock
    extra = 0
    fields = ["position", "kind", "title", "minutes", "tool_slug"]


@admin.register(Meeting)
class MeetingAdmin(MeetingsAdmin):
    list_display = ["title", "community", "starts_at", "status", "modality"]
    list_filter = ["status", "modality", "organization"]
    search_fields = ["title", "theme", "community__name"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["community", "series", "note_taker", "presenter", "created_by"]
    filter_horizontal = ["co_facilitators"]
    inlines = [AgendaBlockInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(MeetingSeries)
class MeetingSeriesAdmin(MeetingsAdmin):
    list_display = ["title", "community", "rrule", "starts_at"]
    raw_id_fields = ["community", "created_by"]


@admin.register(MeetingSettings)
class MeetingSettingsAdmin(MeetingsAdmin):
    list_display = ["community", "reminder_offsets"]
    raw_id_fields = ["community"]


@admin.register(Registration)
class RegistrationAdmin(MeetingsAdmin):
    list_display = ["meeting", "user", "status", "responded_at"]
    list_filter = ["status"]
    raw_id_fields = ["meeting", "user"]


@admin.register(Attendance)
class AttendanceAdmin(MeetingsAdmin):
    list_display = ["meeting", "user", "status", "self_checked_in"]
    list_filter = ["status"]
    raw_id_fields = ["meeting", "user", "recorded_by"]


@admin.register(Recap)
class RecapAdmin(MeetingsAdmin):
    list_display = ["meeting", "visibility", "published_at"]
    raw_id_fields = ["meeting", "updated_by"]


@admin.register(FollowUp)
class FollowUpAdmin(MeetingsAdmin):
    list_display = ["text", "owner", "due_date", "is_done"]
    list_filter = ["is_done"]
    raw_id_fields = ["recap", "owner"]


@admin.register(CalendarFeed)
class CalendarFeedAdmin(MeetingsAdmin):
    list_display = ["user", "created_at", "revoked_at", "last_used_at"]
    readonly_fields = ["token_hash"]
    raw_id_fields = ["user"]
