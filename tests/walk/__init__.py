"""Registry for the URL isolation walk (tests/test_url_walk.py).

Each app adds a module `tests/walk/<app>.py` with two dicts:
- `PARAMS`: URL keyword → function(tenant, other_tenant) returning the value that names an object
  of tenant A (created on demand), e.g. {"meeting_id": lambda t, o: MeetingFactory(...).pk}.
- `EXPECT`: URL name → Expect(...) saying which role of tenant A gets which status, which roles
  must get 403, and whether anonymous access is public.
A URL with a keyword nobody registered fails the walk, so new URLs cannot be forgotten.
"""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Expect:
    role: str = "coordinator"
    status: int = 200
    denied: tuple[str, ...] = ()
    public: bool = False
    method: str = "get"
    skip: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def load() -> tuple[dict[str, Callable[..., Any]], dict[str, Expect]]:
    params: dict[str, Callable[..., Any]] = {}
    expect: dict[str, Expect] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        params.update(getattr(module, "PARAMS", {}))
        expect.update(getattr(module, "EXPECT", {}))
    return params, expect
