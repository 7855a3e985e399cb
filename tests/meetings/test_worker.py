"""The PostgreSQL + Redis run: a real `celery -A cdp worker` process sends the meeting emails.

Batches are delivered twice (as a redelivered task would be) and the sweep runs twice; each
recipient must get exactly one email per notification. A row claimed by a worker that died before
sending is declared uncertain by the sweep and never sent: once simulated (a row set to `sending`),
once for real (the worker is SIGKILLed while a local SMTP sink holds its answer to the email).
"""

import email
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled
from kombu import Exchange, Queue

from cdp import notifications
from cdp.celery import app as celery_app
from cdp.models import Notification, NotificationState
from cdp.smtp_sink import SmtpSink
from cdp.tasks import send_notification_batch
from tests.conftest import Tenant
from tests.factories import UserFactory, add_member
from tests.meetings.conftest import plan

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL") or connection.vendor != "postgresql",
        reason="needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)",
    ),
]

BASE_DIR = Path(settings.BASE_DIR)


def _database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _declare_queue() -> str:
    """A queue of this test's own, bound before publishing so nothing is lost."""
    queue = f"meetings-test-{uuid.uuid4().hex[:8]}"
    with celery_app.connection_for_write() as conn:
        Queue(queue, Exchange(queue), routing_key=queue)(conn).declare()
    return queue


