"""Charter pages: find inside the tenant (404), authorise (403), call one service, render."""

from charters.views.exports import (
    charters_export_bundle,
    charters_export_csv,
    charters_signature_pdf,
)
from charters.views.manage import (
    charters_add_clause,
    charters_draft,
    charters_new_draft,
    charters_publish,
    charters_relaunch,
    charters_settings,
    charters_status,
    charters_version,
)
from charters.views.members import (
    charters_create,
    charters_detail,
    charters_index,
    charters_sign,
    charters_sign_link,
    charters_withdraw,
)

__all__ = [
    "charters_add_clause",
    "charters_create",
    "charters_detail",
    "charters_draft",
    "charters_export_bundle",
    "charters_export_csv",
    "charters_index",
    "charters_new_draft",
    "charters_publish",
    "charters_relaunch",
    "charters_settings",
    "charters_sign",
    "charters_sign_link",
    "charters_signature_pdf",
    "charters_status",
    "charters_version",
    "charters_withdraw",
]
