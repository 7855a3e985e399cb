"""Operators' view of the confidentiality incident register and of the consent log."""

from django.contrib import admin

from accounts.admin import UnscopedAdmin
from accounts.models import ConsentRecord, PrivacyIncident


@admin.register(PrivacyIncident)
class PrivacyIncidentAdmin(UnscopedAdmin):
    list_display = [
        "discovered_at",
        "organization",
        "people_affected_count",
        "serious_injury_risk",
        "reported_to_cai_on",
        "people_notified_on",
    ]
    list_filter = ["serious_injury_risk", "organization"]
    search_fields = ["description", "data_concerned", "measures_taken"]
    date_hierarchy = "discovered_at"
    fieldsets = (
        (None, {"fields": ("organization", "occurred_at", "discovered_at", "description")}),
        (
            "Impact",
            {"fields": ("data_concerned", "people_affected_count", "serious_injury_risk")},
        ),
        ("Notices", {"fields": ("reported_to_cai_on", "people_notified_on")}),
        (None, {"fields": ("measures_taken",)}),
    )

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        # The register is kept at least five years (Loi 25 regulation): nobody deletes from it here.
        return False


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["created_at", "user", "topic", "granted", "source"]
    list_filter = ["topic", "granted", "source"]
    search_fields = ["user__email", "topic"]
    readonly_fields = ["user", "topic", "granted", "wording", "source", "created_at"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
