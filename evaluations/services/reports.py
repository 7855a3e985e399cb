"""Annual evaluation reports: the request (cached by a fingerprint of the data), the build run by a
Celery task (with progress), the PDF and CSV files, and participation certificates."""

import csv
import hashlib
import io
import json
from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from accounts.models import Organization, User
from cdp.pdf import PDF_UA, render_pdf
from communities.models import Community
from evaluations import charts, content, indicators, sources
from evaluations.models import (
    AnnualReport,
    Certificate,
    FacilitatorReview,
    LogbookEntry,
    ReportStatus,
    Response,
    Survey,
    Testimonial,
)
from evaluations.text import localized

# Bump when the report's layout changes, so cached files are rebuilt.
LAYOUT_VERSION = "3"


def report_communities(organization: Organization, community: Community | None) -> list[Community]:
    if community is not None:
        return [community]
    return list(
        Community.objects.filter(organization=organization, is_archived=False).order_by("name")
    )


def fingerprint(*, communities: list[Community], start: date, end: date, language: str) -> str:
    """A digest of everything the report is built from; it changes when any input changes."""
    ids = [c.pk for c in communities]
    parts: list[Any] = [LAYOUT_VERSION, ids, str(start), str(end), language]
    parts.append(
        list(
            Community.objects.filter(pk__in=ids).values_list(
                "pk", "name", "stage", "modality", "registration", "target_audience"
            )
        )
    )
    parts += sources.last_change(ids)
    parts.append(
        Survey.objects.filter(community_id__in=ids).aggregate(n=Count("id"), m=Max("updated_at"))
    )
    parts.append(Response.objects.filter(survey__community_id__in=ids).aggregate(n=Count("id")))
    parts.append(
        FacilitatorReview.objects.filter(community_id__in=ids).aggregate(
            n=Count("id"), m=Max("updated_at")
        )
    )
    parts.append(
        LogbookEntry.objects.filter(community_id__in=ids).aggregate(
            n=Count("id"), m=Max("updated_at")
        )
    )
    parts.append(
        Testimonial.objects.filter(community_id__in=ids).aggregate(
            n=Count("id"), m=Max("updated_at")
        )
    )
    digest = hashlib.sha256(json.dumps(parts, default=str, sort_keys=True).encode())
    return digest.hexdigest()


@transaction.atomic
def request_report(
    *,
    organization: Organization,
    actor: User,
    start: date,
    end: date,
    community: Community | None = None,
    language: str = "fr",
) -> AnnualReport:
    """Return a ready report built from the same data, or queue a new build after commit."""
    from evaluations.tasks import build_annual_report

    print_ = fingerprint(
        communities=report_communities(organization, community),
        start=start,
        end=end,
        language=language,
    )
    cached = (
        AnnualReport.objects.filter(
            community=community,
            period_start=start,
            period_end=end,
            language=language,
            fingerprint=print_,
        )
        .exclude(status=ReportStatus.FAILED)
        .first()
    )
    if cached is not None:
        return cached
    report = AnnualReport.objects.create(
        organization=organization,
        community=community,
        period_start=start,
        period_end=end,
        language=language,
        fingerprint=print_,
        requested_by=actor,
    )
    build_annual_report.delay_on_commit(report.pk, organization_id=organization.pk)
    return report


def build_report(report_id: int) -> AnnualReport:
    """Render the PDF and CSV of a queued report; a report already built is left as is."""
    claimed = AnnualReport.objects.filter(
        pk=report_id, status__in=[ReportStatus.QUEUED, ReportStatus.FAILED]
    ).update(status=ReportStatus.RUNNING, progress=5)
    report = AnnualReport.objects.select_related("organization", "community").get(pk=report_id)
    if not claimed:
        return report
    try:
        with translation.override(report.language):
            communities = report_communities(report.organization, report.community)
            computed = indicators.compute(communities, report.period_start, report.period_end)
            _progress(report, 40)
            context = report_context(report.organization, computed, report.community)
            _progress(report, 60)
            pdf = render_pdf("evaluations/pdf/annual_report.html", context, pdf_variant=PDF_UA)
            _progress(report, 90)
            table = figures_csv(computed)
        stem = f"evaluation-{report.period_start}-{report.period_end}-{report.pk}"
        report.pdf.save(f"{stem}.pdf", ContentFile(pdf), save=False)
        report.csv.save(f"{stem}.csv", ContentFile(table.encode("utf-8-sig")), save=False)
        report.status = ReportStatus.READY
        report.progress = 100
        report.finished_at = timezone.now()
        report.error = ""
        report.save()
    except Exception as exc:
        AnnualReport.objects.filter(pk=report_id).update(
            status=ReportStatus.FAILED, error=str(exc)[:2000]
        )
        raise
    return report


def _progress(report: AnnualReport, value: int) -> None:
    AnnualReport.objects.filter(pk=report.pk).update(progress=value)


