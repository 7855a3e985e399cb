"""Every write about charters: drafts, publication, signatures, withdrawals, relaunches, erasure."""

from charters.services.base import (
    KIND_RECEIPT,
    KIND_RELAUNCH,
    KIND_REQUEST,
    RELAUNCH_AFTER_DAYS,
    SIGN_LINK_MAX_AGE_DAYS,
    SIGN_LINK_SALT,
    CharterError,
)
from charters.services.drafts import (
    add_clause,
    comment_on_draft,
    create_charter,
    publish_version,
    start_new_draft,
    update_draft,
    update_settings,
)
from charters.services.reminders import queue_relaunches, relaunch_now, request_signatures
from charters.services.signing import (
    SigningContext,
    make_sign_token,
    pseudonym_for,
    pseudonymise_signatures,
    read_sign_token,
    sign_charter,
    withdraw_signature,
)

__all__ = [
    "KIND_RECEIPT",
    "KIND_RELAUNCH",
    "KIND_REQUEST",
    "RELAUNCH_AFTER_DAYS",
    "SIGN_LINK_MAX_AGE_DAYS",
    "SIGN_LINK_SALT",
    "CharterError",
    "SigningContext",
    "add_clause",
    "comment_on_draft",
    "create_charter",
    "make_sign_token",
    "pseudonym_for",
    "pseudonymise_signatures",
    "publish_version",
    "queue_relaunches",
    "read_sign_token",
    "relaunch_now",
    "request_signatures",
    "sign_charter",
    "start_new_draft",
    "update_draft",
    "update_settings",
    "withdraw_signature",
]
