"""The demo gives every seed-000 community the charter kind its narrative names."""

import importlib

from django_scopes import scopes_disabled

from cdp.demo import DemoContext
from cdp.demo_content import COMMUNITIES
from charters.models import Charter, Signature, VersionStatus
from charters.selectors import member_statuses


def seed_all() -> None:
    """The steps the charters demo depends on, then the charters step (others are not needed)."""
    ctx = DemoContext()
    for app in ("accounts", "communities", "charters"):
        importlib.import_module(f"{app}.demo").seed(ctx)


def test_demo_charters_are_published_with_some_members_signed_and_idempotent(db) -> None:
    seed_all()
    with scopes_disabled():
        counts = (Charter.objects.count(), Signature.objects.count())
        charters = {c.community.slug: c for c in Charter.objects.select_related("community")}
        for spec in COMMUNITIES:
            if not spec["charter_kind"]:
                assert spec["slug"] not in charters
                continue
            charter = charters[spec["slug"]]
            assert charter.kind == spec["charter_kind"]
            assert charter.versions.filter(status=VersionStatus.PUBLISHED).exists()
            statuses = {s.status for s in member_statuses(charter)}
            assert {"signed", "not_yet"} <= statuses, spec["slug"]
    seed_all()
    with scopes_disabled():
        assert (Charter.objects.count(), Signature.objects.count()) == counts
