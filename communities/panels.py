"""Panels on the community home page, contributed by any app.

The home page renders `{% include "communities/_panels.html" %}`, which renders every registered
panel in `order`. An app registers its panels once, in its AppConfig.ready():

    from communities.panels import register_panel

    def next_meeting(request, access):            # -> dict, or None to hide the panel
        meeting = ...                             # read inside the organisation scope
        return {"meeting": meeting}

    register_panel(
        key="meetings.next",                      # unique; registering again replaces it
        template_name="meetings/panels/next.html",
        context_function=next_meeting,
        order=10,                                 # smaller comes first
    )

The template receives the returned dict plus `request`, `access` (communities.permissions.
CommunityAccess: use `access.can_view_content`, `access.can_manage`…) and `community`. Start it with
an `<article>` holding an `<h2>`. A context function must keep a fixed number of queries (the home
page budget is 12 for all panels together) and must return None when `access` may not see its
content: a member-only panel returns None for a visitor who is not a member.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from cdp import fragments
from communities.permissions import CommunityAccess

ContextFunction = Callable[[HttpRequest, CommunityAccess], dict[str, Any] | None]


@dataclass(frozen=True)
class Panel:
    key: str
    template_name: str
    context_function: ContextFunction
    order: int = 100


PANELS: list[Panel] = []


def register_panel(
    *, key: str, template_name: str, context_function: ContextFunction, order: int = 100
) -> None:
    """Add (or replace) the panel named `key` on every community home page."""
    PANELS[:] = [panel for panel in PANELS if panel.key != key]
    PANELS.append(Panel(key, template_name, context_function, order))
    PANELS.sort(key=lambda panel: (panel.order, panel.key))


def render_panels(request: HttpRequest, access: CommunityAccess) -> SafeString:
    """Every panel that has something to show, rendered in order.

    The result is cached per person, place in the community and language until anything changes
    in the organisation (cdp.fragments), so panels must not contain forms (CSRF tokens) or
    scripts (CSP nonces): link to pages that hold them instead.
    """
    parts = (
        "panels",
        access.community.pk,
        request.user.pk or 0,
        access.org_membership.role,
        access.membership.status if access.membership else "-",
        ",".join(sorted(access.roles)),
        get_language(),
    )
    # Cached as the SafeString it was rendered as (pickling keeps the type).
    return fragments.cached(
        access.community.organization_id, parts, lambda: _render(request, access)
    )


def _render(request: HttpRequest, access: CommunityAccess) -> SafeString:
    html = SafeString("")
    for panel in PANELS:
        context = panel.context_function(request, access)
        if context is None:
            continue
        context = {**context, "access": access, "community": access.community}
        # render_to_string returns autoescaped SafeStrings; adding two keeps the result safe.
        html += render_to_string(panel.template_name, context, request=request)
    return html
