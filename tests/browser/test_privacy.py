"""A member downloads their data, then deletes their account."""

import io
import json
import re
import zipfile

import pytest
from django_scopes import scopes_disabled

from accounts.models import User
from charters.models import Signature
from tests.browser.conftest import log_in
from tests.charters.helpers import published_charter, sign
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_downloads_their_data_and_deletes_their_account(page, live_server, tenant) -> None:
    member = tenant.member
    sign(tenant, published_charter(tenant), member, name=member.get_full_name())
    log_in(page, live_server.url, member.email, PASSWORD)

    page.goto(f"{live_server.url}/profile/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger mes données").click()
    download = download_info.value
    assert download.suggested_filename.startswith("cdp-data-")
    with open(download.path(), "rb") as handle:
        archive = zipfile.ZipFile(io.BytesIO(handle.read()))
    data = json.loads(archive.read("data.json"))["sections"]
    assert data["profile"][0]["email"] == member.email
    assert data["charters.Signature"][0]["signer_name"] == member.get_full_name()

    page.get_by_role("link", name="Supprimer mon compte").click()
    page.wait_for_url(re.compile(r"/profile/delete/"))
    page.get_by_label("Tapez votre adresse courriel pour confirmer").fill("pas-moi@example.org")
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    assert page.get_by_text("Ce n'est pas l'adresse courriel de votre compte").is_visible()

    page.get_by_label("Tapez votre adresse courriel pour confirmer").fill(member.email)
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))
    assert page.get_by_text("Votre compte a été supprimé").is_visible()

    page.fill("input[name=login]", member.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action$='/accounts/login/'] button[type=submit]")
    page.wait_for_load_state()
    assert "/accounts/login/" in page.url  # refused: the account no longer exists as such
    member = User.objects.get(pk=member.pk)
    assert not member.is_active and member.email.endswith("@invalid")
    with scopes_disabled():
        assert Signature.objects.get(user=member).signer_name.startswith("pseudonym-")
