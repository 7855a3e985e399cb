from django.contrib import admin

from accounts.admin import UnscopedAdmin
from communities.models import (
    Community,
    CommunityInvitation,
    Membership,
    MembershipRole,
    Objective,
    Theme,
)


@admin.register(Community)
class CommunityAdmin(UnscopedAdmin):
    list_display = ["name", "organization", "format", "registration", "modality", "stage"]
    list_filter = ["organization", "format", "registration", "modality", "stage"]
    search_fields = ["name", "slug"]


@admin.register(Membership)
class MembershipAdmin(UnscopedAdmin):
    list_display = ["user", "community", "status", "joined_at"]
    list_filter = ["status", "organization"]
    search_fields = ["user__email", "community__name"]


@admin.register(MembershipRole)
class MembershipRoleAdmin(UnscopedAdmin):
    list_display = ["membership", "role", "expires_at"]
    list_filter = ["role"]


@admin.register(Objective)
class ObjectiveAdmin(UnscopedAdmin):
    list_display = ["text", "community", "kind", "status"]
    list_filter = ["kind", "status"]


@admin.register(Theme)
class ThemeAdmin(UnscopedAdmin):
    list_display = ["title", "community", "status", "planned_for", "covered_on"]
    list_filter = ["status"]
    search_fields = ["title"]


@admin.register(CommunityInvitation)
class CommunityInvitationAdmin(UnscopedAdmin):
    list_display = ["email", "community", "state", "created_at"]
    list_filter = ["state"]
