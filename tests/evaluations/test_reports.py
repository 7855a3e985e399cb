"""Indicators, the annual report (PDF + CSV, queued on commit, cached) and certificates."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled
from pypdf import PdfReader

from evaluations import indicators, services
from evaluations.models import AnnualReport, ReportStatus
from evaluations.services import reports
from tests.evaluations.helpers import add_members, answer, by_key, held_meeting, make_survey
from tests.factories import CommunityFactory, add_member

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages
    )


@pytest.fixture
def two_communities(tenant):
    first = tenant.community
    with scopes_disabled():
        first.modality, first.registration = "virtual", "closed"
        first.target_audience = "Directions d'organismes"
        first.save()
    people = add_members(first, 4)
    everyone = [tenant.member, *people]
    held_meeting(first, days_ago=40, present=everyone[:4], absent=everyone[4:], theme="Budget")
    held_meeting(first, days_ago=20, present=everyone[:3], absent=everyone[3:], theme="RH")
    held_meeting(first, days_ago=5, present=everyone, theme="Budget")
    held_meeting(first, days_ago=-10, status="planned", theme="À venir")
    second = CommunityFactory(
        organization=tenant.organization,
        slug="second",
        name="Deuxième",
        modality="in_person",
        registration="open",
    )
    add_member(second, tenant.facilitator, "facilitator")
    others = add_members(second, 3, prefix="s")
    held_meeting(
        second,
        days_ago=30,
        minutes=180,
        modality="in_person",
        present=others[:2],
        absent=others[2:],
    )
    return first, second, everyone, others


def test_indicators_count_meetings_hours_attendance_and_topics(tenant, two_communities):
    first, second, _everyone, _others = two_communities
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        computed = indicators.compute(
            [first, second], today - timedelta(days=60), today + timedelta(days=30)
        )
    one, two = computed.communities
    assert one.values["meetings_held"] == 3
    assert one.values["meetings_planned"] == 4
    assert one.values["meetings_held_rate"] == 75.0
    assert one.values["meeting_hours"] == 6
    assert one.values["members_enrolled"] == 5
    assert one.values["attendances"] == 4 + 3 + 5
    assert one.values["expected_attendances"] == 15
    assert one.values["attendance_rate"] == 80.0
    assert one.values["topics_covered"] == 2 and one.values["topics_repeated"] == 1
    assert one.card.typical_minutes == 120 and one.card.enrolled == 5
    assert two.values["meeting_hours"] == 3
    assert two.values["in_room_attendances"] == 2
    totals = computed.totals
    for key in (
        "meetings_held",
        "attendances",
        "expected_attendances",
        "members_enrolled",
        "meeting_hours",
    ):
        assert totals[key] == one.values[key] + two.values[key]
    assert totals["attendance_rate"] == round(100 * 14 / 18, 1)


def test_retention_and_dropouts_with_reasons(tenant):
    community = tenant.community
    people = add_members(community, 3)
    with scopes_disabled():
        from communities.models import Membership

        membership = Membership.objects.get(community=community, user=people[0])
        membership.joined_at = timezone.now() - timedelta(days=100)
        membership.status, membership.left_at = "left", timezone.now() - timedelta(days=10)
        membership.leave_reason = "Manque de temps"
        membership.save()
        Membership.objects.filter(community=community).exclude(pk=membership.pk).update(
            joined_at=timezone.now() - timedelta(days=100)
        )
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        item = indicators.compute([community], today - timedelta(days=60), today).communities[0]
    assert item.values["dropouts"] == 1
    assert item.dropout_reasons == ["Manque de temps"]
    assert item.values["retention_base"] == 4 and item.values["retained"] == 3
    assert item.values["retention"] == 75.0


def test_early_stage_reports_leave_out_effectiveness(tenant):
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        item = indicators.compute(
            [tenant.community], today - timedelta(days=30), today
        ).communities[0]
    assert tenant.community.stage == "potential" and item.is_early_stage
    assert not item.applies("objectives_attained")
    assert item.applies("charter_coverage")


def test_annual_report_is_queued_on_commit_built_once_and_cached(
    tenant, two_communities, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            report = reports.request_report(
                organization=tenant.organization,
                actor=tenant.coordinator,
                start=today - timedelta(days=60),
                end=today,
                language="en",
            )
        assert len(callbacks) == 1
        assert AnnualReport.objects.get(pk=report.pk).status == ReportStatus.QUEUED
        callbacks[0]()
        report.refresh_from_db()
        assert report.status == ReportStatus.READY and report.progress == 100
        first_file = report.pdf.name
        # Running the task again (a redelivery) changes nothing.
        from evaluations.tasks import build_annual_report

        build_annual_report(report.pk, organization_id=tenant.organization.pk)
        report.refresh_from_db()
        assert report.pdf.name == first_file
        # Same data: the stored report is reused, nothing is queued.
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            again = reports.request_report(
                organization=tenant.organization,
                actor=tenant.coordinator,
                start=today - timedelta(days=60),
                end=today,
                language="en",
            )
        assert again.pk == report.pk and not callbacks
    # New data: a new build.
    held_meeting(two_communities[1], days_ago=3, present=two_communities[3])
    with scope(organization=tenant.organization):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            fresh = reports.request_report(
                organization=tenant.organization,
                actor=tenant.coordinator,
                start=today - timedelta(days=60),
                end=today,
                language="en",
            )
        assert fresh.pk != report.pk and len(callbacks) == 1


def test_dashboard_csv_and_pdf_show_the_same_numbers(client, tenant, two_communities):
    first, second, _everyone, _others = two_communities
    today = timezone.localdate()
    start = today - timedelta(days=60)
    params = {"period_start": start.isoformat(), "period_end": today.isoformat()}
    client.force_login(tenant.coordinator)
    page = client.get(
        reverse("evaluations_dashboard", kwargs={"org_slug": tenant.organization.slug}), params
    )
    assert page.status_code == 200
    html = page.content.decode()
    csv_response = client.get(
        reverse("evaluations_dashboard_csv", kwargs={"org_slug": tenant.organization.slug}), params
    )
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    totals = {
        row[3]: row[4]
        for row in rows[1:]
        if row[0] in ("All communities", "Toutes les communautés")
    }
    with scope(organization=tenant.organization), translation.override("fr"):
        computed = indicators.compute([second, first], start, today)
        context = reports.report_context(tenant.organization, computed, None)
        text = pdf_text(reports.render_pdf("evaluations/pdf/annual_report.html", context))
    for key in (
        "meetings_held",
        "attendance_rate",
        "meeting_hours",
        "members_enrolled",
        "attendances",
    ):
        value = computed.totals[key]
        shown = indicators.display(value, indicators.SPECS[key].unit)
        assert totals[key] == reports._raw(value)
        assert f'data-key="{key}">{shown}<' in html
        assert shown in text


def test_the_pdf_has_the_summary_card_a_table_of_contents_and_page_numbers(tenant, two_communities):
    first, second, _everyone, _others = two_communities
    today = timezone.localdate()
    with scope(organization=tenant.organization), translation.override("fr"):
        computed = indicators.compute([first, second], today - timedelta(days=60), today)
        context = reports.report_context(tenant.organization, computed, None)
        data = reports.render_pdf(
            "evaluations/pdf/annual_report.html", context, pdf_variant=reports.PDF_UA
        )
    text = pdf_text(data)
    reader = PdfReader(io.BytesIO(data))
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert re.search(r"\b1 / \d+", text) or re.search(r"\b2 / \d+", text)
    card = reports.card_parts(computed.communities[0])
    with translation.override("fr"):
        card = reports.card_parts(computed.communities[0])
    for part in card:
        assert part in text
    assert first.name in text and second.name in text


def test_a_certificate_counts_the_hours_attended_and_names_the_facilitator(
    client, tenant, two_communities
):
    first, _second, everyone, _others = two_communities
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        certificate = services.issue_certificate(
            community=first,
            user=everyone[3],
            actor=tenant.facilitator,
            period_start=today - timedelta(days=60),
            period_end=today,
        )
    # Present at the meetings 40 and 5 days ago (not at the one 20 days ago): 2 × 2 h.
    assert certificate.meetings_attended == 2 and certificate.hours == 4
    client.force_login(everyone[3])
    response = client.get(
        reverse(
            "evaluations_certificate_pdf",
            kwargs={
                "org_slug": tenant.organization.slug,
                "community_slug": first.slug,
                "certificate_id": certificate.pk,
            },
        )
    )
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert everyone[3].display_name in text and tenant.facilitator.display_name in text
    client.force_login(everyone[0])
    assert (
        client.get(
            reverse(
                "evaluations_certificate_pdf",
                kwargs={
                    "org_slug": tenant.organization.slug,
                    "community_slug": first.slug,
                    "certificate_id": certificate.pk,
                },
            )
        ).status_code
        == 403
    )


def test_a_survey_feeds_the_response_rate_and_satisfaction(tenant):
    people = add_members(tenant.community, 5)
    survey = make_survey(tenant.community, tenant.facilitator)
    answer(survey, people, lambda i, qs: {by_key(qs, "usefulness"): "3" if i < 3 else "4"})
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        item = indicators.compute([tenant.community], today - timedelta(days=5), today).communities[
            0
        ]
    assert item.values["survey_invited"] == 6 and item.values["survey_respondents"] == 5
    assert item.values["survey_response_rate"] == round(100 * 5 / 6, 1)
    assert item.values["meeting_satisfaction"] == round((4 * 3 + 5 * 2) / 5, 1)


def test_many_meetings_are_charted_by_month_so_the_chart_keeps_its_size(tenant):
    people = add_members(tenant.community, 2)
    for days in range(1, 61, 2):
        held_meeting(tenant.community, days_ago=days, present=people[:1], absent=people[1:])
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        item = indicators.compute(
            [tenant.community], today - timedelta(days=90), today
        ).communities[0]
    labels, enrolled, present = reports._attendance_series(item.meeting_rows)
    assert len(item.meeting_rows) == 30
    assert 2 <= len(labels) <= 3
    assert set(present) == {1.0} and set(enrolled) == {3.0}


def test_optional_figures_are_empty_without_a_charter_or_tools(tenant):
    today = timezone.localdate()
    with scope(organization=tenant.organization):
        item = indicators.compute(
            [tenant.community], today - timedelta(days=30), today
        ).communities[0]
    assert item.values["charter_coverage"] is None
    assert item.values["tools_by_members"] == 0 and item.values["tool_downloads"] == 0
    assert indicators.display(item.values["charter_coverage"], "%") == "—"
