"""Operators open every meetings admin page (list, change form with its inlines and raw-id labels,
delete confirmation) on the demo data, outside any scope."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django_scopes import scope, scopes_disabled

from meetings import services
from tests.conftest import Tenant
from tests.factories import UserFactory

MEETINGS_ADMINS = sorted(
    (model._meta.model_name, model_admin)
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label == "meetings"
)


@pytest.fixture
def operator(tenant: Tenant) -> Client:
    call_command("seed_demo")
    # What the demo does not create: a series, community reminders and a calendar link.
    data = services.MeetingData(title="Série", starts_at=timezone.now() + timedelta(days=7))
    with scope(organization=tenant.organization):
        services.schedule_series(
            community=tenant.community,
            actor=tenant.facilitator,
            data=data,
            rrule="FREQ=WEEKLY;INTERVAL=4;COUNT=3",
        )
        services.set_community_offsets(
            community=tenant.community, actor=tenant.facilitator, offsets=[1440]
        )
        services.create_calendar_feed(organization=tenant.organization, user=tenant.member)
    with scopes_disabled():
        user = UserFactory(email="ops@example.org", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(user)
    return client


def test_every_meetings_model_is_in_the_admin() -> None:
    names = {name for name, _admin in MEETINGS_ADMINS}
    assert {"meeting", "recap", "registration", "attendance", "calendarfeed"} <= names


def test_every_meetings_admin_page_renders(operator: Client) -> None:
    for name, model_admin in MEETINGS_ADMINS:
        changelist = operator.get(reverse(f"admin:meetings_{name}_changelist"))
        assert changelist.status_code == 200, name
        with scopes_disabled():
            obj = model_admin.model._default_manager.with_scopes_disabled().first()
        assert obj is not None, f"the demo has no {name}"
        for view in ("change", "delete"):
            response = operator.get(reverse(f"admin:meetings_{name}_{view}", args=[obj.pk]))
            assert response.status_code == 200, f"{name} {view}"
            assert escape(str(obj)) in response.content.decode(), f"{name} {view}"
