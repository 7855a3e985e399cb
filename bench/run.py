"""Benchmark of the key pages against DESIGN.md §7 budgets, on PostgreSQL + Redis.

    DATABASE_URL=postgres://… REDIS_URL=redis://… uv run python bench/run.py --scale S   (or L)

Steps: migrate, collect static files, `generate_data --scale <S|L>`, count each page's SQL
queries in-process (Django test client + CaptureQueriesContext on the same database: gunicorn
hides them), start gunicorn with production settings (2 workers, 127.0.0.1, a free port), log in
through the real login form, warm up, then time each page (sequential requests, p50/p95) and its
throughput with 4 client threads, next to a hello-world view behind the same middleware. Then the
PDF and reminder benchmarks when their commands exist. Prints one table, saves
`benchmark-results/<scale>.json`, and exits 1 when a budget is missed (2 when it cannot run).

Every loop is bounded by a count and a time limit; the only HTTP traffic goes to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmark-results"
HOST = "127.0.0.1"

MAX_QUERIES = 12
MAX_P50_MS = 40.0
MAX_P95_MS = 120.0
MIN_THROUGHPUT_RATIO = 0.25
MAX_PDF_SECONDS, MAX_PDF_MB, MAX_PDF_RATIO = 8.0, 400.0, 2.2
MIN_REMINDERS, MAX_REMINDER_SECONDS = 10_000, 120.0
MIN_DUE_ROWS, MAX_DUE_QUERY_MS = 1_000_000, 50.0
TIMED_SCALES = {"L"}  # the time budgets are defined on the large dataset
COMMAND_TIMEOUT = 3600
EXTRA_BENCHMARKS = [("bench_pdf", "evaluations"), ("bench_reminders", "meetings")]


@dataclass
class Page:
    name: str
    who: str  # "member" or "coordinator"
    url: str = ""
    missing: str = ""  # why it cannot be measured ("not available")
    status: int = 0
    queries: int | None = None
    repeated: list[str] = field(default_factory=list)
    sql: list[str] = field(default_factory=list)
    p50_ms: float | None = None
    p95_ms: float | None = None
    requests: int = 0
    errors: int = 0
    rps: float | None = None
    misses: list[str] = field(default_factory=list)


def say(message: str) -> None:
    print(message, flush=True)


def refuse(message: str) -> NoReturn:
    print(f"bench/run.py: {message}", file=sys.stderr, flush=True)
    sys.exit(2)


# --- environment and subprocesses -----------------------------------------------------------


def check_environment() -> None:
    database = os.environ.get("DATABASE_URL", "")
    redis = os.environ.get("REDIS_URL", "")
    if not database.startswith(("postgres://", "postgresql://")):
        refuse(
            "the benchmark runs on PostgreSQL: set DATABASE_URL=postgres://… (a database it may "
            "fill, e.g. postgres://postgres@127.0.0.1:5432/cdp_bench)."
        )
    if not redis.startswith(("redis://", "rediss://")):
        refuse("the benchmark needs Redis for the cache: set REDIS_URL=redis://….")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def production_env(scale: str, port: int) -> dict[str, str]:
    var_dir = RESULTS / f"var-{scale}"
    var_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cdp.settings",
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": HOST,
            "CDP_SITE_URL": f"http://{HOST}:{port}",
            "CDP_SSL_REDIRECT": "false",
            "CDP_SECURE_COOKIES": "false",
            "CDP_HSTS_SECONDS": "0",
            "CDP_HSTS_INCLUDE_SUBDOMAINS": "false",
            "CDP_HSTS_PRELOAD": "false",
            "DATABASE_CONN_MAX_AGE": "60",
            "CDP_VAR_DIR": str(var_dir),
            "CDP_EMAIL": "locmem",
            "CDP_LOG_LEVEL": "WARNING",
            "CELERY_TASK_ALWAYS_EAGER": "false",
        }
    )
    return env


def manage(
    env: dict[str, str], *args: str, timeout: int = COMMAND_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def prepare(env: dict[str, str], scale: str, seed: int, generate: bool) -> dict[str, float]:
    """Migrate, collect static files, generate the data; returns the generation times."""
    for args in (("migrate", "--noinput"), ("collectstatic", "--noinput", "-v", "0")):
        say(f"$ manage.py {' '.join(args)}")
        done = manage(env, *args)
        if done.returncode:
            say(done.stdout + done.stderr)
            refuse(f"`manage.py {' '.join(args)}` failed")
    if not generate:
        say("(data generation skipped: --skip-generate)")
        return {}
    say(f"$ manage.py generate_data --scale {scale} --seed {seed}")
    done = manage(env, "generate_data", "--scale", scale, "--seed", str(seed))
    say(done.stdout.rstrip())
    if done.returncode:
        say(done.stderr)
        refuse("generate_data failed")
    timings = {}
    for line in done.stdout.splitlines():
        match = re.match(r"\s+(\S+)\s+(\d+) rows\s+([\d.]+) s", line)
        if match:
            timings[match.group(1)] = float(match.group(3))
        match = re.search(r"ready in ([\d.]+) s", line)
        if match:
            timings["total"] = float(match.group(1))
    return timings


# --- pages and query counts (in-process, same database) -------------------------------------


def discover_pages(scale: str) -> tuple[list[Page], dict[str, Any]]:
    """The key pages of the bench organisation, with the objects they show."""
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from accounts.models import Organization, User
    from cdp.management.commands.generate_data import email_domain, optional_model, org_slug

    with scopes_disabled():
        org = Organization.objects.filter(slug=org_slug(scale)).first()
        if org is None:
            refuse(f"no organisation {org_slug(scale)}: run without --skip-generate")
        domain = email_domain(scale)
        people = {
            "member": User.objects.get(email=f"member@{domain}"),
            "coordinator": User.objects.get(email=f"coordinator@{domain}"),
        }
        base = {"org_slug": org.slug}
        community: Any = None
        Community = optional_model("communities.Community")
        if Community is not None:
            community = Community._base_manager.filter(organization=org, slug="c0000").first()
        in_community = {**base, "community_slug": community.slug} if community else None

        def first(label: str, **filters: Any) -> Any:
            model = optional_model(label)
            if model is None or community is None:
                return None
            return model._base_manager.filter(community=community, **filters).order_by("pk").first()

        meeting = first("meetings.Meeting", status="planned", starts_at__gt=timezone.now())
        charter = first("charters.Charter")
        survey = first("evaluations.Survey")

    specs: list[tuple[str, str, str, dict[str, Any] | None]] = [
        ("hello (baseline)", "member", "bench_hello", {}),
        ("organisation home", "member", "organization_home", base),
        ("community directory", "member", "communities_directory", base),
        ("community home", "member", "community_home", in_community),
        (
            "meeting with agenda",
            "member",
            "meetings_detail",
            {**in_community, "meeting_id": meeting.pk} if in_community and meeting else None,
        ),
        (
            "charter signing page",
            "member",
            "charters_detail",
            {**in_community, "charter_id": charter.pk} if in_community and charter else None,
        ),
        (
            "survey form",
            "member",
            "evaluations_survey_answer",
            {**in_community, "survey_id": survey.pk} if in_community and survey else None,
        ),
        (
            "survey results",
            "coordinator",
            "evaluations_survey_results",
            {**in_community, "survey_id": survey.pk} if in_community and survey else None,
        ),
        ("toolbox list", "member", "toolbox_list", base),
        ("coordinator overview", "coordinator", "communities_overview", base),
        ("evaluation dashboard", "coordinator", "evaluations_dashboard", base),
    ]
    pages = []
    for name, who, url_name, kwargs in specs:
        page = Page(name=name, who=who)
        if kwargs is None:
            page.missing = "not available (no such object in the bench data)"
        else:
            try:
                page.url = reverse(url_name, kwargs=kwargs)
            except NoReverseMatch:
                page.missing = f"not available (no URL named {url_name})"
        pages.append(page)
    return pages, people


def _shape(sql: str) -> str:
    return re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "'…'", sql))[:160]


def count_queries(pages: list[Page], people: dict[str, Any]) -> None:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    clients = {}
    for who, user in people.items():
        clients[who] = Client(HTTP_HOST=HOST)
        clients[who].force_login(user)
    for page in pages:
        if page.missing:
            continue
        client = clients[page.who]
        try:
            client.get(page.url)  # warm: first-use caches (content types, templates)
            cache.clear()  # but count with nothing cached (cdp.fragments): the worst case
            with CaptureQueriesContext(connection) as captured:
                response = client.get(page.url)
        except Exception as exc:  # a crashing page is a finding, not a reason to stop
            page.status = 500
            page.misses.append(f"error: {type(exc).__name__}: {exc}"[:120])
            continue
        page.status = response.status_code
        page.queries = len(captured.captured_queries)
        page.sql = [f"{q['time']}s {q['sql'][:400]}" for q in captured.captured_queries]
        shapes = Counter(_shape(q["sql"]) for q in captured.captured_queries)
        page.repeated = [f"{n}× {sql}" for sql, n in shapes.most_common() if n > 1]


# --- HTTP against gunicorn ------------------------------------------------------------------


class Server:
    def __init__(self, env: dict[str, str], port: int, workers: int) -> None:
        self.port = port
        self.log = open(RESULTS / "gunicorn.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "cdp.wsgi:application",
                "--workers",
                str(workers),
                "--bind",
                f"{HOST}:{port}",
                "--log-level",
                "warning",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, limit: float = 90.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                refuse(f"gunicorn exited (see {RESULTS / 'gunicorn.log'})")
            try:
                status, _headers, _body = request(self.port, "GET", "/healthz/")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        refuse("gunicorn did not answer /healthz/ within 90 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, list[tuple[str, str]], bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        conn.close()


def _cookies(headers: list[tuple[str, str]], jar: dict[str, str]) -> None:
    for name, value in headers:
        if name.lower() == "set-cookie":
            parsed: SimpleCookie = SimpleCookie()
            parsed.load(value)
            for key, morsel in parsed.items():
                jar[key] = morsel.value


def log_in(port: int, email: str, password: str) -> str:
    """POST the real login form (with its CSRF token); returns the Cookie header to send."""
    from django.urls import reverse

    login_path = reverse("account_login")
    jar: dict[str, str] = {}
    status, headers, body = request(port, "GET", login_path)
    _cookies(headers, jar)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or token is None or "csrftoken" not in jar:
        refuse(f"the login page did not give a form with a CSRF token (HTTP {status})")
    form = urlencode(
        {"login": email, "password": password, "csrfmiddlewaretoken": token.group(1).decode()}
    )
    origin = f"http://{HOST}:{port}"
    status, headers, _body = request(
        port,
        "POST",
        login_path,
        body=form.encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()),
            "Origin": origin,
            "Referer": origin + login_path,
        },
    )
    _cookies(headers, jar)
    if status != 302 or "sessionid" not in jar:
        refuse(f"logging in as {email} failed (HTTP {status})")
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def timed_run(
    port: int, path: str, cookie: str, count: int, limit: float
) -> tuple[list[float], int]:
    """`count` sequential requests on a keep-alive connection (reopened when the server closes
    it), at most `limit` seconds; returns the response times in ms and the non-200 count."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    times: list[float] = []
    errors = 0
    deadline = time.perf_counter() + limit
    try:
        for _ in range(count):
            if time.perf_counter() > deadline:
                break
            started = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": cookie})
            response = conn.getresponse()
            response.read()
            times.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                errors += 1
            if response.will_close:
                conn.close()
    finally:
        conn.close()
    return times, errors


