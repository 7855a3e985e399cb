"""Write to the audit log (role and charter changes)."""

from typing import Any

from django_scopes import scopes_disabled

from cdp.models import AuditEntry


def record_audit(
    *,
    organization: Any,
    actor: Any,
    action: str,
    target: str,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one audit entry for `organization`."""
    with scopes_disabled():
        return AuditEntry.objects.create(
            organization=organization,
            actor=actor if actor is not None and actor.is_authenticated else None,
            action=action,
            target=target[:255],
            details=details or {},
        )
