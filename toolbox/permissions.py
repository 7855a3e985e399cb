"""Pure predicates on who may see, publish, propose, approve and adapt tools."""

from dataclasses import dataclass

from accounts.models import OrganizationMembership, OrgRole
from communities.models import Community
from toolbox.models import Tool, ToolStatus


@dataclass(frozen=True)
class ToolboxViewer:
    """A person's reach in one organisation's toolbox, computed once per request.

    `sees_all_communities` is true for coordinators (they oversee every community); otherwise
    `member_community_ids` lists the communities whose tools the person may read and
    `managed_community_ids` those where they publish and approve. `gated_community_ids` are
    communities whose charter gate hides tools until the person signs.
    """

    user_id: int
    org_membership: OrganizationMembership
    member_community_ids: frozenset[int]
    managed_community_ids: frozenset[int]
    gated_community_ids: frozenset[int] = frozenset()
    member_communities: tuple[Community, ...] = ()

    @property
    def is_coordinator(self) -> bool:
        return self.org_membership.role == OrgRole.COORDINATOR

    @property
    def is_org_staff(self) -> bool:
        return self.org_membership.role in {OrgRole.COORDINATOR, OrgRole.STAFF_FACILITATOR}

    @property
    def sees_all_communities(self) -> bool:
        return self.is_coordinator

    def can_read_community(self, community_id: int) -> bool:
        if community_id in self.gated_community_ids:
            return False
        return self.sees_all_communities or community_id in self.member_community_ids

    def can_manage_community(self, community_id: int) -> bool:
        return self.is_coordinator or community_id in self.managed_community_ids


def can_publish_to(viewer: ToolboxViewer, community_id: int | None) -> bool:
    """Facilitators publish in their communities; organisation staff at the organisation level."""
    if community_id is None:
        return viewer.is_org_staff
    return viewer.can_manage_community(community_id)


def can_contribute_to(viewer: ToolboxViewer, community_id: int | None) -> bool:
    """Members may propose a tool (it then waits for approval); every org member at org level."""
    if community_id is None:
        return True
    return viewer.can_read_community(community_id)


def can_moderate(viewer: ToolboxViewer, tool: Tool) -> bool:
    return can_publish_to(viewer, tool.community_id)


def can_view_tool(viewer: ToolboxViewer, tool: Tool) -> bool:
    """Published tools of places the person can read; pending ones to author and moderators."""
    if tool.community_id is not None and not viewer.can_read_community(tool.community_id):
        return False
    if tool.status == ToolStatus.PUBLISHED:
        return True
    return tool.created_by_id == viewer.user_id or can_moderate(viewer, tool)


def can_edit_tool(viewer: ToolboxViewer, tool: Tool) -> bool:
    """Moderators edit any tool of their place; authors edit their own."""
    return can_moderate(viewer, tool) or tool.created_by_id == viewer.user_id


def can_adapt_somewhere(viewer: ToolboxViewer) -> bool:
    return viewer.sees_all_communities or bool(viewer.member_community_ids)
