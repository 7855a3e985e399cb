"""Survey pages: list, builder, answering on a phone, results, CSV, relaunch, QR code."""

import csv
from typing import Any

import segno
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdp.mail import absolute_url
from communities.permissions import require
from communities.selectors import get_community_access
from evaluations import charts, selectors, services, sources
from evaluations.forms import AnswerForm, NewSurveyForm, QuestionForm, SurveySettingsForm
from evaluations.models import Draft, Participation, QuestionKind
from evaluations.permissions import can_manage_surveys
from evaluations.results import FILTERABLE_KINDS
from evaluations.text import current_language, localized
from evaluations.views import person

SESSION_DRAFTS = "evaluations_drafts"


def _survey_url(name: str, survey: Any, **extra: Any) -> str:
    return reverse(
        name,
        kwargs={
            "org_slug": survey.organization.slug,
            "community_slug": survey.community.slug,
            "survey_id": survey.pk,
            **extra,
        },
    )


def survey_list(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.can_view_content)
    community = access.community
    context: dict[str, Any] = {"access": access, "community": community}
    if can_manage_surveys(access):
        context["managed"] = selectors.surveys_for_manager(community)
    context["mine"] = selectors.surveys_for_member(community, person(request), timezone.now())
    return render(request, "evaluations/survey_list.html", context)


