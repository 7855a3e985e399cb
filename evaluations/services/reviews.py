"""Writes of the facilitators' material: reflective reviews, logbook, testimonials, certificates."""

from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from communities.models import Community
from evaluations import content, sources
from evaluations.models import (
    Certificate,
    FacilitatorReview,
    LogbookEntry,
    Question,
    Response,
    Testimonial,
)

SIGNAL_KEYS = frozenset(signal["key"] for signal in content.VITALITY_SIGNALS)
REVIEW_KEYS = {question["key"]: question for question in content.FACILITATOR_REVIEW}


def _clean_answers(answers: dict[str, Any]) -> dict[str, dict[str, str]]:
    cleaned: dict[str, dict[str, str]] = {}
    for key, question in REVIEW_KEYS.items():
        given = answers.get(key) or {}
        parts = ("favourable", "unfavourable") if question["two_columns"] else ("text",)
        cleaned[key] = {part: str(given.get(part, "")).strip() for part in parts}
    return cleaned


@transaction.atomic
def save_review(
    *,
    community: Community,
    actor: User,
    period_start: date,
    period_end: date,
    answers: dict[str, Any],
    vitality_signals: list[str],
    lessons: str = "",
    next_steps: str = "",
    review: FacilitatorReview | None = None,
) -> FacilitatorReview:
    """Create or update the facilitators' reflective review of a period."""
    if period_end < period_start:
        raise ValidationError(_("The end of the period must come after its start."))
    unknown = set(vitality_signals) - SIGNAL_KEYS
    if unknown:
        raise ValidationError(_("Unknown vitality signal."))
    review = review or FacilitatorReview(organization=community.organization, community=community)
    review.period_start = period_start
    review.period_end = period_end
    review.answers = _clean_answers(answers)
    review.vitality_signals = sorted(set(vitality_signals))
    review.lessons = lessons.strip()
    review.next_steps = next_steps.strip()
    review.author = actor
    review.save()
    return review


@transaction.atomic
def add_logbook_entry(
    *,
    community: Community,
    actor: User,
    entry_date: date,
    category: str,
    text: str,
    meeting_id: int | None = None,
) -> LogbookEntry:
    """Write a logbook note, optionally about one meeting of the community."""
    if meeting_id is not None:
        meeting = sources.get_meeting(meeting_id)
        if meeting is None or meeting.community_id != community.pk:
            raise ValidationError(_("Choose a meeting of this community."))
    if not text.strip():
        raise ValidationError(_("Write the note."))
    return LogbookEntry.objects.create(
        organization=community.organization,
        community=community,
        meeting_id=meeting_id,
        entry_date=entry_date,
        category=category,
        text=text.strip(),
        author=actor,
    )


@transaction.atomic
def delete_logbook_entry(*, entry: LogbookEntry, actor: User) -> None:
    entry.delete()


def consent_question(questions: list[Question]) -> Question | None:
    return next((q for q in questions if q.key == "testimonial_consent"), None)


def has_consented(response: Response, consent: Question | None) -> bool:
    """Consent is the first choice ("Yes") of the survey's testimonial_consent question."""
    if consent is None:
        return False
    return str(response.answers.get(str(consent.pk))) == "0"


@transaction.atomic
def select_testimonial(
    *, response: Response, question: Question, actor: User, theme: str = ""
) -> Testimonial:
    """Keep an answer as a testimonial; only from a respondent who agreed to be quoted."""
    survey = response.survey
    if question.survey_id != survey.pk or question.kind not in ("short_text", "long_text"):
        raise ValidationError(_("Only a written answer can become a testimonial."))
    if not has_consented(response, consent_question(list(survey.questions.all()))):
        raise ValidationError(_("This person did not agree to be quoted."))
    text = str(response.answers.get(str(question.pk), "")).strip()
    if not text:
        raise ValidationError(_("This answer is empty."))
    theme = theme or question.theme
    if theme and theme not in content.IMPACT_DIMENSIONS and theme not in content.LOGISTICS_TAGS:
        raise ValidationError(_("Unknown theme."))
    testimonial, _created = Testimonial.objects.update_or_create(
        response=response,
        question=question,
        defaults={
            "organization": survey.organization,
            "community": survey.community,
            "text": text,
            "theme": theme,
            "selected_by": actor,
        },
    )
    return testimonial


@transaction.atomic
def remove_testimonial(*, testimonial: Testimonial, actor: User) -> None:
    testimonial.delete()


def attended(community: Community, user: User, start: date, end: date) -> tuple[int, int]:
    """(meetings attended, minutes attended) by `user` in the community over the period."""
    low, high = sources.day_bounds(start, end)
    meetings = [m for m in sources.meetings([community.pk], low, high) if m.status != "cancelled"]
    facts = sources.attendance([m.id for m in meetings])
    count = minutes = 0
    for meeting in meetings:
        if facts.by_meeting.get(meeting.id, {}).get(user.pk) in sources.PRESENT:
            count += 1
            minutes += meeting.minutes
    return count, minutes


@transaction.atomic
def issue_certificate(
    *,
    community: Community,
    user: User,
    actor: User,
    period_start: date,
    period_end: date,
    now: datetime | None = None,
) -> Certificate:
    """Sign off an attestation de participation with the hours the person attended."""
    if period_end < period_start:
        raise ValidationError(_("The end of the period must come after its start."))
    count, minutes = attended(community, user, period_start, period_end)
    if count == 0:
        raise ValidationError(_("This person attended no meeting in that period."))
    return Certificate.objects.create(
        organization=community.organization,
        community=community,
        user=user,
        period_start=period_start,
        period_end=period_end,
        meetings_attended=count,
        minutes_attended=minutes,
        signed_by=actor,
        signed_by_name=actor.display_name,
        signed_at=now or timezone.now(),
    )
