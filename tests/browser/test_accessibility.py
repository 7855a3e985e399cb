"""Every page of the demo, for each role, without a login, and in both languages, passes axe-core
with no serious or critical violation and is valid HTML by the Nu HTML checker (vnu)."""

import io
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.core.management import call_command
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import User
from accounts.services import invite_to_organization
from accounts.services import make_invitation_token as make_org_invitation_token
from cdp.demo import DEMO_PASSWORD
from cdp.mail import make_unsubscribe_token
from cdp.notifications import unsubscribable_kinds
from charters.models import Charter
from charters.services import make_sign_token
from communities.models import Membership, MembershipStatus
from communities.services.membership import invite_to_community
from communities.services.membership import make_invitation_token as make_community_token
from meetings.models import Meeting
from meetings.tokens import make_rsvp_token
from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ROLES = {
    "coordinator": "coordo@example.org",
    "facilitator": "animatrice@example.org",
    "member": "membre@example.org",
}
MAX_PAGES_PER_ROLE = 60
SKIP_PREFIXES = ("/accounts/logout", "/admin", "/static", "/media", "/unsubscribe")


@pytest.fixture(scope="session")
def test_tools() -> None:
    """axe-core and vnu come from the npm registry (package.json); install them if missing."""
    if not (AXE.exists() and VNU.exists()):
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is needed for axe-core and vnu-jar: apt-get install npm")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    if shutil.which("java") is None:
        pytest.fail("Java is needed for the Nu HTML checker: apt-get install default-jre-headless")


@dataclass
class Audit:
    """Runs axe on each page as the browser shows it and keeps the served HTML for one vnu run."""

    folder: Path
    problems: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    def check(self, page, where: str, html: str) -> None:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"][:3]]
                self.problems.append(f"axe {where}: {violation['id']} {targets}")
        document = self.folder / f"page-{len(self.sources)}.html"
        document.write_text(html, encoding="utf-8")
        self.sources[document.name] = where

    def markup_errors(self) -> list[str]:
        result = subprocess.run(
            ["java", "-jar", str(VNU), "--errors-only", "--format", "json"]
            + [str(self.folder / name) for name in self.sources],
            capture_output=True,
            text=True,
            check=False,
        )
        errors = []
        for message in json.loads(result.stderr or '{"messages": []}')["messages"]:
            where = self.sources.get(Path(message.get("url", "")).name, message.get("url", ""))
            errors.append(f"vnu {where}: {message.get('message')}")
        return sorted(set(errors))

    def assert_clean(self) -> None:
        assert self.sources, "no page was checked"
        assert not self.problems, "\n".join(self.problems)
        markup = self.markup_errors()
        assert not markup, f"{len(markup)} markup errors:\n" + "\n".join(markup)


def _page_key(path: str) -> str | None:
    """One visit per URL pattern (and per query-less path): the kind of page, not each row."""
    if path.startswith(SKIP_PREFIXES):
        return None
    try:
        match = resolve(path)
    except Resolver404:
        return None
    if any(
        word in (match.url_name or "")
        for word in ("download", "export", "ics", "pdf", "csv", "feed")
    ):
        return None
    return match.url_name or path


def _crawl(page, base: str) -> list[tuple[str, str]]:
    """Breadth-first over same-origin links from the home page; returns (url, html) of each kind."""
    seen_keys: set[str] = set()
    queue = [f"{base}/"]
    visited: list[tuple[str, str]] = []
    while queue and len(visited) < MAX_PAGES_PER_ROLE:
        url = queue.pop(0)
        path = urlparse(url).path
        key = _page_key(path)
        if key is None or key in seen_keys:
            continue
        seen_keys.add(key)
        response = page.goto(url)
        if (
            response is None
            or response.status != 200
            or "text/html" not in response.headers.get("content-type", "")
        ):
            continue
        visited.append((url, response.text()))
        for href in page.eval_on_selector_all(
            "a[href]", "els => els.map(e => e.getAttribute('href'))"
        ):
            absolute = urljoin(url, href).split("#")[0]
            if absolute.startswith(base) and absolute not in queue:
                queue.append(absolute)
    return visited


def _switch_to_english(page) -> None:
    page.click(".lang-switch button[value=en]")
    page.wait_for_load_state()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_demo_page_is_accessible_and_valid(
    browser, live_server, language, test_tools, tmp_path
) -> None:
    call_command("seed_demo", stdout=io.StringIO())
    audit = Audit(tmp_path)
    for role, email in ROLES.items():
        context = browser.new_context(locale="fr-CA", bypass_csp=True)
        context.set_default_timeout(15_000)
        page = context.new_page()
        log_in(page, live_server.url, email, DEMO_PASSWORD)
        if language == "en":
            _switch_to_english(page)
        pages = _crawl(page, live_server.url)
        assert len(pages) >= 3, f"{role}: the crawl found too few pages"
        for url, html in pages:
            page.goto(url)
            audit.check(page, f"{role}/{language} {urlparse(url).path}", html)
        context.close()
    audit.assert_clean()