def _start_worker(
    var_dir: Path, queue: str, *, concurrency: int = 2, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """A real worker in a session of its own: `os.killpg` reaches its prefork children too."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cdp.settings",
        "DATABASE_URL": _database_url(),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CDP_EMAIL": "file",
        "CDP_VAR_DIR": str(var_dir),
        "DJANGO_DEBUG": "true",
        **(env or {}),
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "cdp",
        "worker",
        "-Q",
        queue,
        "-c",
        str(concurrency),
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-l",
        "warning",
    ]
    return subprocess.Popen(
        command,
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _stop_worker(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is None:
        worker.terminate()
        worker.communicate(timeout=30)
    if worker.stdout:
        worker.stdout.close()


def _recipients(mail_dir: Path) -> Counter[tuple[str, str]]:
    """(recipient, subject) of every message written by the file backend."""
    found: Counter[tuple[str, str]] = Counter()
    separator = "-" * 79
    for path in mail_dir.glob("*.log"):
        for chunk in path.read_text().split(separator):
            if "To:" not in chunk:
                continue
            message = email.message_from_string(chunk.strip())
            subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
            found[(message["To"], subject)] += 1
    return found


def _wait_for(  # type: ignore[no-untyped-def]
    predicate, timeout: float, worker: subprocess.Popen[bytes], what: str = "send the emails"
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if worker.poll() is not None:
            output = worker.stdout.read().decode() if worker.stdout else ""
            pytest.fail(f"the worker stopped:\n{output}")
        time.sleep(0.5)
    worker.terminate()
    output = worker.communicate(timeout=30)[0].decode()
    pytest.fail(f"the worker did not {what} in time:\n{output[-3000:]}")


def _in_flight(ids: set[int]) -> bool:
    with scopes_disabled():
        return Notification.objects.filter(
            id__in=ids,
            state__in=[
                NotificationState.QUEUED,
                NotificationState.DISPATCHED,
                NotificationState.SENDING,
            ],
        ).exists()


def test_a_real_worker_sends_each_email_exactly_once(tenant: Tenant, tmp_path: Path) -> None:
    for index in range(6):
        add_member(tenant.community, UserFactory(email=f"worker{index}@example.org"))
    plan(tenant, title="Première")
    plan(tenant, title="Deuxième")
    with scopes_disabled():
        queued = list(Notification.objects.filter(due_at__lte=timezone.now()))
        expected = Counter(row.email for row in queued)
    assert len(queued) == 16  # two invitations to eight people

    queue = _declare_queue()
    worker = _start_worker(tmp_path, queue)
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    try:
        batches = notifications.sweep() + notifications.sweep()
        crashed = batches[0][0]
        with scopes_disabled():  # a worker claimed this row, then died before sending it
            Notification.objects.filter(pk=crashed).update(
                state=NotificationState.SENDING, claimed_at=timezone.now() - timedelta(hours=1)
            )
        for batch in batches + batches:  # every batch delivered twice
            send_notification_batch.apply_async(args=(batch,), queue=queue)

        def all_done() -> bool:
            with scopes_disabled():
                return not Notification.objects.filter(
                    due_at__lte=timezone.now(),
                    state__in=[NotificationState.QUEUED, NotificationState.DISPATCHED],
                ).exists()

        _wait_for(all_done, 120, worker)
        time.sleep(1)  # let the last batch's file be closed
        notifications.sweep()
    finally:
        celery_app.conf.task_always_eager = eager
        _stop_worker(worker)

    with scopes_disabled():
        states = Counter(
            Notification.objects.values_list("state", flat=True).filter(due_at__lte=timezone.now())
        )
        lost = Notification.objects.get(pk=crashed)
    assert lost.state == NotificationState.UNCERTAIN
    assert states == {NotificationState.SENT: 15, NotificationState.UNCERTAIN: 1}
    received = _recipients(tmp_path / "mail")
    assert set(received.values()) == {1}  # nobody got the same email twice
    per_person = Counter(to for to, _subject in received)
    expected[lost.email] -= 1
    assert per_person == +expected


def test_a_worker_killed_between_claim_and_answer_leaves_one_uncertain_row(
    tenant: Tenant, tmp_path: Path, settings: Any
) -> None:
    for index in range(3):
        add_member(tenant.community, UserFactory(email=f"killed{index}@example.org"))
    plan(tenant, title="Interrompue")
    with scopes_disabled():
        ids = set(
            Notification.objects.filter(due_at__lte=timezone.now()).values_list("id", flat=True)
        )
    assert len(ids) == 5  # one invitation to five people

    queue = _declare_queue()
    sink = SmtpSink(stall=True).start()  # records each email, holds its "250" until released
    smtp = {
        "CDP_EMAIL": "smtp",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_TIMEOUT": "60",  # the worker waits for the answer; the kill comes first
    }
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    worker = _start_worker(tmp_path, queue, concurrency=1, env=smtp)
    try:
        [batch] = notifications.sweep()
        assert set(batch) == ids
        send_notification_batch.apply_async(args=(batch,), queue=queue)

        def claimed_and_received() -> bool:
            with scopes_disabled():
                claimed = Notification.objects.filter(
                    id__in=ids, state=NotificationState.SENDING
                ).count()
            return claimed == 1 and sink.received.messages == 1

        _wait_for(claimed_and_received, 45, worker, "claim a row and send its email")
        os.killpg(worker.pid, signal.SIGKILL)  # the main process and its prefork child
        assert worker.wait(timeout=10) == -signal.SIGKILL
        _stop_worker(worker)
        with scopes_disabled():
            killed = Notification.objects.get(id__in=ids, state=NotificationState.SENDING)
            others = Notification.objects.filter(id__in=ids - {killed.pk})
            assert {row.state for row in others} == {NotificationState.DISPATCHED}
        # The sink has the email; the worker died before it knew.
        assert sink.received.notification_ids == {str(killed.pk): 1}

        settings.NOTIFICATION_CLAIM_TIMEOUT_SECONDS = 1
        time.sleep(1.5)  # the claim and the first dispatch are now older than the timeout
        before_sweep = timezone.now()
        [requeued] = notifications.sweep()
        with scopes_disabled():
            killed.refresh_from_db()
            # Never claimed: back to queued, then handed out again by the same sweep.
            assert others.filter(dispatched_at__gte=before_sweep).count() == len(ids) - 1
        assert killed.state == NotificationState.UNCERTAIN
        assert sorted(requeued) == sorted(ids - {killed.pk})

        sink.release()
        worker = _start_worker(tmp_path, queue, concurrency=1, env=smtp)
        time.sleep(1.5)
        [swept_again] = notifications.sweep()  # stale again: handed out a third time
        assert sorted(swept_again) == sorted(ids - {killed.pk})
        # The killed task redelivered (as the broker would), with both sweeps' batches.
        for again in (batch, requeued, swept_again):
            send_notification_batch.apply_async(args=(again,), queue=queue)
        _wait_for(lambda: not _in_flight(ids), 60, worker)
        assert notifications.sweep() == []
    finally:
        celery_app.conf.task_always_eager = eager
        _stop_worker(worker)
        sink.stop()

    with scopes_disabled():
        states = Counter(Notification.objects.filter(id__in=ids).values_list("state", flat=True))
        killed.refresh_from_db()
    assert killed.state == NotificationState.UNCERTAIN
    assert states == {NotificationState.SENT: 4, NotificationState.UNCERTAIN: 1}
    # Every row reached the sink exactly once: the killed one from before the kill, never again.
    assert sink.received.notification_ids == {str(pk): 1 for pk in ids}
    assert sink.received.messages == len(ids)
