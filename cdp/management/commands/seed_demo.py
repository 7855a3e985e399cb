from django.core.management.base import BaseCommand

from cdp.demo import DEMO_PASSWORD, seed_all


class Command(BaseCommand):
    help = "Create the demo organisations, people and communities (idempotent)."

    def handle(self, *args: object, **options: object) -> None:
        from accounts.demo import demo_logins

        ctx = seed_all()
        for line in ctx.log:
            self.stdout.write(f"  {line}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready. Logins (password for all: {DEMO_PASSWORD}):")
        )
        for email, what in demo_logins():
            self.stdout.write(f"  {email:<34} {what}")
