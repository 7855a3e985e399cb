"""Walk every URL pattern of the project (introspected from the resolver) as anonymous, as an
outsider, as a member of another organisation and as the right role of the owning organisation."""

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import Tenant
from tests.walk import Expect, load

PARAMS, EXPECT = load()


def _collect(resolvers: list[Any], prefix: str = "") -> list[tuple[str, URLPattern, str]]:
    found = []
    for entry in resolvers:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            found += _collect(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            module = getattr(entry.callback, "__module__", "")
            if module.startswith(("allauth", "django.")) or not entry.name:
                continue
            found.append((entry.name, entry, prefix + str(entry.pattern)))
    return found


PATTERNS = {name: route for name, _pattern, route in _collect(get_resolver().url_patterns)}


def _client_for(role: str, tenant: Tenant, other: Tenant, outsider: Any) -> Client:
    client = Client()
    people = {
        "coordinator": tenant.coordinator,
        "staff_facilitator": tenant.staff_facilitator,
        "facilitator": tenant.facilitator,
        "member": tenant.member,
        "outsider": outsider,
        "other_org": other.coordinator,
    }
    client.force_login(people[role])
    return client


def _url(name: str, tenant: Tenant, other: Tenant) -> str:
    route = PATTERNS[name]
    kwargs = {}
    for part in route.split("<")[1:]:
        key = part.split(">")[0].split(":")[-1]
        if key not in PARAMS:
            pytest.fail(f"URL {name!r} needs a walk parameter for {key!r}: add it in tests/walk/")
        kwargs[key] = PARAMS[key](tenant, other)
    return reverse(name, kwargs=kwargs)


def test_every_url_has_an_expectation() -> None:
    missing = sorted(set(PATTERNS) - set(EXPECT))
    assert not missing, f"add an Expect for these URL names in tests/walk/: {missing}"


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_url_isolation(
    name: str, tenant: Tenant, other_tenant: Tenant, outsider: Any, django_db_blocker: Any
) -> None:
    expect = EXPECT.get(name, Expect())
    if expect.skip:
        pytest.skip(expect.skip)
    url = _url(name, tenant, other_tenant)
    in_org = "<slug:org_slug>" in PATTERNS[name]
    call = expect.method

    if not expect.public:
        response = getattr(Client(), call)(url)
        assert response.status_code == 302, f"anonymous {name}: {response.status_code}"
        assert "/accounts/login/" in response["Location"]

    if in_org and not expect.public:
        for role in ("outsider", "other_org"):
            response = getattr(_client_for(role, tenant, other_tenant, outsider), call)(url)
            assert response.status_code == 404, f"{role} on {name}: {response.status_code}"

    for role in expect.denied:
        response = getattr(_client_for(role, tenant, other_tenant, outsider), call)(url)
        assert response.status_code == 403, f"{role} on {name}: {response.status_code}"

    response = getattr(_client_for(expect.role, tenant, other_tenant, outsider), call)(url)
    assert response.status_code == expect.status, (
        f"{expect.role} on {name}: {response.status_code}, expected {expect.status}"
    )
    if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
        _assert_no_inline_code(name, response.content.decode())


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<[a-z][^>]*\sstyle=", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+=", re.IGNORECASE)


def _assert_no_inline_code(name: str, html: str) -> None:
    """The CSP allows no inline script, style attribute or event handler: none may be written."""
    for pattern, what in (
        (INLINE_SCRIPT, "inline <script>"),
        (INLINE_STYLE, "style= attribute"),
        (INLINE_HANDLER, "on…= handler"),
    ):
        found = pattern.search(html)
        assert found is None, f"{name}: {what} blocked by the CSP: {found.group(0)[:120]}"
