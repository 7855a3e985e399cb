"""The « recent tools » panel of the community home page (communities.panels registry)."""

from typing import Any

from django.http import HttpRequest


def recent_tools_panel(request: HttpRequest, access: Any) -> dict[str, Any] | None:
    """The community's latest tools, for people who can read them (one query)."""
    from toolbox.selectors import recent_community_tools

    if not access.can_view_content:
        return None
    return {"tools": recent_community_tools(access.community)}


def register_panels() -> None:
    try:
        from communities.panels import register_panel
    except ImportError:
        return
    register_panel(
        key="toolbox.recent_tools",
        template_name="toolbox/panel.html",
        context_function=recent_tools_panel,
        order=40,
    )
