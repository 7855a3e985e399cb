"""French full-text GIN indexes on PostgreSQL only; other databases use the folded-text search."""

from django.db import migrations

TABLES = ("toolbox_tool", "toolbox_librarytool")


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_fr ON {table} "
            "USING gin (to_tsvector('french'::regconfig, COALESCE(search_text, '')))"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_fr")


class Migration(migrations.Migration):
    dependencies = [("toolbox", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
