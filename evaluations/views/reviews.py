"""Facilitators' pages: reflective review, logbook, testimonials, indicators, certificates."""

import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import User
from communities.permissions import require
from communities.selectors import get_community_access
from evaluations import content, indicators, selectors, services, sources
from evaluations.forms import CertificateForm, LogbookForm, PeriodForm, ReviewForm, default_period
from evaluations.models import Certificate, FacilitatorReview, LogbookEntry, Response, Testimonial
from evaluations.permissions import (
    can_download_certificate,
    can_issue_certificate,
    can_manage_surveys,
    can_read_review,
    can_write_review,
)
from evaluations.services.reports import certificate_pdf
from evaluations.services.reviews import consent_question, has_consented
from evaluations.text import current_language, localized
from evaluations.views import person


def _community_url(name: str, access: Any) -> str:
    return reverse(
        name,
        kwargs={
            "org_slug": access.community.organization.slug,
            "community_slug": access.community.slug,
        },
    )


def review(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_read_review(access))
    community = access.community
    current = FacilitatorReview.objects.filter(community=community).first()
    language = current_language()
    if request.method == "POST":
        require(can_write_review(access))
        form = ReviewForm(request.POST, language=language)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.save_review(
                    community=community,
                    actor=person(request),
                    review=current,
                    period_start=data["period_start"],
                    period_end=data["period_end"],
                    answers=form.answers(),
                    vitality_signals=data["vitality_signals"],
                    lessons=data["lessons"],
                    next_steps=data["next_steps"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Reflective review saved."))
                return redirect(_community_url("evaluations_review", access))
        status = 400
    else:
        start, end = default_period(timezone.localdate())
        initial = (
            ReviewForm.initial_from(current)
            if current
            else {"period_start": start, "period_end": end}
        )
        form = ReviewForm(initial=initial, language=language)
        status = 200
    two_columns = {q["key"] for q in content.FACILITATOR_REVIEW if q["two_columns"]}
    context = {
        "access": access,
        "community": community,
        "form": form,
        "review": current,
        "can_write": can_write_review(access),
        "two_columns": two_columns,
        "questions": [
            (q["key"], localized(q["text"]), q["two_columns"]) for q in content.FACILITATOR_REVIEW
        ],
        "formula": indicators.VITALITY_FORMULA,
    }
    return render(request, "evaluations/review.html", context, status=status)


def logbook(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_read_review(access))
    community = access.community
    meetings = sources.community_meeting_choices(community.pk)
    form = LogbookForm(
        request.POST or None,
        meetings=meetings,
        initial={"entry_date": timezone.localdate(), "meeting_id": request.GET.get("meeting")},
    )
    if request.method == "POST":
        require(can_write_review(access))
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.add_logbook_entry(community=community, actor=person(request), **data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Note added to the logbook."))
                return redirect(_community_url("evaluations_logbook", access))
    entries = LogbookEntry.objects.filter(community=community).select_related("author")[:200]
    return render(
        request,
        "evaluations/logbook.html",
        {
            "access": access,
            "community": community,
            "form": form,
            "entries": entries,
            "can_write": can_write_review(access),
            "meetings": dict(meetings),
        },
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def logbook_delete(
    request: HttpRequest, org_slug: str, community_slug: str, logbook_entry_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    entry = LogbookEntry.objects.filter(community=access.community, pk=logbook_entry_id).first()
    if entry is None:
        raise Http404
    require(can_write_review(access))
    services.delete_logbook_entry(entry=entry, actor=person(request))
    messages.success(request, _("Note deleted."))
    return redirect(_community_url("evaluations_logbook", access))


def testimonials(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    """Pick testimonials among the written answers of people who agreed to be quoted."""
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    if request.method == "POST":
        response = Response.objects.filter(
            survey=survey, pk=_uuid(request.POST.get("response", ""))
        ).first()
        question = survey.questions.filter(pk=request.POST.get("question") or 0).first()
        if response is None or question is None:
            raise Http404
        try:
            services.select_testimonial(
                response=response,
                question=question,
                actor=person(request),
                theme=request.POST.get("theme", ""),
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Testimonial kept for the report."))
        kwargs = {"org_slug": org_slug, "community_slug": community_slug, "survey_id": survey.pk}
        return redirect(reverse("evaluations_testimonials", kwargs=kwargs))
    return render(
        request,
        "evaluations/testimonials.html",
        {
            "access": access,
            "community": access.community,
            "survey": survey,
            "candidates": _quotable_answers(survey),
            "kept": Testimonial.objects.filter(community=access.community).order_by("theme", "id"),
            "themes": [("", _("No theme"))]
            + [
                (k, localized(v))
                for k, v in {**content.IMPACT_DIMENSIONS, **content.LOGISTICS_TAGS}.items()
            ],
        },
    )


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise Http404 from None


def _quotable_answers(survey: Any) -> list[dict[str, Any]]:
    """Written answers of respondents who agreed to be quoted; their consent lifts the free-text
    threshold for their own answers only (everyone else's stay behind it)."""
    all_questions = list(survey.questions.all())
    questions = [q for q in all_questions if q.kind in ("short_text", "long_text")]
    consent = consent_question(all_questions)
    candidates = []
    for response in survey.responses.all():
        if not has_consented(response, consent):
            continue
        for question in questions:
            text = str(response.answers.get(str(question.pk), "")).strip()
            if text:
                candidates.append(
                    {
                        "response": response.pk,
                        "question": question,
                        "label": localized(question.text),
                        "text": text,
                    }
                )
    candidates.sort(key=lambda c: (c["question"].position, c["text"]))
    return candidates


@require_POST
def testimonial_remove(
    request: HttpRequest, org_slug: str, community_slug: str, testimonial_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    testimonial = Testimonial.objects.filter(community=access.community, pk=testimonial_id).first()
    if testimonial is None:
        raise Http404
    require(can_manage_surveys(access))
    survey_id = testimonial.response.survey_id if testimonial.response else None
    services.remove_testimonial(testimonial=testimonial, actor=person(request))
    messages.success(request, _("Testimonial removed."))
    if survey_id:
        return redirect(
            reverse(
                "evaluations_testimonials",
                kwargs={
                    "org_slug": org_slug,
                    "community_slug": community_slug,
                    "survey_id": survey_id,
                },
            )
        )
    return redirect(_community_url("evaluations_surveys", access))


def community_indicators(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.can_manage)
    start, end = default_period(timezone.localdate())
    form = PeriodForm(request.GET or None, initial={"period_start": start, "period_end": end})
    if request.GET and form.is_valid():
        start, end = form.cleaned_data["period_start"], form.cleaned_data["period_end"]
    computed = indicators.compute([access.community], start, end, detail=False)
    item = computed.communities[0]
    groups = [
        (
            localized(label),
            [
                (spec, value)
                for spec, value in indicators.figure_rows(item.values)
                if spec.group == key
            ],
        )
        for key, label in content.INDICATOR_GROUPS.items()
    ]
    return render(
        request,
        "evaluations/community_indicators.html",
        {
            "access": access,
            "community": access.community,
            "form": form,
            "item": item,
            "groups": groups,
            "start": start,
            "end": end,
            "formula": indicators.VITALITY_FORMULA,
            "suggested": [
                localized(s["label"])
                for s in content.VITALITY_SIGNALS
                if s["key"] in item.vitality_suggested
            ],
        },
        status=400 if request.GET and not form.is_valid() else 200,
    )


def certificates(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.can_view_content)
    community = access.community
    issuer = can_issue_certificate(access)
    form = None
    if issuer or access.is_coordinator:
        people = list(
            User.objects.filter(pk__in=sources.member_ids(community.pk)).order_by(
                "last_name", "first_name"
            )
        )
        start, end = default_period(timezone.localdate())
        form = CertificateForm(
            request.POST or None,
            people=[(p.pk, p.display_name) for p in people],
            initial={"period_start": start, "period_end": end},
        )
    if request.method == "POST":
        require(issuer)
        if form is not None and form.is_valid():
            data = form.cleaned_data
            member = User.objects.get(pk=data["user_id"])
            try:
                services.issue_certificate(
                    community=community,
                    user=member,
                    actor=person(request),
                    period_start=data["period_start"],
                    period_end=data["period_end"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Certificate signed."))
                return redirect(_community_url("evaluations_certificates", access))
    mine = None if access.can_manage else person(request)
    return render(
        request,
        "evaluations/certificates.html",
        {
            "access": access,
            "community": community,
            "form": form,
            "can_issue": issuer,
            "certificates": selectors.certificates_for(community, mine),
        },
        status=400 if request.method == "POST" else 200,
    )


def certificate_download(
    request: HttpRequest, org_slug: str, community_slug: str, certificate_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    certificate = (
        Certificate.objects.filter(community=access.community, pk=certificate_id)
        .select_related("user", "community__organization")
        .first()
    )
    if certificate is None:
        raise Http404
    require(can_download_certificate(access, certificate))
    pdf = certificate_pdf(certificate, current_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="attestation-{certificate.pk}.pdf"'
    return response
