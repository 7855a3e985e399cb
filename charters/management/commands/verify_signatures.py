"""Recompute every fingerprint: published versions against their stored text, signatures against
their version. Exit status 1 when anything does not match."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scopes_disabled

from charters.models import CharterVersion, Signature, VersionStatus


def find_mismatches() -> list[str]:
    """Human-readable lines, one per mismatch; empty when every fingerprint holds."""
    problems: list[str] = []
    with scopes_disabled():
        versions = {
            version.pk: (version, version.compute_fingerprint())
            for version in CharterVersion.objects.filter(status=VersionStatus.PUBLISHED)
        }
        for version, computed in versions.values():
            if computed != version.fingerprint:
                problems.append(
                    f"version {version.pk} (charter {version.charter_id} v{version.number}): "
                    f"stored {version.fingerprint}, text gives {computed}"
                )
        for signature in Signature.objects.all().iterator(chunk_size=2000):
            entry = versions.get(signature.version_id)
            if entry is None:
                problems.append(
                    f"signature {signature.pk}: version {signature.version_id} "
                    "is not a published version"
                )
            elif signature.fingerprint != entry[1]:
                problems.append(
                    f"signature {signature.pk} (version {signature.version_id}): "
                    f"signed {signature.fingerprint}, text now gives {entry[1]}"
                )
    return problems


class Command(BaseCommand):
    help = "Recompute the SHA-256 of every charter version and signature and report mismatches."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = find_mismatches()
        with scopes_disabled():
            count = Signature.objects.count()
        for line in problems:
            self.stderr.write(f"MISMATCH {line}")
        if problems:
            raise CommandError(f"{len(problems)} fingerprint mismatch(es) in {count} signatures")
        self.stdout.write(f"OK: {count} signatures verified, no mismatch.")
