"""Benchmark (not a test): send N due meeting reminders to a local SMTP sink with two worker
processes, and time the outbox's due-query with a million notification rows in the table.

    uv run python manage.py bench_reminders                  # 10,000 reminders, 1,000,000 rows
    uv run python manage.py bench_reminders --count 2000 --rows 100000

Everything it creates lives in a throw-away organisation (`bench-reminders`) and is deleted at the
end (unless --keep). The workers are forked processes that run the same code as the Celery batch
task (`cdp.notifications.deliver_batch`), so the figure covers rendering, the claim, SMTP and the
state updates, without a broker in the way.
"""

import multiprocessing
import statistics
import time
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import connections
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import Organization, OrganizationMembership, User
from cdp import notifications
from cdp.models import Notification
from cdp.smtp_sink import SmtpSink
from communities.models import Community, Membership
from meetings import notify
from meetings.models import Meeting

BENCH_SLUG = "bench-reminders"
BENCH_DOMAIN = "bench-reminders.invalid"


def _worker(batches: list[list[int]], results: Any) -> None:
    connections.close_all()  # a forked child opens its own database connection
    sent = 0
    for batch in batches:
        sent += notifications.deliver_batch(batch)["sent"]
    results.put(sent)


class Command(BaseCommand):
    help = "Time 10,000 reminders sent to a local SMTP sink by two workers, and the due-query."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--count", type=int, default=10_000, help="due reminders to send")
        parser.add_argument("--rows", type=int, default=1_000_000, help="rows for the due-query")
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--keep", action="store_true", help="keep the benchmark data")

    def handle(self, *args: Any, **options: Any) -> None:
        count, total_rows, workers = options["count"], options["rows"], options["workers"]
        with scopes_disabled():
            self._cleanup()
            organization, meeting = self._setup(count)
            started = time.perf_counter()
            self._filler(organization, max(total_rows - count, 0))
            self.stdout.write(
                f"filled {max(total_rows - count, 0):,} sent rows in "
                f"{time.perf_counter() - started:.1f} s"
            )
            self._queue(meeting, count)
            due_ms = self._time_due_query()
            self.stdout.write(
                f"due-query (limit {count:,}) over {Notification.objects.count():,} rows: "
                f"median {statistics.median(due_ms):.1f} ms, best {min(due_ms):.1f} ms "
                f"({connections['default'].vendor})"
            )
            seconds, sent, sink = self._send(workers)
            received = sink.received
            twice = sum(1 for n in received.notification_ids.values() if n > 1)
            self.stdout.write(
                f"sent {sent:,} reminders with {workers} workers in {seconds:.1f} s "
                f"({sent / seconds:.0f}/s); the SMTP sink received {received.messages:,} "
                f"({len(received.notification_ids):,} notifications, {twice} of them twice)"
            )
            if not options["keep"]:
                self._cleanup()

    def _setup(self, count: int) -> tuple[Organization, Meeting]:
        organization = Organization.objects.create(
            name="Benchmark", slug=BENCH_SLUG, privacy_contact=f"privacy@{BENCH_DOMAIN}"
        )
        community = Community.objects.create(
            organization=organization, name="Benchmark community", slug="bench"
        )
        password = make_password(None)
        users = User.objects.bulk_create(
            [
                User(
                    email=f"p{i}@{BENCH_DOMAIN}",
                    password=password,
                    language="fr" if i % 2 else "en",
                )
                for i in range(count)
            ],
            batch_size=2000,
        )
        now = timezone.now()
        OrganizationMembership.objects.bulk_create(
            [OrganizationMembership(organization=organization, user=u) for u in users],
            batch_size=2000,
        )
        Membership.objects.bulk_create(
            [
                Membership(organization=organization, community=community, user=u, joined_at=now)
                for u in users
            ],
            batch_size=2000,
        )
        meeting = Meeting.objects.create(
            organization=organization,
            community=community,
            title="Rencontre de mesure",
            starts_at=now + timedelta(days=1),
            duration_minutes=120,
            video_link="https://visio.example.org/bench",
        )
        return organization, meeting

    def _filler(self, organization: Organization, rows: int) -> None:
        """Old sent rows, generated inside the database (a million model instances would
        measure Python, not the query). The SQL is built from the model's table name and
        constants only; every value is a query parameter."""
        if rows <= 0:
            return
        table = Notification._meta.db_table
        columns = (
            "organization_id, kind, key, email, language, context, due_at, state, attempts, "
            "sent_at, last_error, created_at"
        )
        values = (
            "%s, %s, 'bench:filler:' || n, 'old' || n || '@" + BENCH_DOMAIN + "', 'fr', '{}', "
            "%s, 'sent', 1, %s, '', %s"
        )
        sent_at = timezone.now() - timedelta(days=30)
        params: list[Any] = [organization.pk, notify.REMINDER, sent_at, sent_at, sent_at]
        with connections["default"].cursor() as cursor:
            if connections["default"].vendor == "postgresql":
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) SELECT {values} "  # noqa: S608  # nosec B608
                    "FROM generate_series(0, %s) AS n",
                    [*params, rows - 1],
                )
            else:
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) WITH RECURSIVE seq(n) AS "  # noqa: S608  # nosec B608
                    "(SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < %s) "
                    f"SELECT {values} FROM seq",
                    [rows, *params],
                )
            if connections["default"].vendor == "postgresql":
                cursor.execute(f"ANALYZE {table}")

    def _queue(self, meeting: Meeting, count: int) -> None:
        users = list(User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}"))
        notify.queue_rows(
            meeting=meeting,
            kind=notify.REMINDER,
            users=users,
            due_at=timezone.now() - timedelta(minutes=1),
            obj=notify.reminder_obj(meeting.pk, 1440),
            context={"offset": 1440},
        )

    def _time_due_query(self) -> list[float]:
        timings = []
        for _ in range(7):
            started = time.perf_counter()
            notifications.find_due_ids(now=timezone.now(), limit=10_000)
            timings.append((time.perf_counter() - started) * 1000)
        return timings

    def _send(self, workers: int) -> tuple[float, int, SmtpSink]:
        sink = SmtpSink().start()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        started = time.perf_counter()
        batches = notifications.sweep()
        shares = [batches[index::workers] for index in range(workers)]
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        connections.close_all()
        processes = [context.Process(target=_worker, args=(share, results)) for share in shares]
        for process in processes:
            process.start()
        sent = sum(results.get() for _ in processes)
        for process in processes:
            process.join()
        seconds = time.perf_counter() - started
        sink.stop()
        return seconds, sent, sink

    def _cleanup(self) -> None:
        organization = Organization.objects.filter(slug=BENCH_SLUG).first()
        if organization is not None:
            Notification.objects.filter(organization=organization).delete()
            organization.delete()
        User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}").delete()
