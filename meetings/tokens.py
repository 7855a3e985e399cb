"""Signed links (RSVP from an email, self check-in) and hashed calendar-feed secrets."""

import hashlib
import secrets
from dataclasses import dataclass

from django.core import signing

RSVP_SALT = "meetings.rsvp"
CHECKIN_SALT = "meetings.checkin"
RSVP_MAX_AGE = 60 * 24 * 3600
CHECKIN_MAX_AGE = 12 * 3600
ANSWERS = ("going", "not_going")


@dataclass(frozen=True)
class RsvpClaim:
    meeting_id: int
    user_id: int
    answer: str


def make_rsvp_token(*, meeting_id: int, user_id: int, answer: str) -> str:
    if answer not in ANSWERS:
        raise ValueError(answer)
    return signing.dumps({"m": meeting_id, "u": user_id, "a": answer}, salt=RSVP_SALT)


def read_rsvp_token(token: str) -> RsvpClaim:
    """Raise signing.BadSignature (or SignatureExpired) unless the token is valid and fresh."""
    data = signing.loads(token, salt=RSVP_SALT, max_age=RSVP_MAX_AGE)
    answer = str(data["a"])
    if answer not in ANSWERS:
        raise signing.BadSignature("unknown answer")
    return RsvpClaim(int(data["m"]), int(data["u"]), answer)


def make_checkin_token(meeting_id: int) -> str:
    return signing.dumps({"m": meeting_id}, salt=CHECKIN_SALT)


def read_checkin_token(token: str) -> int:
    return int(signing.loads(token, salt=CHECKIN_SALT, max_age=CHECKIN_MAX_AGE)["m"])


def new_feed_secret() -> tuple[str, str]:
    """A fresh random feed token and the SHA-256 hex digest that is stored instead of it."""
    token = secrets.token_urlsafe(32)
    return token, hash_feed_secret(token)


def hash_feed_secret(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
