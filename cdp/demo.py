"""Demo data: each app has `<app>/demo.py` with `seed(ctx)`, run in order by `seed_demo`.

Every step goes through the app's services and is idempotent: running it twice creates nothing new.
"""

import importlib
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from accounts.models import Organization, User
from communities.models import Community

DEMO_PASSWORD = "demo-cdp-2026"  # noqa: S105 (printed for people trying the platform)
STEPS = ["accounts", "communities", "meetings", "charters", "toolbox", "evaluations"]


@dataclass
class DemoContext:
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, User] = field(default_factory=dict)
    communities: dict[str, Community] = field(default_factory=dict)
    today: date = field(default_factory=lambda: timezone.localdate())
    log: list[str] = field(default_factory=list)


def seed_all(stdout_write: object = print) -> DemoContext:
    ctx = DemoContext()
    for app in STEPS:
        try:
            module = importlib.import_module(f"{app}.demo")
        except ModuleNotFoundError as exc:
            if exc.name != f"{app}.demo":
                raise
            continue
        module.seed(ctx)
    return ctx
