"""bench/run.py: refuses to run without PostgreSQL + Redis, and flags every missed budget."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "run.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    return module


run = _load()


@pytest.mark.parametrize(
    ("database", "redis", "message"),
    [
        ("", "redis://127.0.0.1:6379/4", "PostgreSQL"),
        ("sqlite:///x.sqlite3", "redis://127.0.0.1:6379/4", "PostgreSQL"),
        ("postgres://postgres@127.0.0.1:5432/cdp_bench", "", "Redis"),
    ],
)
def test_refuses_without_postgresql_and_redis(database: str, redis: str, message: str) -> None:
    env = {**os.environ, "DATABASE_URL": database, "REDIS_URL": redis}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--scale", "S"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert message in done.stderr


def _pages(**community: object) -> list:  # type: ignore[type-arg]
    hello = run.Page(name="hello (baseline)", who="member", url="/bench/hello/", status=200)
    hello.queries, hello.rps = 2, 100.0
    home = run.Page(name="community home", who="member", url="/o/c/x/", status=200)
    home.queries, home.p50_ms, home.p95_ms, home.rps = 9, 20.0, 60.0, 50.0
    for key, value in community.items():
        setattr(home, key, value)
    missing = run.Page(name="survey form", who="member", missing="not available")
    return [hello, home, missing]


def test_a_page_within_budget_passes_and_a_missing_page_is_not_a_failure() -> None:
    pages = _pages()
    run.check_budgets("L", pages, previous=None)
    assert [p.misses for p in pages] == [[], [], []]
    assert "not available" in run.table(pages)


def test_query_count_above_twelve_or_different_from_the_other_scale_is_missed() -> None:
    pages = _pages(queries=13)
    previous = {"scale": "S", "pages": [{"name": "community home", "queries": 11}]}
    run.check_budgets("L", pages, previous=previous)
    assert pages[1].misses == ["queries>12", "queries≠S(11)"]
    assert "MISSED: queries>12" in run.table(pages)


def test_times_count_on_l_only_and_throughput_is_relative_to_hello() -> None:
    slow = dict(p50_ms=41.0, p95_ms=121.0, rps=24.0)
    pages = _pages(**slow)
    run.check_budgets("S", pages, previous=None)
    assert pages[1].misses == ["req/s<25% of hello"]
    pages = _pages(**slow)
    run.check_budgets("L", pages, previous=None)
    assert pages[1].misses == ["p50>40", "p95>120", "req/s<25% of hello"]


def test_an_error_page_is_missed() -> None:
    pages = _pages(status=500)
    run.check_budgets("S", pages, previous=None)
    assert pages[1].misses == ["HTTP 500"]


def test_reminder_figures_are_checked_against_the_budget() -> None:
    output = (
        "filled 990,000 sent rows in 40.1 s\n"
        "due-query (limit 10,000) over 1,000,000 rows: median 12.5 ms, best 9.0 ms (postgresql)\n"
        "sent 10,000 reminders with 2 workers in 95.2 s (105/s); the SMTP sink received 10,000\n"
    )
    assert run.reminder_budgets(output) == []
    slow = output.replace("95.2 s", "130.0 s").replace("median 12.5", "median 61.0")
    assert run.reminder_budgets(slow) == [
        "10,000 emails in 130 s > 120 s",
        "due-query 61 ms > 50 ms",
    ]
    assert run.reminder_budgets("nothing") == ["figures not found in the output"]


def test_percentile_picks_the_nearest_rank() -> None:
    values = [float(n) for n in range(1, 101)]
    assert run.percentile(values, 0.95) == 95.0
    assert run.percentile([7.0], 0.95) == 7.0


def test_pdf_figures_are_checked_against_the_budget() -> None:
    output = (
        "community with 50 meetings: 3.10 s, 81234 bytes, peak RSS 180 MB\n"
        "community with 100 meetings: 5.90 s, 99999 bytes, peak RSS 190 MB\n"
        "ratio 100/50 meetings: 1.90\n"
    )
    assert run.pdf_budgets(output) == []
    slow = output.replace("3.10 s", "9.50 s").replace("RSS 180", "RSS 450")
    slow = slow.replace("ratio 100/50 meetings: 1.90", "ratio 100/50 meetings: 2.50")
    assert run.pdf_budgets(slow) == [
        "50 meetings 9.5 s > 8 s",
        "peak RSS 450 MB > 400 MB",
        "100/50 ratio 2.50 > 2.2",
    ]
