"""Security settings a user or an attacker would notice: headers, CSP, rate limits, CSRF, tokens."""

import pytest
from django.core import signing
from django.test import Client

from accounts.services import INVITATION_SALT, InvitationError, read_invitation
from cdp.mail import make_unsubscribe_token
from tests.factories import PASSWORD, UserFactory


def test_pages_carry_the_security_headers_and_a_nonce_based_csp(client, member) -> None:
    client.force_login(member)
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    script_src = next(part for part in csp.split(";") if "script-src" in part)
    assert "'nonce-" in script_src and "unsafe-inline" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_no_page_loads_anything_from_another_site(client, member) -> None:
    client.force_login(member)
    html = client.get("/").content.decode()
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html


def test_repeated_failed_logins_lock_the_account_for_a_while(db) -> None:
    user = UserFactory(email="target@example.org")
    client = Client()
    for _ in range(5):
        client.post("/accounts/login/", {"login": user.email, "password": "wrong"})
    # Even the right password is refused until the window passes; the message says why.
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert response.context["form"].non_field_errors()


def test_a_flood_of_logins_from_one_address_gets_429(db) -> None:
    client = Client()
    statuses = [
        client.post("/accounts/login/", {"login": f"p{i}@example.org", "password": "x"}).status_code
        for i in range(35)
    ]
    assert statuses[0] == 200
    assert 429 in statuses


def test_sign_ups_are_rate_limited(db, settings) -> None:
    client = Client()
    statuses = []
    for i in range(25):
        response = client.post(
            "/accounts/signup/",
            {"email": f"bot{i}@example.org", "password1": "short", "password2": "short"},
        )
        statuses.append(response.status_code)
    assert 429 in statuses


def test_a_post_without_csrf_token_is_refused_and_htmx_sends_it(member) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post("/language/", {"language": "en"}).status_code == 403
    page = client.get("/").content.decode()
    token = page.split('"X-CSRFToken": "')[1].split('"')[0]
    response = client.post("/language/", {"language": "en"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 302


def test_session_and_csrf_cookies_are_locked_down(settings) -> None:
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.CSRF_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_email_link_tokens_are_purpose_bound(tenant) -> None:
    unsubscribe = make_unsubscribe_token(tenant.member.pk, "meeting_reminder")
    with pytest.raises(InvitationError):
        read_invitation(unsubscribe)
    forged = signing.dumps({"i": 1, "o": tenant.organization.pk}, salt="another-purpose")
    with pytest.raises(InvitationError):
        read_invitation(forged)
    expired = signing.TimestampSigner(salt=INVITATION_SALT)
    assert expired  # the loader checks max_age; see test_accounts for expiry handling
