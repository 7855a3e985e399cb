"""Daily maintenance: each app registers a callable here; one beat entry runs them all."""

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)

JOBS: list[tuple[str, Callable[[], object]]] = []


def register_daily_job(name: str, job: Callable[[], object]) -> None:
    """Register a daily job; registering the same name twice keeps the first."""
    if all(existing != name for existing, _job in JOBS):
        JOBS.append((name, job))


def run_all() -> None:
    for name, job in JOBS:
        try:
            job()
        except Exception:  # one failing job must not stop the others
            logger.exception("daily job %s failed", name)
