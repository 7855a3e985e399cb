"""The demo communities are created through the services, with their people, and only once."""

from django_scopes import scopes_disabled

from accounts import demo as accounts_demo
from cdp.demo import DemoContext
from cdp.demo_content import COMMUNITIES
from communities import demo
from communities.models import (
    Community,
    CommunityRole,
    Membership,
    MembershipRole,
    MembershipStatus,
    Objective,
    Theme,
)


def seeded() -> DemoContext:
    ctx = DemoContext()
    accounts_demo.seed(ctx)
    demo.seed(ctx)
    return ctx


def counts() -> tuple[int, int, int, int, int]:
    with scopes_disabled():
        return (
            Community.objects.count(),
            Membership.objects.count(),
            MembershipRole.objects.count(),
            Objective.objects.count(),
            Theme.objects.count(),
        )


def test_demo_communities_are_seeded_once_with_members_roles_and_drop_outs(db) -> None:  # type: ignore[no-untyped-def]
    ctx = seeded()
    first = counts()
    assert first[0] == len(COMMUNITIES)
    seeded()
    assert counts() == first
    with scopes_disabled():
        codev = Community.objects.get(slug="codev-rh")
        assert codev.format == "codevelopment" and codev.stage == "transformation"
        dropout = Membership.objects.get(community=codev, user__email="olivier.poirier@example.org")
        assert dropout.status == MembershipStatus.LEFT and dropout.leave_reason
        assert codev.memberships.filter(status=MembershipStatus.ACTIVE).count() == 9
        intercultural = Community.objects.get(slug="interculturel")
        assert intercultural.organization.slug == "table-demo"
        guest = MembershipRole.objects.get(
            membership__community=intercultural, role=CommunityRole.GUEST_EXPERT
        )
        assert guest.expires_at is not None
        assert intercultural.themes.filter(status="planned").exists()
        assert codev.objectives.filter(status="attained").exists()
        assert codev.stage_changes.count() == 5
    assert set(ctx.communities) == {data["slug"] for data in COMMUNITIES}