def throughput(port: int, path: str, cookie: str, threads: int, seconds: float) -> float:
    """Requests per second with `threads` clients in a closed loop for `seconds`."""
    done = [0] * threads
    started = time.perf_counter()
    deadline = started + seconds

    def client(slot: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            while time.perf_counter() < deadline and done[slot] < 1_000_000:
                conn.request("GET", path, headers={"Cookie": cookie})
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    done[slot] += 1
                if response.will_close:
                    conn.close()
        finally:
            conn.close()

    workers = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=seconds + 35)
    return sum(done) / (time.perf_counter() - started)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


# --- extra benchmarks, budgets, report ------------------------------------------------------


def extra_benchmarks(env: dict[str, str]) -> list[dict[str, Any]]:
    from django.core.management import get_commands

    commands = get_commands()
    results = []
    for command, app in EXTRA_BENCHMARKS:
        if command not in commands:
            say(f"{command}: not available (the {app} app has no such command yet)")
            results.append({"command": command, "available": False})
            continue
        say(f"$ manage.py {command}")
        started = time.perf_counter()
        try:
            done = manage(env, command)
            output, code = (done.stdout + done.stderr).strip(), done.returncode
        except subprocess.TimeoutExpired:
            output, code = f"timed out after {COMMAND_TIMEOUT} s", -1
        say(output)
        misses = [f"exit {code}"] if code else []
        if command == "bench_reminders" and not code:
            misses += reminder_budgets(output)
        if command == "bench_pdf" and not code:
            misses += pdf_budgets(output)
        results.append(
            {
                "command": command,
                "available": True,
                "returncode": code,
                "misses": misses,
                "seconds": round(time.perf_counter() - started, 1),
                "output": output[-4000:],
            }
        )
    return results


