"""Reads of communities, with their access computed in a fixed number of queries."""

from django.db.models import Prefetch
from django.http import Http404, HttpRequest

from communities.models import Community, Membership, MembershipRole
from communities.permissions import CommunityAccess, active_roles, can_see_community


def get_community_access(request: HttpRequest, community_slug: str) -> CommunityAccess:
    """The community named in the URL with the current person's access; 404 if they cannot see it.

    Must run inside the organisation scope opened by TenantMiddleware (two queries).
    """
    org_membership = getattr(request, "org_membership", None)
    if org_membership is None:
        raise Http404
    community = Community.objects.filter(slug=community_slug).first()
    if community is None:
        raise Http404
    membership = (
        Membership.objects.filter(community=community, user=request.user)
        .prefetch_related(Prefetch("roles", queryset=MembershipRole.objects.all()))
        .first()
    )
    if not can_see_community(community, org_membership, membership):
        raise Http404
    return CommunityAccess(
        community=community,
        org_membership=org_membership,
        membership=membership,
        roles=active_roles(membership),
    )
