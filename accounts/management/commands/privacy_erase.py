"""Erase a person's account on a request received by the privacy officer (Loi 25, GDPR art. 17)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from cdp import privacy


class Command(BaseCommand):
    help = (
        "Erase or pseudonymise everything about one person, as the 'Delete my account' page does."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email", help="the person's email address")
        parser.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email__iexact=options["email"].strip()).first()
        if user is None:
            raise CommandError(f"No account with the address {options['email']}.")
        if not options["yes"]:
            raise CommandError("Nothing done: add --yes to erase this account.")
        counts = privacy.erase_person(user=user, actor=user)
        changed = {name: count for name, count in counts.items() if count}
        self.stdout.write(f"Account {user.pk} erased: {changed}")
