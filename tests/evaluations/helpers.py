"""Helpers for the evaluations tests: meetings with attendance, surveys with answers."""

from datetime import timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from accounts.models import User
from communities.models import Community, Membership
from evaluations import services
from evaluations.models import Survey
from meetings.models import Attendance, Meeting
from tests.factories import UserFactory, add_member


def add_members(community: Community, count: int, prefix: str = "p") -> list[User]:
    """`count` new participants; every membership of the community dates back a year."""
    people = []
    for index in range(count):
        person = UserFactory(email=f"{prefix}{index}.{community.slug}@example.org")
        add_member(community, person)
        people.append(person)
    with scopes_disabled():
        Membership.objects.filter(community=community).update(
            joined_at=timezone.now() - timedelta(days=365)
        )
    return people


def held_meeting(
    community: Community,
    *,
    days_ago: int,
    minutes: int = 120,
    modality: str = "virtual",
    present: list[User] | tuple[User, ...] = (),
    absent: list[User] | tuple[User, ...] = (),
    theme: str = "",
    status: str = "held",
) -> Meeting:
    with scopes_disabled():
        meeting = Meeting.objects.create(
            organization=community.organization,
            community=community,
            title=theme or f"Rencontre {days_ago}",
            theme=theme,
            starts_at=timezone.now() - timedelta(days=days_ago),
            duration_minutes=minutes,
            modality=modality,
            status=status,
        )
        for person in present:
            Attendance.objects.create(
                organization=community.organization,
                meeting=meeting,
                user=person,
                status="online" if modality == "virtual" else "in_room",
            )
        for person in absent:
            Attendance.objects.create(
                organization=community.organization, meeting=meeting, user=person, status="absent"
            )
    return meeting


def make_survey(
    community: Community, actor: User, template_key: str = "end_of_meeting", **kwargs: Any
) -> Survey:
    with scope(organization=community.organization):
        return services.create_survey(
            community=community, actor=actor, template_key=template_key, **kwargs
        )


def answer(survey: Survey, people: list[User], build: Any) -> None:
    """Each person answers with build(index, questions) -> {question id: value}."""
    with scope(organization=survey.organization):
        questions = list(survey.questions.all())
        for index, person in enumerate(people):
            services.submit_response(survey=survey, user=person, answers=build(index, questions))


def by_key(questions: list[Any], key: str) -> str:
    return str(next(q.pk for q in questions if q.key == key))
