"""Writes of surveys: building from templates, editing questions, answering, relaunching."""

import random
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from cdp.notifications import notification_key, queue_notification
from communities.models import Community
from evaluations import content, sources
from evaluations.models import (
    Audience,
    Draft,
    NamedResponse,
    Participation,
    Question,
    Response,
    Survey,
)
from evaluations.text import localized

MAX_RELAUNCHES = 2
TEMPLATES = {template["key"]: template for template in content.SURVEY_TEMPLATES}


@transaction.atomic
def create_survey(
    *,
    community: Community,
    actor: User,
    template_key: str = "",
    title: str = "",
    intro: str = "",
    is_anonymous: bool | None = None,
    audience: str = Audience.MEMBERS,
    meeting_id: int | None = None,
    opens_at: datetime | None = None,
    closes_at: datetime | None = None,
    language: str = "fr",
) -> Survey:
    """Create a survey, copying the questions of template `template_key` (editable copies)."""
    template = TEMPLATES.get(template_key)
    if template_key and template is None:
        raise ValidationError(_("Unknown survey template."))
    if audience == Audience.MEETING and sources.get_meeting(meeting_id) is None:
        raise ValidationError(_("Choose the meeting whose participants will answer."))
    if audience != Audience.MEETING:
        meeting_id = None
    opens_at = opens_at or timezone.now()
    if closes_at is not None and closes_at <= opens_at:
        raise ValidationError(_("The closing date must come after the opening date."))
    if is_anonymous is None:
        is_anonymous = template["anonymous_default"] if template else True
    survey = Survey.objects.create(
        organization=community.organization,
        community=community,
        template_key=template_key,
        title=title or (localized(template["title"], language) if template else ""),
        intro=intro or (localized(template["intro"], language) if template else ""),
        is_anonymous=is_anonymous,
        audience=audience,
        meeting_id=meeting_id,
        opens_at=opens_at,
        closes_at=closes_at,
        created_by=actor,
    )
    if template:
        Question.objects.bulk_create(
            Question(
                organization=community.organization,
                survey=survey,
                position=position,
                key=item["key"],
                kind=item["kind"],
                text=dict(item["text"]),
                choices=[dict(choice) for choice in item["choices"]],
                required=item["required"],
                theme=item["theme"],
            )
            for position, item in enumerate(template["questions"], start=1)
        )
    return survey


@transaction.atomic
def update_survey(*, survey: Survey, actor: User, **fields: Any) -> Survey:
    """Change a survey's settings; anonymity cannot change once someone has answered."""
    changes_anonymity = fields.get("is_anonymous", survey.is_anonymous) != survey.is_anonymous
    if changes_anonymity and survey.participations.exists():
        raise ValidationError(_("Anonymity cannot change once people have answered."))
    if (
        fields.get("audience") == Audience.MEETING
        and sources.get_meeting(fields.get("meeting_id")) is None
    ):
        raise ValidationError(_("Choose the meeting whose participants will answer."))
    if fields.get("audience") == Audience.MEMBERS:
        fields["meeting_id"] = None
    for name, value in fields.items():
        setattr(survey, name, value)
    if survey.closes_at is not None and survey.closes_at <= survey.opens_at:
        raise ValidationError(_("The closing date must come after the opening date."))
    survey.save()
    return survey


def _check_editable(survey: Survey) -> None:
    if survey.participations.exists():
        raise ValidationError(_("Questions cannot change once people have answered."))


def _touch(survey: Survey) -> None:
    """Move the survey's `updated_at` when a question changes: the cached results pages are keyed
    on it (see evaluations.selectors.results_cache_key)."""
    survey.updated_at = timezone.now()
    Survey.objects.filter(pk=survey.pk).update(updated_at=survey.updated_at)


@transaction.atomic
def save_question(
    *,
    survey: Survey,
    actor: User,
    question: Question | None = None,
    kind: str,
    text: dict[str, str],
    choices: list[dict[str, str]],
    required: bool,
    theme: str = "",
) -> Question:
    """Add a question at the end of the survey, or change one; choices only for choice kinds."""
    _check_editable(survey)
    if kind in ("single", "multiple") and len(choices) < 2:
        raise ValidationError(_("A choice question needs at least two choices."))
    if kind not in ("single", "multiple"):
        choices = []
    if question is None:
        last = survey.questions.order_by("-position").first()
        question = Question(
            organization=survey.organization,
            survey=survey,
            position=(last.position + 1) if last else 1,
        )
    question.kind = kind
    question.text = text
    question.choices = choices
    question.required = required
    question.theme = theme
    question.save()
    _touch(survey)
    return question


