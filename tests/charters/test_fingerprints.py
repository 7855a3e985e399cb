"""The fingerprint covers exactly the reference text, and published versions never change."""

import unicodedata

import pytest
from django.db import DatabaseError, connection, transaction
from django_scopes import scope, scopes_disabled
from hypothesis import given
from hypothesis import strategies as st

from charters import selectors, services
from charters.models import (
    CharterVersion,
    PublishedVersionError,
    canonical_text,
    fingerprint_of,
)
from tests.charters.helpers import fresh, publish_new_version, published_charter


def test_same_text_gives_the_same_fingerprint_whatever_the_encoding_details() -> None:
    nfc = unicodedata.normalize("NFC", "Charte d'été\n\nÉcoute et respect")
    nfd = unicodedata.normalize("NFD", nfc)
    variants = [nfc, nfd, nfc.replace("\n", "\r\n"), nfc.replace("\n", "   \n") + "\n\n"]
    hashes = {fingerprint_of(canonical_text("Titre", v)) for v in variants}
    assert len(hashes) == 1


@pytest.mark.parametrize(
    "changed",
    [
        "Charte d'ete\n\nÉcoute et respect",
        "Charte d'été\n\nÉcoute  et respect",
        "Charte d'été\n\nÉcoute et respect.",
    ],
)
def test_any_visible_change_gives_another_fingerprint(changed: str) -> None:
    original = fingerprint_of(canonical_text("Titre", "Charte d'été\n\nÉcoute et respect"))
    assert fingerprint_of(canonical_text("Titre", changed)) != original


@given(st.text(), st.text())
def test_canonical_text_is_stable(title: str, body: str) -> None:
    once = canonical_text(title, body)
    assert fingerprint_of(once) == fingerprint_of(canonical_text(title, body))
    assert "\r" not in once and once == once.strip()
    assert unicodedata.is_normalized("NFC", once)


def test_published_fingerprint_is_the_sha256_of_the_reference_text(tenant) -> None:
    charter = published_charter(tenant)
    version = selectors.current_version(charter)
    assert version is not None and version.language == "fr"
    expected = fingerprint_of(canonical_text(version.title_fr, version.body_fr))
    assert version.fingerprint == expected


def test_a_change_makes_a_new_version_and_leaves_the_old_one_intact(tenant) -> None:
    charter = published_charter(tenant)
    first = selectors.current_version(charter)
    second = publish_new_version(tenant, charter, material=False)
    assert second.number == first.number + 1
    assert second.fingerprint != first.fingerprint
    with scopes_disabled():
        stored = CharterVersion.objects.get(pk=first.pk)
    assert stored.fingerprint == first.fingerprint
    assert stored.compute_fingerprint() == first.fingerprint


def test_a_published_version_cannot_be_edited_through_the_orm_or_the_service(tenant) -> None:
    charter = published_charter(tenant)
    version = selectors.current_version(charter)
    version.body_fr += " Modifié."
    with pytest.raises(PublishedVersionError):
        version.save()
    with pytest.raises(PublishedVersionError), scopes_disabled():
        CharterVersion.objects.filter(pk=version.pk).update(body_fr="autre")
    with pytest.raises(PublishedVersionError), scopes_disabled():
        CharterVersion.objects.filter(pk=version.pk).delete()
    with pytest.raises(services.CharterError), scope(organization=tenant.organization):
        services.update_draft(
            actor=tenant.facilitator,
            version=version,
            title_fr="x",
            title_en="x",
            body_fr="x",
            body_en="x",
            is_open_for_comments=False,
        )


def test_the_database_refuses_to_change_a_published_version(tenant) -> None:
    charter = published_charter(tenant)
    version = selectors.current_version(charter)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE charters_charterversion SET body_fr = %s WHERE id = %s", ["x", version.pk]
        )


def test_drafts_stay_editable_and_a_clause_is_added_in_both_languages(tenant) -> None:
    charter = published_charter(tenant)
    with scope(organization=tenant.organization):
        draft = services.start_new_draft(actor=tenant.facilitator, charter=fresh(tenant, charter))
        services.add_clause(actor=tenant.facilitator, version=draft, clause_key="recordings")
        draft.refresh_from_db()
    assert "### Enregistrements et captures" in draft.body_fr
    assert "### Recordings and screenshots" in draft.body_en


def test_every_kind_has_a_bilingual_template() -> None:
    from charters import content
    from charters.models import CharterKind
    from charters.text import TEMPLATES, template_body

    assert set(CharterKind.values) == set(content.KINDS) == set(TEMPLATES)
    for kind in CharterKind.values:
        assert template_body(kind, "fr") != template_body(kind, "en")
