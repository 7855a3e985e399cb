"""Walk parameters and expectations for the evaluations URLs."""

from datetime import date

from django.core.files.base import ContentFile
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from evaluations import services
from evaluations.models import AnnualReport, Certificate, LogbookEntry, ReportStatus, Testimonial
from tests.walk import Expect


def _walk_survey(tenant):  # type: ignore[no-untyped-def]
    survey = getattr(tenant, "walk_survey", None)
    if survey is None:
        with scope(organization=tenant.organization):
            survey = services.create_survey(
                community=tenant.community, actor=tenant.facilitator, template_key="end_of_meeting"
            )
        tenant.walk_survey = survey
    return survey


def _survey(tenant, other):  # type: ignore[no-untyped-def]
    return _walk_survey(tenant).pk


def _question(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return _walk_survey(tenant).questions.first().pk


def _testimonial(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Testimonial.objects.create(
            organization=tenant.organization, community=tenant.community, text="Walk"
        ).pk


def _entry(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return LogbookEntry.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            entry_date=date.today(),
            text="Walk",
        ).pk


def _certificate(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Certificate.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            user=tenant.member,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 6, 30),
            meetings_attended=2,
            minutes_attended=240,
            signed_by=tenant.facilitator,
            signed_by_name="Walk",
            signed_at=timezone.now(),
        ).pk


def _report(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        report = AnnualReport.objects.create(
            organization=tenant.organization,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 6, 30),
            status=ReportStatus.READY,
            progress=100,
        )
        report.pdf.save("walk.pdf", ContentFile(b"%PDF-1.7 walk"), save=False)
        report.csv.save("walk.csv", ContentFile(b"a,b"), save=True)
    return report.pk


PARAMS = {
    "survey_id": _survey,
    "question_id": _question,
    "testimonial_id": _testimonial,
    "logbook_entry_id": _entry,
    "certificate_id": _certificate,
    "annual_report_id": _report,
}

MANAGERS_ONLY = ("member", "staff_facilitator")
COORDINATOR_ONLY = ("member", "facilitator", "staff_facilitator")

EXPECT = {
    "evaluations_surveys": Expect(role="member", denied=("staff_facilitator",)),
    "evaluations_survey_create": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_survey_edit": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_question_add": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_question_edit": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_question_delete": Expect(role="facilitator", status=405),
    "evaluations_question_move": Expect(role="facilitator", status=405),
    "evaluations_survey_answer": Expect(
        role="member", denied=("coordinator", "staff_facilitator", "facilitator")
    ),
    "evaluations_survey_results": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_survey_csv": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_survey_relaunch": Expect(role="facilitator", status=405),
    "evaluations_survey_present": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_testimonials": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_testimonial_remove": Expect(role="facilitator", status=405),
    "evaluations_review": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_logbook": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "evaluations_logbook_delete": Expect(role="facilitator", status=405),
    "evaluations_community_indicators": Expect(role="coordinator", denied=MANAGERS_ONLY),
    "evaluations_certificates": Expect(role="member", denied=("staff_facilitator",)),
    "evaluations_certificate_pdf": Expect(role="member", denied=("staff_facilitator",)),
    "evaluations_dashboard": Expect(role="coordinator", denied=COORDINATOR_ONLY),
    "evaluations_dashboard_csv": Expect(role="coordinator", denied=COORDINATOR_ONLY),
    "evaluations_report_request": Expect(role="coordinator", denied=COORDINATOR_ONLY),
    "evaluations_report": Expect(role="coordinator", denied=COORDINATOR_ONLY),
    "evaluations_report_pdf": Expect(role="coordinator", denied=COORDINATOR_ONLY),
    "evaluations_report_csv": Expect(role="coordinator", denied=COORDINATOR_ONLY),
}