def duration_text(minutes: int | None) -> str:
    if not minutes:
        return "—"
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return ngettext("%(count)s hour", "%(count)s hours", hours) % {"count": hours}
    return f"{hours} h {rest:02d}"


MODALITY_CARD = {
    "virtual": gettext_noop("Facilitated online"),
    "in_person": gettext_noop("Facilitated in person"),
    "hybrid": gettext_noop("Facilitated in person and online"),
}
REGISTRATION_CARD = {
    "closed": gettext_noop("Closed registration"),
    "open": gettext_noop("Open registration"),
    "on_request": gettext_noop("Registration on request"),
}


def card_parts(item: indicators.CommunityIndicators) -> list[str]:
    """The summary card of seed 000 §7.8, built from the data."""
    card = item.card
    if card is None:
        return []
    parts = [
        _(MODALITY_CARD.get(card.modality, card.modality)),
        ngettext(
            "%(count)s meeting of %(length)s",
            "%(count)s meetings of %(length)s",
            card.meetings_held,
        )
        % {"count": card.meetings_held, "length": duration_text(card.typical_minutes)},
    ]
    if card.target_audience:
        parts.append(_("Target audience: %(audience)s") % {"audience": card.target_audience})
    parts.append(_(REGISTRATION_CARD.get(card.registration, card.registration)))
    parts.append(
        ngettext("%(count)s person enrolled", "%(count)s people enrolled", card.enrolled)
        % {"count": card.enrolled}
    )
    return parts


MATRIX_KEYS = [
    "meetings_held",
    "meeting_hours",
    "members_enrolled",
    "attendances",
    "attendance_rate",
    "retention",
    "dropouts",
    "survey_response_rate",
    "vitality_score",
]


def report_context(
    organization: Organization,
    computed: indicators.OrganizationIndicators,
    community: Community | None,
) -> dict[str, Any]:
    sections = []
    for item in computed.communities:
        sections.append(_community_section(item))
    language = translation.get_language() or "fr"
    return {
        "organization": organization,
        "community": community,
        "computed": computed,
        "sections": sections,
        "totals": indicators.figure_rows(computed.totals),
        "matrix_specs": [indicators.SPECS[key] for key in MATRIX_KEYS],
        "matrix": [
            (
                item.community.name,
                [
                    indicators.display(item.values.get(k), indicators.SPECS[k].unit)
                    for k in MATRIX_KEYS
                ],
            )
            for item in computed.communities
        ],
        "totals_raw": computed.totals,
        "groups": [(key, localized(label)) for key, label in content.INDICATOR_GROUPS.items()],
        "report_sections": [localized(s) for s in content.REPORT_SECTIONS],
        "generated_on": timezone.localdate(),
        "language": language,
        "vitality_formula": indicators.VITALITY_FORMULA,
        "vitality_signals": [
            (localized(s["label"]), s["weight"], s["key"]) for s in content.VITALITY_SIGNALS
        ],
        "min_respondents": 5,
        "min_free_text": 8,
    }


def _community_section(item: indicators.CommunityIndicators) -> dict[str, Any]:
    labels, enrolled, present = _attendance_series(item.meeting_rows)
    attendance_chart = (
        charts.grouped_bars(labels, [(_("Enrolled"), enrolled), (_("Present"), present)])
        if labels
        else ""
    )
    objective_labels = dict(_objective_statuses())
    testimonials: dict[str, list[str]] = {}
    for testimonial in item.testimonials:
        theme = testimonial.theme
        label = localized(
            content.IMPACT_DIMENSIONS.get(theme)
            or content.LOGISTICS_TAGS.get(theme)
            or {"fr": "Autres témoignages", "en": "Other testimonials"}
        )
        testimonials.setdefault(label, []).append(testimonial.text)
    review_rows = []
    if item.review is not None:
        for question in content.FACILITATOR_REVIEW:
            answer = item.review.answers.get(question["key"], {})
            review_rows.append(
                {
                    "text": localized(question["text"]),
                    "two_columns": question["two_columns"],
                    "answer": answer,
                }
            )
    surveys = [_survey_synthesis(survey) for survey in item.surveys]
    return {
        "item": item,
        "card": card_parts(item),
        "attendance_chart": attendance_chart,
        "objectives": [
            (text, objective_labels.get(status, "—")) for text, status in item.objectives
        ],
        "figure_groups": _figure_groups(item),
        "testimonials": sorted(testimonials.items()),
        "review_rows": review_rows,
        "vitality_present": [
            localized(s["label"])
            for s in content.VITALITY_SIGNALS
            if item.review and s["key"] in item.review.vitality_signals
        ],
        "surveys": surveys,
    }


def _figure_groups(
    item: indicators.CommunityIndicators,
) -> list[tuple[str, str, list[list[tuple[indicators.FigureSpec, str]]]]]:
    """The headline figures of each group that has a value, two figures to a table row: a plain
    fixed-layout table lays out much faster in WeasyPrint than a multi-column box (it balances the
    columns by laying the content out again and again); early stages leave out effectiveness."""
    groups = []
    rows = indicators.headline_rows(item.values)
    for key, label in content.INDICATOR_GROUPS.items():
        if key == "effectiveness" and item.is_early_stage:
            continue
        shown = [(spec, value) for spec, value in rows if spec.group == key and value != "—"]
        pairs = [shown[index : index + 2] for index in range(0, len(shown), 2)]
        groups.append((key, localized(label), pairs))
    return groups


