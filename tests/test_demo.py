"""The demo data is created through the services, and running the seeding twice adds nothing."""

from django.apps import apps
from django.core.management import call_command
from django_scopes import scopes_disabled


def _counts() -> dict[str, int]:
    with scopes_disabled():
        return {
            model._meta.label: model._default_manager.with_scopes_disabled().count()
            if hasattr(model._default_manager, "with_scopes_disabled")
            else model._default_manager.count()
            for model in apps.get_models()
            if model._meta.app_label
            in {"accounts", "cdp", "communities", "meetings", "charters", "toolbox", "evaluations"}
        }


def test_seeding_the_demo_twice_creates_nothing_new(db, capsys) -> None:
    call_command("seed_demo")
    first = _counts()
    output = capsys.readouterr().out
    assert "coordo@example.org" in output and "demo-cdp-2026" in output
    assert first["accounts.Organization"] == 2
    assert first["accounts.User"] >= 30
    call_command("seed_demo")
    assert _counts() == first


def test_demo_people_can_log_in(db, client) -> None:
    call_command("seed_demo")
    assert client.login(email="coordo@example.org", password="demo-cdp-2026")
    response = client.get("/centre-demo/")
    assert response.status_code == 200