def reminder_budgets(output: str) -> list[str]:
    """DESIGN.md §7 on `bench_reminders` output: 10,000 emails ≤ 120 s, due-query ≤ 50 ms."""
    misses = []
    sent = re.search(r"sent ([\d,]+) reminders with \d+ workers in ([\d.]+) s", output)
    due = re.search(r"due-query .* over ([\d,]+) rows: median ([\d.]+) ms", output)
    if sent is None or due is None:
        return ["figures not found in the output"]
    emails, seconds = int(sent.group(1).replace(",", "")), float(sent.group(2))
    rows, due_ms = int(due.group(1).replace(",", "")), float(due.group(2))
    if emails >= MIN_REMINDERS and seconds > MAX_REMINDER_SECONDS * emails / MIN_REMINDERS:
        misses.append(f"{emails:,} emails in {seconds:.0f} s > {MAX_REMINDER_SECONDS:.0f} s")
    if rows >= MIN_DUE_ROWS and due_ms > MAX_DUE_QUERY_MS:
        misses.append(f"due-query {due_ms:.0f} ms > {MAX_DUE_QUERY_MS:.0f} ms")
    return misses


def pdf_budgets(output: str) -> list[str]:
    """DESIGN.md §7 on `bench_pdf` output: 50 meetings ≤ 8 s and ≤ 400 MB, 100/50 ≤ 2.2."""
    misses = []
    fifty = re.search(r"with 50 meetings: ([\d.]+) s, .*peak RSS ([\d.]+) MB", output)
    ratio = re.search(r"ratio 100/50 meetings: ([\d.]+)", output)
    if fifty is None or ratio is None:
        return ["figures not found in the output"]
    if float(fifty.group(1)) > MAX_PDF_SECONDS:
        misses.append(f"50 meetings {float(fifty.group(1)):.1f} s > {MAX_PDF_SECONDS:.0f} s")
    if float(fifty.group(2)) > MAX_PDF_MB:
        misses.append(f"peak RSS {float(fifty.group(2)):.0f} MB > {MAX_PDF_MB:.0f} MB")
    if float(ratio.group(1)) > MAX_PDF_RATIO:
        misses.append(f"100/50 ratio {float(ratio.group(1)):.2f} > {MAX_PDF_RATIO}")
    return misses


