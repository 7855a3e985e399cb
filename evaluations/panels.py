"""The "surveys" panel of the community home page."""

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from communities.permissions import CommunityAccess
from evaluations.models import Participation, Survey


def surveys_panel(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    """Open surveys of the community (two queries); hidden from people who cannot see content."""
    if not access.can_view_content:
        return None
    now = timezone.now()
    open_surveys = [
        s
        for s in Survey.objects.filter(community=access.community, opens_at__lte=now).order_by(
            "-opens_at"
        )[:5]
        if s.is_open_at(now)
    ]
    if not open_surveys and not access.can_manage:
        return None
    answered = (
        set(
            Participation.objects.filter(
                survey__in=open_surveys, user_id=int(request.user.pk or 0)
            ).values_list("survey_id", flat=True)
        )
        if open_surveys
        else set()
    )
    return {
        "open_surveys": [(s, s.pk in answered) for s in open_surveys],
        "can_manage": access.can_manage,
    }
