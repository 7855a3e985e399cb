"""The coordinator's pages: organisation dashboard, its CSV, annual reports with progress."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from communities.models import Community
from evaluations import content, indicators, selectors
from evaluations.forms import PeriodForm, ReportForm, default_period
from evaluations.models import AnnualReport, ReportStatus
from evaluations.permissions import can_export_reports
from evaluations.services import reports as report_services
from evaluations.text import current_language, localized
from evaluations.views import person


def _require_coordinator(request: HttpRequest) -> None:
    if not can_export_reports(getattr(request, "org_membership", None)):
        raise PermissionDenied


def _period(request: HttpRequest) -> tuple[PeriodForm, object, object]:
    """The period asked for in the query string, or the last twelve months; other parameters
    (a page, `refresh`) alone leave the form unbound."""
    start, end = default_period(timezone.localdate())
    asked = any(name in request.GET for name in PeriodForm.base_fields)
    form = PeriodForm(
        request.GET if asked else None, initial={"period_start": start, "period_end": end}
    )
    if asked and form.is_valid():
        start, end = form.cleaned_data["period_start"], form.cleaned_data["period_end"]
    return form, start, end


DASHBOARD_PAGE_SIZE = 50


def dashboard(request: HttpRequest, org_slug: str) -> HttpResponse:
    _require_coordinator(request)
    form, start, end = _period(request)
    snapshot = selectors.dashboard_snapshot(
        request.organization,  # type: ignore[attr-defined]
        start,  # type: ignore[arg-type]
        end,  # type: ignore[arg-type]
        refresh=request.GET.get("refresh") == "1",
    )
    totals = snapshot["totals"]
    groups = [
        (
            localized(label),
            [(spec, value) for spec, value in indicators.figure_rows(totals) if spec.group == key],
        )
        for key, label in content.INDICATOR_GROUPS.items()
    ]
    specs = [indicators.SPECS[key] for key in DASHBOARD_COLUMNS]
    page = Paginator(snapshot["communities"], DASHBOARD_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [
        (row, [indicators.display(row["values"].get(spec.key), spec.unit) for spec in specs])
        for row in page
    ]
    report_form = ReportForm(
        communities=[(row["pk"], row["name"]) for row in snapshot["communities"]],
        initial={"period_start": start, "period_end": end},
    )
    query = request.GET.copy()
    query.pop("refresh", None)
    query.pop("page", None)
    return render(
        request,
        "evaluations/dashboard.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "groups": groups,
            "specs": specs,
            "rows": rows,
            "page": page,
            "computed_at": snapshot["computed_at"],
            "reports": AnnualReport.objects.select_related("community")[:10],
            "report_form": report_form,
            "formula": indicators.VITALITY_FORMULA,
            "query": query.urlencode(),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


DASHBOARD_COLUMNS = [
    "meetings_held",
    "meeting_hours",
    "members_enrolled",
    "attendance_rate",
    "retention",
    "survey_response_rate",
    "vitality_score",
]


def dashboard_csv(request: HttpRequest, org_slug: str) -> HttpResponse:
    _require_coordinator(request)
    _form, start, end = _period(request)
    computed = indicators.compute(
        Community.objects.filter(is_archived=False).order_by("name"),
        start,  # type: ignore[arg-type]
        end,  # type: ignore[arg-type]
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="indicators-{start}-{end}.csv"'
    response.write("\ufeff" + report_services.figures_csv(computed))
    return response


def report_request(request: HttpRequest, org_slug: str) -> HttpResponse:
    _require_coordinator(request)
    communities = list(Community.objects.filter(is_archived=False).order_by("name"))
    form = ReportForm(request.POST or None, communities=[(c.pk, c.name) for c in communities])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        community = next((c for c in communities if c.pk == data["community"]), None)
        report = report_services.request_report(
            organization=request.organization,  # type: ignore[attr-defined]
            actor=person(request),
            start=data["period_start"],
            end=data["period_end"],
            community=community,
            language=current_language(),
        )
        return redirect(
            reverse(
                "evaluations_report", kwargs={"org_slug": org_slug, "annual_report_id": report.pk}
            )
        )
    if request.method == "POST":
        messages.error(request, _("Check the period of the report."))
        return render(request, "evaluations/report_request.html", {"form": form}, status=400)
    return render(request, "evaluations/report_request.html", {"form": form})


def report_status(request: HttpRequest, org_slug: str, annual_report_id: int) -> HttpResponse:
    _require_coordinator(request)
    report = AnnualReport.objects.select_related("community").filter(pk=annual_report_id).first()
    if report is None:
        raise Http404
    template = "evaluations/report_status.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#progress"
    return render(
        request,
        template,
        {"report": report, "is_done": report.status in (ReportStatus.READY, ReportStatus.FAILED)},
    )


def report_file(
    request: HttpRequest, org_slug: str, annual_report_id: int, kind: str
) -> HttpResponse:
    _require_coordinator(request)
    report = AnnualReport.objects.filter(pk=annual_report_id).first()
    if report is None:
        raise Http404
    field = report.pdf if kind == "pdf" else report.csv
    if report.status != ReportStatus.READY or not field:
        return redirect(
            reverse(
                "evaluations_report", kwargs={"org_slug": org_slug, "annual_report_id": report.pk}
            )
        )
    name = f"evaluation-{report.period_start}-{report.period_end}.{kind}"
    with field.open("rb") as handle:
        data = handle.read()
    response = HttpResponse(
        data, content_type="application/pdf" if kind == "pdf" else "text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def report_pdf(request: HttpRequest, org_slug: str, annual_report_id: int) -> HttpResponse:
    return report_file(request, org_slug, annual_report_id, "pdf")


def report_csv(request: HttpRequest, org_slug: str, annual_report_id: int) -> HttpResponse:
    return report_file(request, org_slug, annual_report_id, "csv")
