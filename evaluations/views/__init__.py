"""Views of the evaluations app: surveys, facilitators' material, reports."""

from typing import cast

from django.http import HttpRequest

from accounts.models import User


def person(request: HttpRequest) -> User:
    """The signed-in person (the tenancy middleware has already sent anonymous visitors away)."""
    return cast(User, request.user)
