"""Fault test of the notification outbox on PostgreSQL + Redis (documented in the README).

Queues N emails, runs real Celery workers against a local SMTP sink, kills the workers with
SIGKILL at random moments and restarts Redis once, then lets the system recover and checks that no
notification was received twice, none is left unsent or unexplained (uncertain rows are listed for
a human), and recovery took at most one claim timeout plus one sweep.
"""

import os
import random
import signal
import subprocess
import sys
import time
from urllib.parse import urlparse

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import Organization
from cdp import notifications
from cdp.models import Notification, NotificationState
from cdp.smtp_sink import SmtpSink
from cdp.tasks import send_notification_batch

IN_FLIGHT = [NotificationState.QUEUED, NotificationState.DISPATCHED, NotificationState.SENDING]


class Command(BaseCommand):
    help = (
        "Kill workers and restart Redis while sending notifications; check none is lost or doubled."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--count", type=int, default=5000)
        parser.add_argument("--kills", type=int, default=20)
        parser.add_argument("--claim-timeout", type=int, default=30)
        parser.add_argument("--sweep-every", type=float, default=5.0)
        parser.add_argument("--seed", type=int, default=None)

    def handle(self, *args: object, **options: int) -> None:
        if connection.vendor != "postgresql" or not settings.REDIS_URL:
            raise CommandError("Run with DATABASE_URL (PostgreSQL) and REDIS_URL set.")
        redis = urlparse(settings.REDIS_URL)
        if redis.hostname not in {"127.0.0.1", "localhost"}:
            raise CommandError("The fault test restarts Redis: it only runs against a local one.")
        rng = random.Random(options["seed"])
        claim_timeout = options["claim_timeout"]
        settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS = claim_timeout
        call_command("migrate", interactive=False, verbosity=0)
        sink = SmtpSink().start()
        env = {
            **os.environ,
            "CDP_EMAIL": "smtp",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(sink.port),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_VISIBILITY_TIMEOUT": str(claim_timeout),
            "CDP_NOTIFICATION_CLAIM_TIMEOUT_SECONDS": str(claim_timeout),
        }
        ids = self._queue_rows(options["count"])
        self.stdout.write(f"{len(ids)} notifications queued; SMTP sink on port {sink.port}")
        worker = self._start_worker(env)
        started = time.monotonic()
        # Each kill happens while emails are going out: at random points of the sending progress.
        count = len(ids)
        # The last one falls in the final stretch, so what remains afterwards is the recovery of
        # lost work (stale claims and lost tasks), not the ordinary backlog.
        thresholds = sorted(rng.sample(range(count // 50, count * 9 // 10), options["kills"] - 1))
        thresholds.append(rng.randrange(count * 9 // 10, count * 97 // 100))
        redis_restart_after = thresholds[len(thresholds) // 2]
        redis_restarted = False
        last_sweep = 0.0
        for kills, threshold in enumerate(thresholds, start=1):
            phase_deadline = time.monotonic() + 180
            while sink.received.messages < threshold:
                if time.monotonic() > phase_deadline:
                    raise CommandError(f"no progress before kill {kills}: is the worker starting?")
                if time.monotonic() - last_sweep >= options["sweep_every"]:
                    self._sweep()
                    last_sweep = time.monotonic()
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.2))
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
            if not redis_restarted and threshold >= redis_restart_after:
                self._restart_redis(redis.port or 6379)
                redis_restarted = True
            worker = self._start_worker(env)
        chaos_end = time.monotonic()
        self.stdout.write(
            f"chaos over after {chaos_end - started:.1f}s: {len(thresholds)} SIGKILLs while "
            f"sending, Redis restarted once; {sink.received.messages} emails received so far"
        )
        deadline = chaos_end + claim_timeout + options["sweep_every"] + 120
        while time.monotonic() < deadline:
            self._sweep()
            with scopes_disabled():
                remaining = Notification.objects.filter(id__in=ids, state__in=IN_FLIGHT).count()
            if remaining == 0:
                break
            with scopes_disabled():
                progress = dict(
                    Notification.objects.filter(id__in=ids, state__in=IN_FLIGHT)
                    .values_list("state")
                    .annotate(n=Count("id"))
                )
            self.stdout.write(f"  +{time.monotonic() - chaos_end:5.1f}s in flight: {progress}")
            time.sleep(options["sweep_every"])
        recovered = time.monotonic() - chaos_end
        time.sleep(1.0)
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        sink.stop()
        self._report(ids, sink, recovered, claim_timeout + options["sweep_every"])

    def _queue_rows(self, count: int) -> list[int]:
        run = timezone.now().strftime("%Y%m%d%H%M%S%f")
        with scopes_disabled():
            organization, _ = Organization.objects.get_or_create(
                slug="fault-test",
                defaults={"name": "Fault test", "privacy_contact": "p@example.org"},
            )
            rows = [
                Notification(
                    organization=organization,
                    kind="platform_notice",
                    key=notifications.notification_key("platform_notice", run, str(i)),
                    email=f"person{i}@example.org",
                    due_at=timezone.now(),
                    context={"subject": f"Message {i}", "body": "Fault test"},
                )
                for i in range(count)
            ]
            created = Notification.objects.bulk_create(rows, batch_size=1000)
        return [row.pk for row in created]

    def _start_worker(self, env: dict[str, str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cdp",
                "worker",
                "--concurrency=2",
                "--loglevel=error",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
            ],
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _sweep(self) -> None:
        try:
            for batch in notifications.sweep():
                send_notification_batch.delay(batch)
        except Exception as exc:  # Redis may be down for a moment: the next sweep recovers.
            self.stdout.write(f"  sweep failed ({type(exc).__name__}); retrying")

    def _restart_redis(self, port: int) -> None:
        subprocess.run(["redis-cli", "-p", str(port), "shutdown", "nosave"], check=False)
        time.sleep(0.5)
        subprocess.run(
            [
                "redis-server",
                "--daemonize",
                "yes",
                "--bind",
                "127.0.0.1",
                "-::1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                "/var/lib/redis",
                "--logfile",
                "/var/log/redis/ci.log",
            ],
            check=True,
        )
        for _ in range(50):
            if (
                subprocess.run(
                    ["redis-cli", "-p", str(port), "ping"],
                    capture_output=True,
                    check=False,
                ).returncode
                == 0
            ):
                break
            time.sleep(0.1)

    def _report(self, ids: list[int], sink: SmtpSink, recovered: float, budget: float) -> None:
        with scopes_disabled():
            states = dict(
                Notification.objects.filter(id__in=ids).values_list("state").annotate(n=Count("id"))
            )
            uncertain = list(
                Notification.objects.filter(
                    id__in=ids, state=NotificationState.UNCERTAIN
                ).values_list("id", "email")
            )
            sent_ids = set(
                Notification.objects.filter(id__in=ids, state=NotificationState.SENT).values_list(
                    "id", flat=True
                )
            )
        received = sink.received.notification_ids
        duplicates = {key: n for key, n in received.items() if n > 1}
        sent_not_received = [pk for pk in sent_ids if str(pk) not in received]
        unsent = sum(states.get(state, 0) for state in IN_FLIGHT)
        self.stdout.write(f"states: {states}")
        self.stdout.write(f"emails received by the sink: {sink.received.messages}")
        self.stdout.write(f"duplicates: {len(duplicates)}")
        self.stdout.write(f"sent but never received: {len(sent_not_received)}")
        self.stdout.write(f"left unsent: {unsent}")
        self.stdout.write(
            f"uncertain (for a human to check): {len(uncertain)}, of which received: "
            f"{sum(1 for pk, _email in uncertain if str(pk) in received)}"
        )
        for pk, email in uncertain[:50]:
            self.stdout.write(f"  uncertain #{pk} {email}")
        self.stdout.write(f"recovery after the chaos: {recovered:.1f}s (budget {budget:.1f}s)")
        if duplicates or sent_not_received or unsent or recovered > budget:
            raise CommandError("fault test FAILED")
        self.stdout.write(self.style.SUCCESS("fault test passed"))
