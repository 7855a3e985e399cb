from typing import Any

from django import template
from django.utils.safestring import SafeString

from communities.panels import render_panels
from communities.permissions import CommunityAccess

register = template.Library()


@register.simple_tag(takes_context=True)
def community_panels(context: dict[str, Any], access: CommunityAccess) -> SafeString:
    """Render every panel registered in communities.panels.PANELS for this community."""
    return render_panels(context["request"], access)
