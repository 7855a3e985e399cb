"""The demo meetings: past ones held with attendance and recaps, future ones with reminders."""

import pytest
from django_scopes import scopes_disabled

from accounts import demo as accounts_demo
from cdp.demo import DemoContext
from cdp.demo_content import COMMUNITIES
from cdp.models import Notification
from communities import demo as communities_demo
from meetings import demo as meetings_demo
from meetings import notify
from meetings.models import Attendance, Meeting, Recap


def _seed() -> DemoContext:
    ctx = DemoContext()
    accounts_demo.seed(ctx)
    communities_demo.seed(ctx)
    meetings_demo.seed(ctx)
    return ctx


@pytest.mark.django_db
def test_demo_meetings_are_seeded_once_with_their_history() -> None:
    _seed()
    with scopes_disabled():
        counts = (Meeting.objects.count(), Attendance.objects.count(), Notification.objects.count())
        expected = sum(len(data["meetings"]) for data in COMMUNITIES)
        assert counts[0] == expected
        first = COMMUNITIES[0]
        held = Meeting.objects.filter(community__slug=first["slug"], status="held").order_by(
            "starts_at"
        )
        assert held.count() == len(first["meetings"])
        presents = [Attendance.objects.filter(meeting=m, status="online").count() for m in held]
        assert presents == [m["present"] for m in first["meetings"]]
        assert Recap.objects.filter(meeting__in=held, published_at__isnull=False).count() == len(
            presents
        )
        future = Meeting.objects.filter(status="planned").first()
        assert future is not None and future.blocks.exists()
        assert Notification.objects.filter(
            kind=notify.REMINDER, context__meeting_id=future.pk, state="queued"
        ).exists()
        assert not Notification.objects.filter(kind=notify.RECAP).exists()
    _seed()
    with scopes_disabled():
        again = (Meeting.objects.count(), Attendance.objects.count(), Notification.objects.count())
    assert again == counts
