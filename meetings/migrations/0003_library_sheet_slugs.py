"""Agenda blocks copied from the first agenda templates kept slugs the toolbox library never used
(the library resolved them through aliases, now gone): point them at the library's own slugs."""

from django.db import migrations

FORMER_SLUGS = {
    "mettre-la-table": "setting-the-table",
    "collective-values": "shared-values-and-framework",
    "codev-preparation": "codevelopment-preparation",
    "appreciative-consultation": "appreciative-consultation-group",
    "mind-map-theme-tree": "collective-ideation",
}


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    AgendaBlock = apps.get_model("meetings", "AgendaBlock")
    for former, slug in FORMER_SLUGS.items():
        AgendaBlock.objects.filter(tool_slug=former).update(tool_slug=slug)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0002_agenda_block_tool"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
