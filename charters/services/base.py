"""Errors and names shared by the charter services."""

SIGN_LINK_SALT = "cdp.charters.sign-link"
SIGN_LINK_MAX_AGE_DAYS = 30
RELAUNCH_AFTER_DAYS = (7, 14, 28)
KIND_REQUEST = "charter_sign_request"
KIND_RELAUNCH = "charter_relaunch"
KIND_RECEIPT = "signature_receipt"


class CharterError(Exception):
    """A charter action that cannot be done; `code` selects the user-facing message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
