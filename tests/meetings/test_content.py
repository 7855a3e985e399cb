"""Agenda templates link toolbox library sheets by the library's own slugs."""

import importlib

from django.apps import apps
from django_scopes import scopes_disabled

from meetings import content
from meetings.models import AgendaBlock
from tests.conftest import Tenant
from tests.meetings.conftest import plan
from toolbox.content import SHEETS

LIBRARY_SLUGS = {sheet["slug"] for sheet in SHEETS}


def test_every_agenda_template_links_an_existing_library_sheet() -> None:
    linked = {
        block["tool_slug"]
        for template in content.AGENDA_TEMPLATES
        for block in template["blocks"]
        if block["tool_slug"]
    }
    assert linked - LIBRARY_SLUGS == set()
    assert set(content.TOOL_SLUGS) == linked


def test_blocks_saved_with_a_former_slug_are_moved_to_the_library_slug(tenant: Tenant) -> None:
    migration = importlib.import_module("meetings.migrations.0003_library_sheet_slugs")
    meeting = plan(tenant)
    with scopes_disabled():
        blocks = [
            AgendaBlock.objects.create(
                organization=tenant.organization,
                meeting=meeting,
                position=position,
                title="Bloc",
                minutes=10,
                tool_slug=slug,
            )
            for position, slug in enumerate(
                ["mettre-la-table", "mind-map-theme-tree", "mood-check"]
            )
        ]
        migration.forwards(apps, None)
        assert [AgendaBlock.objects.get(pk=b.pk).tool_slug for b in blocks] == [
            "setting-the-table",
            "collective-ideation",
            "mood-check",
        ]
    assert set(migration.FORMER_SLUGS.values()) <= LIBRARY_SLUGS
    assert not set(migration.FORMER_SLUGS) & LIBRARY_SLUGS
