"""Database triggers that make signatures append-only and published versions read-only.

Why a trigger that inspects the new row rather than a session flag: the only UPDATE ever allowed
on a signature is the one-way pseudonymisation done at account deletion (Loi 25), and the trigger
can check that exact shape itself: every evidence column unchanged, the row not yet pseudonymised,
the name replaced by a `pseudonym-…` value, IP, user agent and reason emptied, the user kept or
set to NULL. A session flag would let any statement issued while it is set change anything. The
second allowed shape is the `SET NULL` of `user_id` that Django runs when a pseudonymised
person's account row is deleted. Everything else, and every DELETE, is refused.

PostgreSQL gets UPDATE and DELETE triggers. SQLite gets the UPDATE triggers only: Django empties
SQLite tables between transactional tests with `DELETE FROM`, which a row trigger would refuse;
there the ORM guard (`SignatureQuerySet`, `Signature.delete`) and PROTECT foreign keys stand.
"""

from typing import Any

EVIDENCE_COLUMNS = (
    "id",
    "organization_id",
    "version_id",
    "kind",
    "method",
    "fingerprint",
    "consent_text",
    "language",
    "signed_at",
)

_PG_EVIDENCE_OLD = ", ".join(f"OLD.{c}" for c in EVIDENCE_COLUMNS)
_PG_EVIDENCE_NEW = ", ".join(f"NEW.{c}" for c in EVIDENCE_COLUMNS)

PG_INSTALL = [
    f"""
CREATE OR REPLACE FUNCTION charters_signature_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'charters_signature is append-only: DELETE refused';
  END IF;
  IF ROW({_PG_EVIDENCE_NEW}) IS NOT DISTINCT FROM ROW({_PG_EVIDENCE_OLD}) AND (
       (OLD.pseudonymised_at IS NULL AND NEW.pseudonymised_at IS NOT NULL
        AND NEW.signer_name LIKE 'pseudonym-%' AND NEW.ip_address IS NULL
        AND NEW.user_agent = '' AND NEW.reason = ''
        AND (NEW.user_id IS NULL OR NEW.user_id = OLD.user_id))
    OR (OLD.pseudonymised_at IS NOT NULL AND NEW.user_id IS NULL
        AND ROW(NEW.signer_name, NEW.ip_address, NEW.user_agent, NEW.reason, NEW.pseudonymised_at)
            IS NOT DISTINCT FROM
            ROW(OLD.signer_name, OLD.ip_address, OLD.user_agent, OLD.reason, OLD.pseudonymised_at))
  ) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'charters_signature is append-only: UPDATE refused';
END;
$$ LANGUAGE plpgsql;
""",
    """
CREATE TRIGGER charters_signature_append_only
BEFORE UPDATE OR DELETE ON charters_signature
FOR EACH ROW EXECUTE FUNCTION charters_signature_append_only();
""",
    """
CREATE OR REPLACE FUNCTION charters_version_published_read_only() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'charters_charterversion: a published version is read-only';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
""",
    """
CREATE TRIGGER charters_version_published_read_only
BEFORE UPDATE ON charters_charterversion
FOR EACH ROW EXECUTE FUNCTION charters_version_published_read_only();
""",
]

PG_UNINSTALL = [
    "DROP TRIGGER IF EXISTS charters_signature_append_only ON charters_signature;",
    "DROP TRIGGER IF EXISTS charters_version_published_read_only ON charters_charterversion;",
    "DROP FUNCTION IF EXISTS charters_signature_append_only();",
    "DROP FUNCTION IF EXISTS charters_version_published_read_only();",
]

_SQLITE_SAME = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in EVIDENCE_COLUMNS)

SQLITE_INSTALL = [
    f"""
CREATE TRIGGER IF NOT EXISTS charters_signature_append_only
BEFORE UPDATE ON charters_signature
WHEN NOT ({_SQLITE_SAME} AND (
       (OLD.pseudonymised_at IS NULL AND NEW.pseudonymised_at IS NOT NULL
        AND NEW.signer_name LIKE 'pseudonym-%' AND NEW.ip_address IS NULL
        AND NEW.user_agent = '' AND NEW.reason = ''
        AND (NEW.user_id IS NULL OR NEW.user_id IS OLD.user_id))
    OR (OLD.pseudonymised_at IS NOT NULL AND NEW.user_id IS NULL
        AND NEW.signer_name IS OLD.signer_name AND NEW.ip_address IS OLD.ip_address
        AND NEW.user_agent IS OLD.user_agent AND NEW.reason IS OLD.reason
        AND NEW.pseudonymised_at IS OLD.pseudonymised_at)))
BEGIN
  SELECT RAISE(ABORT, 'charters_signature is append-only: UPDATE refused');
END;
""",
    """
CREATE TRIGGER IF NOT EXISTS charters_version_published_read_only
BEFORE UPDATE ON charters_charterversion
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'charters_charterversion: a published version is read-only');
END;
""",
]

SQLITE_UNINSTALL = [
    "DROP TRIGGER IF EXISTS charters_signature_append_only;",
    "DROP TRIGGER IF EXISTS charters_version_published_read_only;",
]


def _statements(vendor: str, install: bool) -> list[str]:
    if vendor == "postgresql":
        return PG_INSTALL if install else PG_UNINSTALL
    if vendor == "sqlite":
        return SQLITE_INSTALL if install else SQLITE_UNINSTALL
    return []


def install(connection: Any) -> None:
    """Create the triggers on PostgreSQL or SQLite (other databases: nothing)."""
    with connection.cursor() as cursor:
        for sql in _statements(connection.vendor, install=True):
            cursor.execute(sql)


def uninstall(connection: Any) -> None:
    """Drop the triggers (migration rollback, and tests that simulate tampering)."""
    with connection.cursor() as cursor:
        for sql in _statements(connection.vendor, install=False):
            cursor.execute(sql)


# SQLite rebuilds a table (and drops its triggers) when a migration alters it: a later migration
# that alters charters_signature or charters_charterversion must call `install` again.
