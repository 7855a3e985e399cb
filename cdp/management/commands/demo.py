"""One command for people trying cdp: migrate, seed the demo, start a worker with beat and the
web server on the embedded default (SQLite, filesystem broker, emails written to var/mail)."""

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Start the platform with demo data on the embedded default (no server to install)."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-worker", action="store_true", help="Do not start Celery.")

    def handle(self, *args: object, **options: object) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo")
        worker = None
        if not options["no_worker"]:
            # The worker runs beat in-process: the periodic sweep sends reminders on this laptop too.
            worker = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "cdp",
                    "worker",
                    "--beat",
                    "--pool=solo",
                    "--loglevel=warning",
                    f"--schedule={settings.CELERY_BEAT_SCHEDULE_FILENAME}",
                ],
                env=os.environ.copy(),
            )
            self.stdout.write(f"Celery worker with beat started (pid {worker.pid}).")
        self.stdout.write(f"Emails are written to {settings.EMAIL_FILE_PATH}")
        self.stdout.write(self.style.SUCCESS(f"Open http://{options['addrport']}/"))
        try:
            call_command("runserver", options["addrport"], use_reloader=False)
        finally:
            if worker is not None:
                worker.send_signal(signal.SIGTERM)
                worker.wait(timeout=20)
