"""Benchmark of the annual evaluation PDF (not a test): builds throw-away data in a transaction
that is rolled back, then times the render and reports the peak memory (resource.getrusage).

    uv run python manage.py bench_pdf [--communities 50] [--skip-org]
"""

import logging
import resource
import time
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled

from accounts.models import Organization, User
from communities.models import Community, Membership, MembershipRole
from evaluations import indicators
from evaluations.services import reports, submit_response
from evaluations.services.surveys import create_survey
from meetings.models import Attendance, Meeting


class Rollback(Exception):
    pass


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Command(BaseCommand):
    help = "Time the annual evaluation PDF for 50 and 100 meetings and for 50 communities."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--communities", type=int, default=50)
        parser.add_argument("--skip-org", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        logging.getLogger("weasyprint").setLevel(logging.WARNING)
        logging.getLogger("fontTools").setLevel(logging.WARNING)
        try:
            with transaction.atomic(), scopes_disabled():
                self._run(options)
                raise Rollback
        except Rollback:
            self.stdout.write("(benchmark data rolled back)")

    def _run(self, options: dict[str, Any]) -> None:
        organization = Organization.objects.create(
            name="Banc d'essai", slug="bench-pdf-org", privacy_contact="bench@example.org"
        )
        people = [
            User.objects.create_user(email=f"bench{i}@example.org", password=None)
            for i in range(20)
        ]
        timings: dict[str, float] = {}
        warm = self._community(organization, "bench-warm-up", people, 5)
        self._render(organization, [warm])  # fonts and templates loaded once, as in a worker
        for count in (50, 100):
            community = self._community(organization, f"bench-{count}", people, count)
            seconds, pages, peak = self._render(organization, [community])
            timings[str(count)] = seconds
            self.stdout.write(
                f"community with {count} meetings: {seconds:.2f} s, {pages} bytes, "
                f"peak RSS {peak:.0f} MB"
            )
        self.stdout.write(f"ratio 100/50 meetings: {timings['100'] / timings['50']:.2f}")
        if options["skip_org"]:
            return
        communities = [
            self._community(organization, f"bench-org-{i}", people, 10)
            for i in range(options["communities"])
        ]
        seconds, size, peak = self._render(organization, communities)
        self.stdout.write(
            f"organisation report, {len(communities)} communities: {seconds:.2f} s, "
            f"{size} bytes, peak RSS {peak:.0f} MB"
        )

    def _community(
        self, organization: Organization, slug: str, people: list[User], meetings: int
    ) -> Community:
        community = Community.objects.create(
            organization=organization,
            name=f"Communauté {slug}",
            slug=slug,
            modality="virtual",
            registration="closed",
            stage="maturing",
            target_audience="Directions d'organismes",
        )
        start = timezone.now() - timedelta(days=360)
        for person in people[:15]:
            Membership.objects.create(
                organization=organization,
                community=community,
                user=person,
                status="active",
                joined_at=start,
            )
        facilitator = people[15]
        membership = Membership.objects.create(
            organization=organization,
            community=community,
            user=facilitator,
            status="active",
            joined_at=start,
        )
        MembershipRole.objects.create(
            organization=organization, membership=membership, role="facilitator"
        )
        step = timedelta(days=350 / meetings)
        rows = []
        for index in range(meetings):
            meeting = Meeting.objects.create(
                organization=organization,
                community=community,
                title=f"Rencontre {index}",
                theme=f"Thème {index % 12}",
                starts_at=start + step * (index + 1),
                duration_minutes=120,
                modality="virtual",
                status="held",
            )
            rows += [
                Attendance(
                    organization=organization,
                    meeting=meeting,
                    user=person,
                    status="online" if (index + n) % 4 else "absent",
                )
                for n, person in enumerate(people[:15])
            ]
        Attendance.objects.bulk_create(rows)
        with scope(organization=organization):
            survey = create_survey(
                community=community,
                actor=facilitator,
                template_key="annual_evaluation",
                opens_at=timezone.now() - timedelta(days=2),
            )
            questions = {q.key: q for q in survey.questions.all()}
            for n, person in enumerate(people[:12]):
                submit_response(
                    survey=survey,
                    user=person,
                    answers={
                        str(questions["overall_rating"].pk): str(6 + n % 5),
                        str(questions["needs_met"].pk): str(n % 5),
                        str(questions["impact_isolation"].pk): str(n % 4),
                        str(questions["impact_belonging"].pk): str((n + 1) % 4),
                        str(questions["continue"].pk): "0",
                    },
                )
        return community

    def _render(
        self, organization: Organization, communities: list[Community]
    ) -> tuple[float, int, float]:
        today = timezone.localdate()
        begin = time.perf_counter()
        with scope(organization=organization), translation.override("fr"):
            computed = indicators.compute(communities, today - timedelta(days=364), today)
            context = reports.report_context(organization, computed, None)
            pdf = reports.render_pdf(
                "evaluations/pdf/annual_report.html", context, pdf_variant=reports.PDF_UA
            )
        return time.perf_counter() - begin, len(pdf), _peak_mb()
