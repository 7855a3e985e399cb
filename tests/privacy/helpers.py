"""A person's footprint across every app, built with the apps' services where they exist."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from accounts.models import ConsentRecord, OrganizationInvitation, User
from cdp.models import AuditEntry, Notification
from communities.models import Membership, Theme
from evaluations import services as evaluation_services
from evaluations.models import Certificate, Draft, Response, Survey
from meetings.models import Attendance, CalendarFeed, Meeting, Registration, TopicSubmission
from tests.charters.helpers import published_charter, sign
from tests.conftest import Tenant


@dataclass
class Footprint:
    person: User
    email: str
    tag: str
    past_meeting: Meeting
    future_meeting: Meeting
    named_survey: Survey
    anonymous_survey: Survey
    anonymous_answers: dict[str, Any]


def _meeting(tenant: Tenant, title: str, days: int) -> Meeting:
    with scopes_disabled():
        return Meeting.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            title=title,
            starts_at=timezone.now() + timedelta(days=days),
            status="held" if days < 0 else "planned",
        )


def _survey(tenant: Tenant, title: str, *, anonymous: bool) -> Survey:
    with scope(organization=tenant.organization):
        return evaluation_services.create_survey(
            community=tenant.community,
            actor=tenant.facilitator,
            title=title,
            is_anonymous=anonymous,
        )


def footprint(tenant: Tenant, person: User, tag: str) -> Footprint:
    """Give `person` (an active member of tenant's community) data in every app; `tag` marks it."""
    org = tenant.organization
    past = _meeting(tenant, f"Rencontre passée {tag}", -20)
    future = _meeting(tenant, f"Rencontre future {tag}", 20)
    named = _survey(tenant, f"Sondage nominatif {tag}", anonymous=False)
    anonymous = _survey(tenant, f"Sondage anonyme {tag}", anonymous=True)
    draft_survey = _survey(tenant, f"Sondage brouillon {tag}", anonymous=False)
    anonymous_answers = {"q1": f"réponse anonyme {tag}"}
    with scope(organization=org):
        evaluation_services.submit_response(
            survey=named, user=person, answers={"q1": f"réponse nominative {tag}"}
        )
        evaluation_services.submit_response(
            survey=anonymous, user=person, answers=anonymous_answers
        )
        evaluation_services.save_draft(
            survey=draft_survey, user=person, answers={"q1": f"brouillon {tag}"}
        )
    sign(tenant, published_charter(tenant), person, name=person.get_full_name())
    with scopes_disabled():
        Membership.objects.filter(user=person, community=tenant.community).update(
            expertise=f"expertise {tag}",
            request_message=f"message {tag}",
            joined_at=timezone.now() - timedelta(days=200),
        )
        Attendance.objects.create(organization=org, meeting=past, user=person, status="online")
        Registration.objects.create(
            organization=org, meeting=past, user=person, status="going", note=f"note passée {tag}"
        )
        Registration.objects.create(
            organization=org, meeting=future, user=person, status="going", note=f"note {tag}"
        )
        TopicSubmission.objects.create(
            organization=org, meeting=future, author=person, text=f"situation confiée {tag}"
        )
        CalendarFeed.objects.create(organization=org, user=person, token_hash=f"{tag:0>64}"[-64:])
        Theme.objects.create(
            organization=org,
            community=tenant.community,
            title=f"Thème proposé {tag}",
            normalized_title=f"theme propose {tag}",
            proposed_by=person,
        )
        Certificate.objects.create(
            organization=org,
            community=tenant.community,
            user=person,
            period_start=timezone.localdate() - timedelta(days=365),
            period_end=timezone.localdate(),
            meetings_attended=1,
            minutes_attended=120,
            signed_by=tenant.facilitator,
            signed_by_name=tenant.facilitator.get_full_name(),
            signed_at=timezone.now(),
        )
        Notification.objects.create(
            organization=org,
            kind="meeting.reminder",
            key=f"privacy-test:{tag}",
            recipient=person,
            email=person.email,
            due_at=timezone.now() + timedelta(days=1),
        )
        OrganizationInvitation.objects.create(
            organization=org, email=person.email, status="accepted", accepted_by=person
        )
        AuditEntry.objects.create(
            organization=org, actor=tenant.coordinator, action="test.role", target=person.email
        )
    ConsentRecord.objects.create(
        user=person, topic="directory", granted=True, wording=f"annuaire {tag}", source="profile"
    )
    return Footprint(
        person=person,
        email=person.email,
        tag=tag,
        past_meeting=past,
        future_meeting=future,
        named_survey=named,
        anonymous_survey=anonymous,
        anonymous_answers=anonymous_answers,
    )


def anonymous_answers_of(survey: Survey) -> list[dict[str, Any]]:
    with scopes_disabled():
        return [r.answers for r in Response.objects.filter(survey=survey)]


def drafts_of(person: User) -> int:
    with scopes_disabled():
        return Draft.objects.filter(user=person).count()


def neighbour(tenant: Tenant) -> User:
    """Another member of the same community."""
    from communities.models import CommunityRole
    from tests.factories import UserFactory, add_member

    person = UserFactory(email="voisine@example.org", last_name="Voisinage")
    add_member(tenant.community, person, CommunityRole.MEMBER)
    return person