def _email_links() -> dict[str, dict[str, str]]:
    """URL name → arguments of the pages opened from an email without a login: fresh links for the
    demo member, a newcomer's invitations and an unconfirmed address, plus the privacy page."""
    now = timezone.now()
    with scopes_disabled():
        member = User.objects.get(email=ROLES["member"])
        membership = (
            Membership.objects.filter(
                user=member,
                status=MembershipStatus.ACTIVE,
                community__meetings__starts_at__gt=now,
                community__charters__isnull=False,
            )
            .select_related("community__organization")
            .first()
        )
        assert membership is not None, "the demo member needs a community with meetings ahead"
        community = membership.community
        organization = community.organization
        meeting = Meeting.objects.filter(community=community, starts_at__gt=now).first()
        charter = Charter.objects.filter(community=community).first()
        newcomer = "nouvelle.personne@example.org"
        unconfirmed = EmailAddress.objects.create(
            user=User.objects.create_user(email="pas.confirmee@example.org", password="-"),
            email="pas.confirmee@example.org",
            primary=True,
            verified=False,
        )
        org_invitation = invite_to_organization(
            actor=User.objects.get(email=ROLES["coordinator"]),
            organization=organization,
            email=newcomer,
        ).invitation
        community_invitation = invite_to_community(
            actor=User.objects.get(email=ROLES["facilitator"]), community=community, email=newcomer
        )
    assert meeting is not None and charter is not None
    org = organization.slug
    return {
        "account_reset_password_from_key": {
            "uidb36": user_pk_to_url_str(member),
            "key": default_token_generator.make_token(member),
        },
        "account_confirm_email": {"key": EmailConfirmationHMAC(unconfirmed).key},
        "privacy_organization": {"org_slug": org},
        "unsubscribe": {"token": make_unsubscribe_token(member.pk, unsubscribable_kinds()[0].key)},
        "meetings_rsvp_link": {
            "org_slug": org,
            "rsvp_token": make_rsvp_token(meeting_id=meeting.pk, user_id=member.pk, answer="going"),
        },
        "charters_sign_link": {
            "org_slug": org,
            "community_slug": community.slug,
            "sign_token": make_sign_token(charter, member),
        },
        "invitation": {"token": make_org_invitation_token(org_invitation)},
        "communities_invitation": {"invite_token": make_community_token(community_invitation)},
    }


ACCOUNT_PAGES: dict[str, dict[str, str]] = {
    "account_login": {},
    "account_signup": {},
    "account_reset_password": {},
    "account_reset_password_done": {},
    "account_email_verification_sent": {},
}
# The secret part of each link, tampered with below; allauth explains its bad links with a 200.
SECRETS = {"key", "token", "rsvp_token", "sign_token", "invite_token"}
TAMPERED_STATUS = {"account_reset_password_from_key": 200, "account_confirm_email": 200}
# Forms sent as a visitor would: with mistakes (the error messages), or confirming an email link.
SENT_FORMS = {
    "account_login": {"input[name=login]": ROLES["member"], "input[name=password]": "wrong"},
    "account_signup": {
        "input[name=email]": ROLES["member"],
        "input[name=password1]": "court",
        "input[name=password2]": "autre",
    },
    "account_reset_password_from_key": {
        "input[name=password1]": "court",
        "input[name=password2]": "autre",
    },
    "unsubscribe": {},
    "meetings_rsvp_link": {},
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pages_without_login_are_accessible_and_valid(
    browser, live_server, language, test_tools, tmp_path
) -> None:
    call_command("seed_demo", stdout=io.StringIO())
    pages = {**ACCOUNT_PAGES, **_email_links()}
    visits = {name: reverse(name, kwargs=kwargs) for name, kwargs in pages.items()}
    expected = dict.fromkeys(visits.values(), 200)
    for name, kwargs in pages.items():
        if SECRETS.intersection(kwargs):
            tampered = {k: f"{v}x" if k in SECRETS else v for k, v in kwargs.items()}
            expected[reverse(name, kwargs=tampered)] = TAMPERED_STATUS.get(name, 400)
    audit = Audit(tmp_path)
    context = browser.new_context(locale="fr-CA", bypass_csp=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    if language == "en":
        page.goto(live_server.url)
        _switch_to_english(page)
    for path, status in expected.items():
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == status, (path, response)
        audit.check(page, f"anonymous/{language} {path}", response.text())
    for name, fields in SENT_FORMS.items():
        page.goto(f"{live_server.url}{visits[name]}")
        for selector, value in fields.items():
            page.fill(selector, value)
        with page.expect_navigation() as navigation:
            page.click("main form button[type=submit]")
        audit.check(page, f"anonymous/{language} {visits[name]} (sent)", navigation.value.text())
    context.close()
    audit.assert_clean()
