from django.contrib import admin

from accounts.admin import UnscopedAdmin
from charters.models import Charter, CharterVersion, Signature


@admin.register(Charter)
class CharterAdmin(UnscopedAdmin):
    list_display = ["community", "kind", "requires_signature", "renewal_months"]
    list_filter = ["kind", "requires_signature"]


@admin.register(CharterVersion)
class CharterVersionAdmin(UnscopedAdmin):
    list_display = ["charter", "number", "status", "is_material", "published_at", "fingerprint"]
    list_filter = ["status"]

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        if obj is not None and obj.is_published:
            return [f.name for f in self.model._meta.fields]
        return []


@admin.register(Signature)
class SignatureAdmin(UnscopedAdmin):
    """Read-only: signatures are evidence and append-only."""

    list_display = ["signer_name", "version", "kind", "signed_at", "fingerprint"]
    list_filter = ["kind"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
