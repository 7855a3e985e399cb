"""The survey relaunch email, built at send time (cancelled if the person answered meanwhile)."""

from django.urls import reverse
from django.utils import timezone

from cdp.mail import EmailContent, absolute_url
from cdp.models import Notification
from evaluations.models import Participation, Survey


def build_survey_relaunch(notification: Notification) -> EmailContent | None:
    survey = (
        Survey.objects.select_related("community", "organization")
        .filter(pk=notification.context.get("survey_id"))
        .first()
    )
    user_id = notification.context.get("user_id")
    if survey is None or not survey.is_open_at(timezone.now()):
        return None
    if Participation.objects.filter(survey=survey, user_id=user_id).exists():
        return None
    url = absolute_url(
        reverse(
            "evaluations_survey_answer",
            kwargs={
                "org_slug": survey.organization.slug,
                "community_slug": survey.community.slug,
                "survey_id": survey.pk,
            },
        )
    )
    return EmailContent(
        template="evaluations/emails/survey_relaunch",
        context={
            "survey_title": survey.title,
            "community_name": survey.community.name,
            "closes_at": survey.closes_at,
            "url": url,
            "is_anonymous": survey.is_anonymous,
        },
    )
