from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from communities.models import Format, Stage
from toolbox.sheets import steps as split_steps

register = template.Library()


@register.filter
def stage_labels(tool: Any) -> list[str]:
    labels = dict(Stage.choices)
    return [str(labels.get(code, code)) for code in tool.stages]


@register.filter
def format_labels(tool: Any) -> list[str]:
    labels = dict(Format.choices)
    return [str(labels.get(code, code)) for code in tool.formats]


@register.filter
def group_size(tool: Any) -> str:
    low, high = tool.group_size_min, tool.group_size_max
    if low and high:
        return _("%(low)s to %(high)s people") % {"low": low, "high": high}
    if low:
        return _("%(low)s people or more") % {"low": low}
    if high:
        return _("up to %(high)s people") % {"high": high}
    return ""


@register.filter
def steps(text: str) -> list[str]:
    return split_steps(text)


@register.simple_tag
def tool_url(tool: Any, org_slug: str) -> str:
    if getattr(tool, "is_library", False):
        return reverse(
            "toolbox_library_detail", kwargs={"org_slug": org_slug, "tool_slug": tool.slug}
        )
    return reverse("toolbox_tool_detail", kwargs={"org_slug": org_slug, "tool_id": tool.pk})


@register.filter
def level_label(tool: Any) -> str:
    if getattr(tool, "is_library", False):
        return _("Platform library")
    if tool.community_id:
        return tool.community.name
    return _("Our organisation")


@register.simple_tag
def meeting_url(meeting: Any, org_slug: str) -> str:
    """The meeting's page when the meetings app names one, else an empty string."""
    community = getattr(meeting, "community", None)
    if community is None:
        return ""
    try:
        return reverse(
            "meetings_detail",
            kwargs={
                "org_slug": org_slug,
                "community_slug": community.slug,
                "meeting_id": meeting.pk,
            },
        )
    except NoReverseMatch:
        return ""
