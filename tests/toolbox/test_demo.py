"""The demo toolbox is created through the services and is idempotent."""

from typing import Any

from django_scopes import scopes_disabled

from cdp.demo import DemoContext
from communities.models import CommunityRole
from tests.factories import CommunityFactory, OrganizationFactory, UserFactory, add_member
from toolbox import demo
from toolbox.models import LibraryTool, Tool, ToolFile, ToolStatus


def _context() -> DemoContext:
    ctx = DemoContext()
    organization = OrganizationFactory(slug="centre-demo")
    slugs = {item.community for item in demo.DEMO_TOOLS}
    for slug in slugs:
        ctx.communities[slug] = CommunityFactory(organization=organization, slug=slug)
    facilitators = {item.approved_by for item in demo.DEMO_TOOLS if item.approved_by}
    facilitators |= {"animatrice@example.org", "catherine.roy@example.org", demo.ADAPTED[1]}
    for item in demo.DEMO_TOOLS:
        for email in (item.author, item.approved_by):
            if not email:
                continue
            person = ctx.people.setdefault(email, UserFactory(email=email))
            role = CommunityRole.FACILITATOR if email in facilitators else CommunityRole.MEMBER
            add_member(ctx.communities[item.community], person, role)
    adapter = ctx.people.setdefault(demo.ADAPTED[1], UserFactory(email=demo.ADAPTED[1]))
    add_member(ctx.communities[demo.ADAPTED[0]], adapter, CommunityRole.FACILITATOR)
    return ctx


def test_demo_seed_shares_tools_by_facilitators_and_members_once(db: Any) -> None:
    ctx = _context()
    demo.seed(ctx)
    with scopes_disabled():
        counts = (Tool.objects.count(), ToolFile.objects.count(), LibraryTool.objects.count())
        contributors = set(Tool.objects.values_list("contributed_as", flat=True))
        pending = Tool.objects.filter(status=ToolStatus.PENDING).count()
        adapted = Tool.objects.filter(source_library_tool__slug=demo.ADAPTED[2]).count()
    demo.seed(ctx)
    with scopes_disabled():
        again = (Tool.objects.count(), ToolFile.objects.count(), LibraryTool.objects.count())
    assert counts == again
    assert counts[0] == len(demo.DEMO_TOOLS) + 1
    assert {"facilitator", "member"} <= contributors
    assert pending == 1
    assert adapted == 1
