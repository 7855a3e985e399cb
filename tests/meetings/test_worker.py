"""The PostgreSQL + Redis run: a real `celery -A cdp worker` process sends the meeting emails.

Batches are delivered twice (as a redelivered task would be) and the sweep runs twice; each
recipient must get exactly one email per notification. A row claimed by a worker that died before
sending is declared uncertain by the sweep and never sent.
"""

import email
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled
from kombu import Exchange, Queue

from cdp import notifications
from cdp.celery import app as celery_app
from cdp.models import Notification, NotificationState
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


def _start_worker(var_dir: Path, queue: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cdp.settings",
        "DATABASE_URL": _database_url(),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CDP_EMAIL": "file",
        "CDP_VAR_DIR": str(var_dir),
        "DJANGO_DEBUG": "true",
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
        "2",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-l",
        "warning",
    ]
    return subprocess.Popen(
        command, cwd=BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


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


def _wait_for(predicate, timeout: float, worker: subprocess.Popen[bytes]) -> None:  # type: ignore[no-untyped-def]
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
    pytest.fail(f"the worker did not send the emails in time:\n{output[-3000:]}")


def test_a_real_worker_sends_each_email_exactly_once(tenant: Tenant, tmp_path: Path) -> None:
    for index in range(6):
        add_member(tenant.community, UserFactory(email=f"worker{index}@example.org"))
    plan(tenant, title="Première")
    plan(tenant, title="Deuxième")
    with scopes_disabled():
        queued = list(Notification.objects.filter(due_at__lte=timezone.now()))
        expected = Counter(row.email for row in queued)
    assert len(queued) == 16  # two invitations to eight people

    queue = f"meetings-test-{uuid.uuid4().hex[:8]}"
    with celery_app.connection_for_write() as conn:  # bound before publishing, so nothing is lost
        Queue(queue, Exchange(queue), routing_key=queue)(conn).declare()
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
            send_notification_batch.apply_async(args=[batch], queue=queue)

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
        if worker.poll() is None:
            worker.terminate()
            worker.communicate(timeout=30)
        if worker.stdout:
            worker.stdout.close()

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