def check_budgets(scale: str, pages: list[Page], previous: dict[str, Any] | None) -> None:
    hello = next((p for p in pages if p.name.startswith("hello")), None)
    before = {p["name"]: p.get("queries") for p in (previous or {}).get("pages", [])}
    for page in pages:
        if page.missing:
            continue
        if page.status != 200:
            page.misses.append(f"HTTP {page.status}")
        if page.errors:
            page.misses.append(f"{page.errors} non-200 under load")
        if page is hello:
            continue
        if page.queries is not None and page.queries > MAX_QUERIES:
            page.misses.append(f"queries>{MAX_QUERIES}")
        other = before.get(page.name)
        if other is not None and page.queries is not None and other != page.queries:
            page.misses.append(f"queries≠{previous['scale']}({other})")  # type: ignore[index]
        if scale in TIMED_SCALES:
            if page.p50_ms is not None and page.p50_ms > MAX_P50_MS:
                page.misses.append(f"p50>{MAX_P50_MS:.0f}")
            if page.p95_ms is not None and page.p95_ms > MAX_P95_MS:
                page.misses.append(f"p95>{MAX_P95_MS:.0f}")
        if (
            page.name == "community home"
            and hello
            and hello.rps
            and page.rps is not None
            and page.rps < MIN_THROUGHPUT_RATIO * hello.rps
        ):
            page.misses.append(f"req/s<{MIN_THROUGHPUT_RATIO:.0%} of hello")


