"""Random and hostile values posted to every form of the platform: never a 500, a clear error when
refused, and no data changed by a refused post.

Forms are discovered, not listed: every URL of the walk registry (tests/walk/) is opened as the
role that may use it, and each POST form on the page is filled by Hypothesis.
"""

from html.parser import HTMLParser
from typing import Any

import pytest
from django.apps import apps
from django.db import transaction
from django.test import Client
from django_scopes import scopes_disabled
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.conftest import Tenant
from tests.test_url_walk import EXPECT, PATTERNS, _client_for, _url

HOSTILE = [
    "",
    " ",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "\x00",
    "𝓤𝓷𝓲𝓬𝓸𝓭𝓮 ✨ é à ç",
    "9" * 40,
    "-1",
    "2026-02-30",
    "x" * 5000,
    "=cmd|' /C calc'!A0",
    "javascript:alert(1)",
]
SKIP_ACTIONS = ("/accounts/logout/", "/language/")
SKIP_FIELDS = {"csrfmiddlewaretoken"}


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._current: dict[str, Any] | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "get").lower() == "post":
            self._current = {
                "action": a.get("action", ""),
                "fields": {},
                "enctype": a.get("enctype"),
            }
        elif self._current is not None and tag in {"input", "textarea", "select"} and a.get("name"):
            kind = a.get("type", "text") if tag == "input" else tag
            field = self._current["fields"].setdefault(
                a["name"], {"kind": kind, "options": [], "value": a.get("value", "")}
            )
            if tag == "select":
                self._select = a["name"]
            if kind in {"radio", "checkbox"}:
                field["options"].append(a.get("value", "on"))
        elif tag == "option" and self._current is not None and self._select:
            self._current["fields"][self._select]["options"].append(a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._current is not None:
            self.forms.append(self._current)
            self._current = None
        elif tag == "select":
            self._select = None


def _table_counts() -> dict[str, int]:
    with scopes_disabled():
        return {
            model._meta.label: model._base_manager.count()
            for model in apps.get_models()
            if model._meta.app_label
            in {"accounts", "communities", "meetings", "charters", "toolbox", "evaluations"}
        }


# One draw of a fixed size per example: the pages and forms found can differ between examples
# (caches and counters are not rolled back), so values are handed out from this pool in order.
POOL_SIZE = 256
POOL = st.lists(
    st.tuples(
        st.booleans(),
        st.integers(min_value=0, max_value=10_000),
        st.one_of(st.text(max_size=300), st.sampled_from(HOSTILE), st.integers().map(str)),
        st.binary(max_size=2048),
    ),
    min_size=POOL_SIZE,
    max_size=POOL_SIZE,
)


def _value_for(field: dict[str, Any], picked: tuple[bool, int, str, bytes]) -> Any:
    use_option, index, text, blob = picked
    if field["kind"] == "file":
        from django.core.files.uploadedfile import SimpleUploadedFile

        return SimpleUploadedFile("fuzz.pdf", blob, content_type="application/pdf")
    if field["options"] and use_option:
        return field["options"][index % len(field["options"])]
    if field["kind"] == "hidden" and use_option:
        return field["value"]
    return text


def _pages(tenant: Tenant, other: Tenant) -> list[tuple[str, str, str]]:
    found = []
    for name in sorted(PATTERNS):
        expect = EXPECT.get(name)
        if expect is None or expect.skip or expect.status != 200 or expect.method != "get":
            continue
        found.append((name, expect.role, _url(name, tenant, other)))
    return found


@pytest.mark.django_db
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    # Pages change as data changes, so examples cannot be replayed or shrunk; the assertion
    # message carries the failing payload instead.
    phases=[Phase.explicit, Phase.generate],
)
@given(data=st.data())
def test_hostile_values_never_break_a_form(
    data: st.DataObject, tenant: Tenant, other_tenant: Tenant, outsider: Any
) -> None:
    # Each example starts from the same data: everything it posts is rolled back afterwards.
    pool = data.draw(POOL, label="values")
    for each in (tenant, other_tenant):  # objects cached by walk helpers were rolled back
        for attribute in [name for name in vars(each) if name.startswith("walk_")]:
            delattr(each, attribute)
    cursor = 0
    with transaction.atomic():
        for name, role, url in _pages(tenant, other_tenant):
            client: Client = _client_for(role, tenant, other_tenant, outsider)
            page = client.get(url)
            if page.status_code != 200 or "text/html" not in page.get("Content-Type", ""):
                continue
            parser = _Forms()
            parser.feed(page.content.decode())
            for form in parser.forms:
                action = form["action"] or url
                if action.startswith(SKIP_ACTIONS) or not action.startswith("/"):
                    continue
                payload: dict[str, Any] = {}
                for field_name, field in form["fields"].items():
                    if field_name in SKIP_FIELDS or field["kind"] in {"submit", "button"}:
                        continue
                    payload[field_name] = _value_for(field, pool[cursor % POOL_SIZE])
                    cursor += 1
                before = _table_counts()
                response = client.post(action, payload)
                assert response.status_code != 500, f"{name} {action}: 500 with {payload!r}"
                if response.status_code == 400:
                    body = response.content.decode()
                    assert "errorlist" in body or 'role="alert"' in body, (
                        f"{name} {action}: refused without a visible error"
                    )
                    assert _table_counts() == before, f"{name} {action}: refused but data changed"
        transaction.set_rollback(True)