MAX_CHART_MEETINGS = 24


def _attendance_series(
    rows: list[indicators.MeetingRow],
) -> tuple[list[str], list[float], list[float]]:
    """Enrolled and present per meeting; beyond MAX_CHART_MEETINGS, the monthly average per
    meeting, so the chart (and the time to draw it) stays the same size however many meetings."""
    if len(rows) <= MAX_CHART_MEETINGS:
        return (
            [f"{row.meeting.starts_at:%d/%m}" for row in rows],
            [float(row.enrolled) for row in rows],
            [float(row.present) for row in rows],
        )
    months: dict[str, list[indicators.MeetingRow]] = {}
    for row in rows:
        months.setdefault(f"{row.meeting.starts_at:%Y-%m}", []).append(row)
    return (
        list(months),
        [round(sum(r.enrolled for r in group) / len(group), 1) for group in months.values()],
        [round(sum(r.present for r in group) / len(group), 1) for group in months.values()],
    )


def _survey_synthesis(survey: Any) -> dict[str, Any]:
    """One table line per answered question and one chart of the agreement shares: a handful of
    charts per report rather than one per question keeps the PDF quick to render."""
    rows = []
    agreement: list[tuple[str, float]] = []
    for q in survey.questions:
        if q.hidden or q.is_text or not (q.bars or q.objectives):
            continue
        if q.kind in ("likert4", "likert5"):
            top = q.bars[2:] if q.kind == "likert4" else q.bars[3:]
            theme = content.IMPACT_DIMENSIONS.get(q.theme) or content.LOGISTICS_TAGS.get(q.theme)
            label = localized(theme) if theme else q.label
            share = round(sum(b.percent for b in top), 1)
            agreement.append((label, share))
            rows.append(
                {
                    "label": f"{len(agreement)}. {label}",
                    "answered": q.answered,
                    "summary": " / ".join(b.label for b in top)
                    + f" : {indicators.display(share, '%')}",
                }
            )
            continue
        if q.objectives:
            summary = "; ".join(
                f"{name} : " + ", ".join(f"{b.label} {b.count}" for b in bars if b.count)
                for name, bars in q.objectives
            )
        elif q.kind == "scale10":
            summary = _("mean %(mean)s / 10") % {"mean": indicators.display(q.mean, "")}
        else:
            best = max(q.bars, key=lambda b: b.count)
            summary = f"{best.label} : {indicators.display(best.percent, '%')}"
        rows.append({"label": q.label, "answered": q.answered, "summary": summary})
    chart = ""
    if agreement:
        # Numbered columns matching the numbered lines of the table (long labels do not fit).
        chart = charts.grouped_bars(
            [str(number) for number in range(1, len(agreement) + 1)],
            [(_("Agree"), [share for _label, share in agreement])],
            unit=" %",
        )
    return {"results": survey, "rows": rows, "chart": chart, "agreement": agreement}


def _objective_statuses() -> list[tuple[str, str]]:
    return [(k, localized(v)) for k, v in content.OBJECTIVE_STATUSES.items()]


def figures_csv(computed: indicators.OrganizationIndicators) -> str:
    """The report's figures as CSV: one row per community and figure, then the totals."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            _("Community"),
            _("Group"),
            _("Figure"),
            _("Key"),
            _("Value"),
            _("Unit"),
            _("From"),
            _("To"),
        ]
    )
    groups = {k: localized(v) for k, v in content.INDICATOR_GROUPS.items()}
    period = [computed.start.isoformat(), computed.end.isoformat()]
    for item in computed.communities:
        for spec in indicators.FIGURES:
            if spec.key in indicators.HIDDEN_KEYS:
                continue
            writer.writerow(
                [
                    item.community.name,
                    groups[spec.group],
                    str(spec.label),
                    spec.key,
                    _raw(item.values.get(spec.key)),
                    spec.unit,
                    *period,
                ]
            )
    for spec in indicators.FIGURES:
        if spec.key in indicators.HIDDEN_KEYS:
            continue
        writer.writerow(
            [
                _("All communities"),
                groups[spec.group],
                str(spec.label),
                spec.key,
                _raw(computed.totals.get(spec.key)),
                spec.unit,
                *period,
            ]
        )
    return out.getvalue()


def _raw(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def certificate_pdf(certificate: Certificate, language: str) -> bytes:
    with translation.override(language):
        return render_pdf(
            "evaluations/pdf/certificate.html",
            {
                "certificate": certificate,
                "community": certificate.community,
                "organization": certificate.community.organization,
                "person": certificate.user,
                "language": language,
            },
            pdf_variant=PDF_UA,
        )
