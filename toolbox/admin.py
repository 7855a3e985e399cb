from django.contrib import admin

from accounts.admin import UnscopedAdmin
from toolbox.models import LibraryTool, Reference, Tool, ToolDownloadDay, ToolFile


@admin.register(LibraryTool)
class LibraryToolAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """The platform library: platform content, edited by the operator only."""

    list_display = ["slug", "title_fr", "category", "licence", "is_active"]
    list_filter = ["category", "licence", "is_active"]
    search_fields = ["slug", "title_fr", "title_en", "tags"]

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        obj.search_text = obj.build_search_text()
        super().save_model(request, obj, form, change)


@admin.register(Reference)
class ReferenceAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["authors", "year", "title"]
    search_fields = ["authors", "title"]


class ToolFileInline(admin.TabularInline):  # type: ignore[type-arg]
    model = ToolFile
    extra = 0
    readonly_fields = ("version", "filename", "content_type", "size", "sha256", "uploaded_by")
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Tool)
class ToolAdmin(UnscopedAdmin):
    list_display = ["title", "organization", "community", "status", "contributed_as"]
    list_filter = ["status", "category", "contributed_as"]
    search_fields = ["title"]
    raw_id_fields = ["organization", "community", "created_by", "reviewed_by", "source_tool"]
    inlines = [ToolFileInline]

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        obj.search_text = obj.build_search_text()
        super().save_model(request, obj, form, change)


@admin.register(ToolDownloadDay)
class ToolDownloadDayAdmin(UnscopedAdmin):
    list_display = ["day", "organization", "tool", "library_tool", "count"]
    list_filter = ["day"]
