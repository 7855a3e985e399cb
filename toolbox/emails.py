"""Emails of the toolbox: a member's proposal tells the people who can approve it."""

from django.urls import reverse

from cdp.mail import EmailContent, absolute_url
from cdp.models import Notification
from toolbox.models import Tool, ToolStatus

KIND_PROPOSAL = "toolbox.proposal"


def build_proposal(notification: Notification) -> EmailContent | None:
    """Runs at send time in the organisation scope; nothing to send once the proposal is decided."""
    tool = (
        Tool.objects.select_related("community", "created_by", "organization")
        .filter(pk=notification.context.get("tool_id"), status=ToolStatus.PENDING)
        .first()
    )
    if tool is None:
        return None
    path = reverse(
        "toolbox_tool_detail", kwargs={"org_slug": tool.organization.slug, "tool_id": tool.pk}
    )
    return EmailContent(
        template="toolbox/emails/proposal",
        context={
            "title": tool.title,
            "author": tool.created_by.display_name if tool.created_by else "",
            "place": tool.community.name if tool.community else tool.organization.name,
            "url": absolute_url(path),
        },
    )
