"""The "surveys" panel of the community home page."""

from typing import Any

from django.db.models import Exists, OuterRef
from django.http import HttpRequest
from django.utils import timezone

from communities.permissions import CommunityAccess
from evaluations.models import Participation, Survey


def surveys_panel(request: HttpRequest, access: CommunityAccess) -> dict[str, Any] | None:
    """Open surveys of the community, each with whether this person answered (one query)."""
    if not access.can_view_content:
        return None
    now = timezone.now()
    answered = Participation.objects.filter(
        survey=OuterRef("pk"), user_id=int(request.user.pk or 0)
    )
    open_surveys = [
        s
        for s in Survey.objects.filter(community=access.community, opens_at__lte=now)
        .annotate(answered=Exists(answered))
        .order_by("-opens_at")[:5]
        if s.is_open_at(now)
    ]
    if not open_surveys and not access.can_manage:
        return None
    return {
        "open_surveys": [(s, s.answered) for s in open_surveys],
        "can_manage": access.can_manage,
    }
