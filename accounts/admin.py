from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django_scopes import scopes_disabled

from accounts.models import Organization, OrganizationInvitation, OrganizationMembership, User


class UnscopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Operators see every tenant: the admin deliberately works without a scope."""

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        with scopes_disabled():
            return self.model._default_manager.with_scopes_disabled().all()

    def _unscoped(self, view, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run an admin view, and render its response, with scopes disabled: inlines and raw-id
        labels query while the template renders, after the view has returned."""
        with scopes_disabled():
            response = view(*args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            return response

    def changeform_view(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self._unscoped(super().changeform_view, *args, **kwargs)

    def changelist_view(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self._unscoped(super().changelist_view, *args, **kwargs)

    def delete_view(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self._unscoped(super().delete_view, *args, **kwargs)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "language", "is_staff"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            "Profile",
            {
                "fields": (
                    "first_name",
                    "last_name",
                    "pronouns",
                    "job_title",
                    "home_organization",
                    "language",
                    "directory_visible",
                    "email_opt_outs",
                )
            },
        ),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = OrganizationMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(UnscopedAdmin):
    list_display = ["name", "slug", "timezone", "privacy_contact"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ("name",)}


@admin.register(OrganizationMembership)
class OrganizationMembershipAdmin(UnscopedAdmin):
    list_display = ["user", "organization", "role"]
    list_filter = ["role", "organization"]
    autocomplete_fields = ["user"]


@admin.register(OrganizationInvitation)
class OrganizationInvitationAdmin(UnscopedAdmin):
    list_display = ["email", "organization", "role", "status", "created_at"]
    list_filter = ["status", "organization"]