def survey_create(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    community = access.community
    meetings = sources.community_meeting_choices(community.pk)
    form = NewSurveyForm(
        request.POST or None,
        meetings=meetings,
        initial={"opens_at": timezone.localtime().replace(second=0, microsecond=0)},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            survey = services.create_survey(
                community=community,
                actor=person(request),
                template_key=data["template_key"],
                title=data["title"],
                intro=data["intro"],
                is_anonymous=data["is_anonymous"]
                if "is_anonymous" in request.POST
                else (None if data["template_key"] else False),
                audience=data["audience"],
                meeting_id=data["meeting_id"],
                opens_at=data["opens_at"],
                closes_at=data["closes_at"],
                language=current_language(),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Survey created. Review its questions."))
            return redirect(_survey_url("evaluations_survey_edit", survey))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "evaluations/survey_create.html",
        {"access": access, "community": community, "form": form},
        status=status,
    )


def survey_edit(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    meetings = sources.community_meeting_choices(access.community.pk)
    form = SurveySettingsForm(request.POST or None, instance=survey, meetings=meetings)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_survey(
                survey=survey,
                actor=person(request),
                **{name: form.cleaned_data[name] for name in SurveySettingsForm.Meta.fields},
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Survey saved."))
            return redirect(_survey_url("evaluations_survey_edit", survey))
    questions = list(survey.questions.all())
    context = {
        "access": access,
        "community": access.community,
        "survey": survey,
        "form": form,
        "questions": [(q, localized(q.text)) for q in questions],
        "new_question": QuestionForm(initial={"kind": QuestionKind.LIKERT4}),
        "locked": Participation.objects.filter(survey=survey).exists(),
    }
    return render(
        request,
        "evaluations/survey_edit.html",
        context,
        status=400 if request.method == "POST" else 200,
    )


def question_edit(
    request: HttpRequest,
    org_slug: str,
    community_slug: str,
    survey_id: int,
    question_id: int | None = None,
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    question = selectors.get_question(survey, question_id) if question_id else None
    initial = QuestionForm.initial_for(question) if question else None
    form = QuestionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.save_question(
                survey=survey,
                actor=person(request),
                question=question,
                kind=data["kind"],
                text=data["text"],
                choices=data["choice_list"],
                required=data["required"],
                theme=data["theme"] or "",
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Question saved."))
            return redirect(_survey_url("evaluations_survey_edit", survey))
    return render(
        request,
        "evaluations/question_edit.html",
        {
            "access": access,
            "community": access.community,
            "survey": survey,
            "question": question,
            "form": form,
        },
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def question_delete(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int, question_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    question = selectors.get_question(survey, question_id)
    try:
        services.delete_question(question=question, actor=person(request))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect(_survey_url("evaluations_survey_edit", survey))


@require_POST
def question_move(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int, question_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    question = selectors.get_question(survey, question_id)
    services.move_question(
        question=question,
        actor=person(request),
        offset=-1 if request.POST.get("direction") == "up" else 1,
    )
    return redirect(_survey_url("evaluations_survey_edit", survey) + f"#q{question.pk}")


def _draft(request: HttpRequest, survey: Any) -> dict[str, Any]:
    if survey.is_anonymous:
        return dict(request.session.get(SESSION_DRAFTS, {}).get(str(survey.pk), {}))
    draft = Draft.objects.filter(survey=survey, user=person(request)).first()
    return dict(draft.answers) if draft else {}


def _keep_draft(request: HttpRequest, survey: Any, values: dict[str, Any]) -> None:
    if survey.is_anonymous:
        drafts = dict(request.session.get(SESSION_DRAFTS, {}))
        drafts[str(survey.pk)] = values
        request.session[SESSION_DRAFTS] = drafts
    else:
        services.save_draft(survey=survey, user=person(request), answers=values)


def _forget_draft(request: HttpRequest, survey: Any) -> None:
    drafts = dict(request.session.get(SESSION_DRAFTS, {}))
    if drafts.pop(str(survey.pk), None) is not None:
        request.session[SESSION_DRAFTS] = drafts


def survey_answer(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.is_member)
    survey = selectors.get_survey(access.community, survey_id)
    require(services.can_answer(survey, person(request)))
    now = timezone.now()
    context: dict[str, Any] = {"access": access, "community": access.community, "survey": survey}
    if Participation.objects.filter(survey=survey, user=person(request)).exists():
        return render(request, "evaluations/survey_answer.html", {**context, "state": "done"})
    if not survey.is_open_at(now):
        state = "closed" if survey.has_closed_at(now) else "not_open"
        return render(request, "evaluations/survey_answer.html", {**context, "state": state})
    questions = list(survey.questions.all())
    objectives = (
        sources.objectives([survey.community_id])
        if any(q.kind == QuestionKind.OBJECTIVE for q in questions)
        else []
    )
    language = current_language()
    status = 200
    if request.method == "POST":
        is_draft = request.POST.get("action") == "draft"
        form = AnswerForm(
            request.POST,
            questions=questions,
            objectives=objectives,
            language=language,
            require=not is_draft,
        )
        if is_draft:
            _keep_draft(request, survey, form.draft_values())
            messages.success(request, _("Draft saved. You can come back to finish it."))
            return redirect(_survey_url("evaluations_survey_answer", survey))
        if form.is_valid():
            try:
                services.submit_response(
                    survey=survey, user=person(request), answers=form.answers(), now=now
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                _forget_draft(request, survey)
                return redirect(_survey_url("evaluations_survey_answer", survey))
        status = 400
    else:
        form = AnswerForm(
            initial=_draft(request, survey),
            questions=questions,
            objectives=objectives,
            language=language,
        )
    return render(
        request,
        "evaluations/survey_answer.html",
        {**context, "state": "open", "form": form},
        status=status,
    )


def _results_body(survey: Any, filters: dict[int, str], labels: dict[str, str]) -> SafeString:
    """The figures, charts and filters of the results page, as markup: computed (one chart per
    question, the costly part) once per state of the answers, then read from the cache (the
    template's output, a SafeString, keeps its type through the cache's pickling)."""
    language = current_language()
    key = selectors.results_cache_key(survey, filters, labels, language)
    body = cache.get(key)
    if isinstance(body, SafeString):
        return body
    outcome = selectors.survey_results(survey, filters, invited=0, labels=labels)
    rows = []
    for q in outcome.questions:
        chart = ""
        if q.bars and not q.hidden:
            chart = charts.horizontal_bars([b.label for b in q.bars], [b.count for b in q.bars])
        rows.append({"result": q, "chart": chart})
    filter_fields = [
        {
            "name": f"f{r.question.pk}",
            "label": r.label,
            "choices": [(str(i), localized(t)) for i, t in enumerate(r.question.scale())],
            "value": str(filters.get(r.question.pk, "")),
        }
        for r in outcome.questions
        if r.question.kind in FILTERABLE_KINDS
    ]
    body = render_to_string(
        "evaluations/_results_body.html",
        {"survey": survey, "outcome": outcome, "rows": rows, "filter_fields": filter_fields},
    )
    cache.set(key, body, selectors.RESULTS_CACHE_SECONDS)
    return body


def survey_results(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey_for_results(access.community, survey_id)
    invited = len(services.audience_ids(survey))
    labels = selectors.objective_labels(survey)
    body = _results_body(survey, selectors.parse_filters(request.GET), labels)
    context = {
        "access": access,
        "community": access.community,
        "survey": survey,
        "max_relaunches": services.MAX_RELAUNCHES,
        "invited": invited,
        "response_rate": (
            round(100 * survey.response_count / invited, 1) if invited else None  # type: ignore[attr-defined]
        ),
        "query": request.GET.urlencode(),
        "body": body,
    }
    return render(request, "evaluations/survey_results.html", context)


def survey_csv(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    outcome = selectors.survey_results(survey, selectors.parse_filters(request.GET))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="survey-{survey.pk}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Question"), _("Answer"), _("Count"), _("Percent"), _("Mean"), _("Median")])
    writer.writerow([_("People asked"), "", outcome.invited, "", "", ""])
    writer.writerow(
        [_("Respondents"), "", outcome.respondents, outcome.response_rate or "", "", ""]
    )
    if outcome.filter_refused:
        writer.writerow(
            [
                _("Filter refused: the group would be too small to stay anonymous."),
                "",
                "",
                "",
                "",
                "",
            ]
        )
    for q in outcome.questions:
        if q.hidden:
            writer.writerow(
                [q.label, _("Hidden: too few answers to stay anonymous."), "", "", "", ""]
            )
            continue
        for bar in q.bars:
            writer.writerow([q.label, bar.label, bar.count, bar.percent, "", ""])
        if q.mean is not None:
            writer.writerow([q.label, "", q.answered, "", q.mean, q.median])
        for name, bars in q.objectives:
            for bar in bars:
                writer.writerow([f"{q.label} — {name}", bar.label, bar.count, bar.percent, "", ""])
        for text in q.texts:
            writer.writerow([q.label, text, "", "", "", ""])
    return response


@require_POST
def survey_relaunch(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    try:
        count = services.relaunch_survey(survey=survey, actor=person(request))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("Reminder queued for %(count)s people who have not answered.") % {"count": count},
        )
    return redirect(_survey_url("evaluations_survey_results", survey))


def survey_present(
    request: HttpRequest, org_slug: str, community_slug: str, survey_id: int
) -> HttpResponse:
    """The end-of-meeting screen: a big link and a QR code to answer in the last five minutes."""
    access = get_community_access(request, community_slug)
    require(can_manage_surveys(access))
    survey = selectors.get_survey(access.community, survey_id)
    url = absolute_url(_survey_url("evaluations_survey_answer", survey))
    qr = segno.make(url, error="m").svg_data_uri(scale=8, dark="#000", light="#fff")
    return render(
        request,
        "evaluations/survey_present.html",
        {"access": access, "community": access.community, "survey": survey, "url": url, "qr": qr},
    )