@transaction.atomic
def delete_question(*, question: Question, actor: User) -> None:
    _check_editable(question.survey)
    question.delete()
    _touch(question.survey)


@transaction.atomic
def move_question(*, question: Question, actor: User, offset: int) -> None:
    """Swap a question with its neighbour above (offset -1) or below (+1)."""
    siblings = list(question.survey.questions.order_by("position", "id"))
    for position, item in enumerate(siblings, start=1):
        item.position = position
    index = siblings.index(question)
    other = index + offset
    if 0 <= other < len(siblings):
        siblings[index].position, siblings[other].position = (
            siblings[other].position,
            siblings[index].position,
        )
    Question.objects.bulk_update(siblings, ["position"])
    _touch(question.survey)


def audience_ids(survey: Survey) -> list[int]:
    """The people asked to answer: current participants, or those present at the meeting."""
    if survey.audience == Audience.MEETING:
        return sources.meeting_attendee_ids(survey.meeting_id)
    return sources.member_ids(survey.community_id)


def can_answer(survey: Survey, user: User, *, now: datetime | None = None) -> bool:
    return user.pk in set(audience_ids(survey))


@transaction.atomic
def save_draft(*, survey: Survey, user: User, answers: dict[str, Any]) -> Draft:
    """Keep a named survey's unfinished answers (anonymous drafts stay in the browser session)."""
    if survey.is_anonymous:
        raise ValueError("anonymous drafts are never stored in the database")
    draft, _created = Draft.objects.update_or_create(
        survey=survey,
        user=user,
        defaults={"organization": survey.organization, "answers": answers},
    )
    return draft


@transaction.atomic
def submit_response(
    *, survey: Survey, user: User, answers: dict[str, Any], now: datetime | None = None
) -> Response:
    """Record one person's answers once; for an anonymous survey nothing links the two rows."""
    now = now or timezone.now()
    if not survey.is_open_at(now):
        raise ValidationError(_("This survey is closed."))
    if not can_answer(survey, user):
        raise PermissionDenied
    try:
        with transaction.atomic():
            Participation.objects.create(
                organization=survey.organization,
                survey=survey,
                user=user,
                answered_on=timezone.localdate(now),
            )
    except IntegrityError:
        raise ValidationError(_("You have already answered this survey.")) from None
    response = Response.objects.create(
        id=_random_uuid(), organization=survey.organization, survey=survey, answers=answers
    )
    if not survey.is_anonymous:
        NamedResponse.objects.create(organization=survey.organization, response=response, user=user)
    Draft.objects.filter(survey=survey, user=user).delete()
    return response


def _random_uuid() -> Any:
    import uuid

    return uuid.UUID(int=random.SystemRandom().getrandbits(128), version=4)


def non_respondent_ids(survey: Survey) -> list[int]:
    answered = set(survey.participations.values_list("user_id", flat=True))
    return [uid for uid in audience_ids(survey) if uid not in answered]


@transaction.atomic
def relaunch_survey(*, survey: Survey, actor: User, now: datetime | None = None) -> int:
    """Queue a reminder to each person who has not answered yet; at most MAX_RELAUNCHES times
    per survey, each one idempotent (same keys on a retry). Returns how many were queued."""
    now = now or timezone.now()
    if not survey.is_open_at(now):
        raise ValidationError(_("Only an open survey can be relaunched."))
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if survey.relaunch_count >= MAX_RELAUNCHES:
        raise ValidationError(
            _("This survey has already been relaunched %(count)s times.")
            % {"count": MAX_RELAUNCHES}
        )
    number = survey.relaunch_count + 1
    people = User.objects.filter(pk__in=non_respondent_ids(survey), is_active=True)
    queued = 0
    for person in people:
        queue_notification(
            organization_id=survey.organization_id,
            kind="survey_relaunch",
            key=notification_key(
                "survey_relaunch", f"survey{survey.pk}", f"user{person.pk}", f"relaunch{number}"
            ),
            email=person.email,
            due_at=now,
            recipient_id=person.pk,
            language=person.language,
            context={"survey_id": survey.pk, "user_id": person.pk},
        )
        queued += 1
    survey.relaunch_count = number
    survey.save(update_fields=["relaunch_count", "updated_at"])
    return queued