def table(pages: list[Page]) -> str:
    def num(value: float | None, fmt: str) -> str:
        return "—" if value is None else format(value, fmt)

    lines = [f"{'page':<22} {'queries':>7} {'p50 ms':>7} {'p95 ms':>7} {'req/s':>7}  budget"]
    lines.append("-" * 78)
    for page in pages:
        if page.missing:
            lines.append(f"{page.name:<22} {page.missing}")
            continue
        status = (
            "baseline"
            if page.name.startswith("hello") and not page.misses
            else ("MISSED: " + ", ".join(page.misses) if page.misses else "ok")
        )
        lines.append(
            f"{page.name:<22} {num(page.queries, 'd'):>7} {num(page.p50_ms, '.1f'):>7} "
            f"{num(page.p95_ms, '.1f'):>7} {num(page.rps, '.1f'):>7}  {status}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", choices=["S", "L"], required=True)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    parser.add_argument("--warmup", type=int, default=20, help="warm-up requests per page")
    parser.add_argument("--seconds", type=float, default=5.0, help="throughput run per page")
    parser.add_argument("--threads", type=int, default=4, help="throughput client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--page-limit", type=float, default=120.0, help="seconds per timed page")
    parser.add_argument("--skip-generate", action="store_true", help="reuse the bench data")
    parser.add_argument("--skip-extra", action="store_true", help="skip bench_pdf/bench_reminders")
    parser.add_argument(
        "--queries-only", action="store_true", help="count queries only (no gunicorn, no timing)"
    )
    args = parser.parse_args()
    args.requests = max(1, min(args.requests, 10_000))
    args.seconds = max(0.5, min(args.seconds, 60.0))

    check_environment()
    RESULTS.mkdir(exist_ok=True)
    port = free_port()
    env = production_env(args.scale, port)
    load_before = os.getloadavg()
    generation = prepare(env, args.scale, args.seed, generate=not args.skip_generate)

    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from cdp.management.commands.generate_data import BENCH_PASSWORD

    pages, people = discover_pages(args.scale)
    say("Counting queries in-process…")
    count_queries(pages, people)

    if args.queries_only:
        for page in pages:
            say(f"{page.name:<22} {page.missing or page.queries} {page.url}")
            for sql in page.sql:
                say(f"    {sql[:300]}")
        return 0
    say(f"Starting gunicorn ({args.workers} workers) on {HOST}:{port}…")
    server = Server(env, port, args.workers)
    try:
        server.wait_ready()
        cookies = {who: log_in(port, user.email, BENCH_PASSWORD) for who, user in people.items()}
        for page in pages:
            if page.missing:
                continue
            say(f"  {page.name}: {page.url}")
            cookie = cookies[page.who]
            timed_run(port, page.url, cookie, args.warmup, args.page_limit)
            times, page.errors = timed_run(port, page.url, cookie, args.requests, args.page_limit)
            page.requests = len(times)
            if times:
                page.p50_ms = round(statistics.median(times), 1)
                page.p95_ms = round(percentile(times, 0.95), 1)
            page.rps = round(throughput(port, page.url, cookie, args.threads, args.seconds), 1)
    finally:
        server.stop()
    load_after = os.getloadavg()

    extras = [] if args.skip_extra else extra_benchmarks(env)
    other_scale = "S" if args.scale == "L" else "L"
    previous_path = RESULTS / f"{other_scale}.json"
    previous = json.loads(previous_path.read_text()) if previous_path.exists() else None
    check_budgets(args.scale, pages, previous)

    failures = [p for p in pages if p.misses]
    failures_extra = [e for e in extras if e.get("misses")]
    say("")
    say(
        f"Benchmark scale {args.scale} — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{os.cpu_count()} CPUs, load {load_before[0]:.1f} → {load_after[0]:.1f}, "
        f"gunicorn {args.workers} sync workers, {args.requests} sequential requests per page, "
        f"req/s with {args.threads} threads × {args.seconds:.0f} s"
    )
    say(table(pages))
    hello = next(p for p in pages if p.name.startswith("hello"))
    community = next(p for p in pages if p.name == "community home")
    if hello.rps and community.rps is not None:
        say(
            f"community home / hello throughput: {community.rps / hello.rps:.0%} "
            f"(budget ≥ {MIN_THROUGHPUT_RATIO:.0%})"
        )
    if args.scale not in TIMED_SCALES:
        say(f"(p50 ≤ {MAX_P50_MS:.0f} ms and p95 ≤ {MAX_P95_MS:.0f} ms are budgets on L only)")
    if previous is None:
        say(f"(no {previous_path.name}: query counts not compared with scale {other_scale})")
    for extra in extras:
        state = (
            "not available"
            if not extra["available"]
            else ("MISSED: " + ", ".join(extra["misses"]) if extra["misses"] else "ok")
        )
        say(f"{extra['command']}: {state}")
    for page in pages:
        if page.repeated and page.queries and page.queries > MAX_QUERIES:
            say(f"repeated queries on {page.name}: " + " | ".join(page.repeated[:3]))

    report = {
        "scale": args.scale,
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_before": load_before,
            "load_after": load_after,
        },
        "settings": vars(args),
        "generation_seconds": generation,
        "pages": [asdict(p) for p in pages],
        "extra": extras,
        "budgets_missed": bool(failures or failures_extra),
    }
    (RESULTS / f"{args.scale}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    say(f"Results saved in {RESULTS / (args.scale + '.json')}")
    return 1 if failures or failures_extra else 0


if __name__ == "__main__":
    sys.exit(main())
