"""Community home, directory, coordinator overview, themes, objectives and lifecycle pages."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import can_manage_organization
from cdp import fragments
from communities import guidance, selectors, services
from communities.forms import (
    DecisionForm,
    DirectoryForm,
    JoinForm,
    LeaveForm,
    ObjectiveForm,
    ObjectiveReviewForm,
    PlanThemeForm,
    StageForm,
    ThemeForm,
)
from communities.models import Objective, Stage, Theme, ThemeStatus
from communities.permissions import can_create_community, require
from communities.views.common import current_user

PAGE_SIZE = 24


def community_home(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_access(request, community_slug)
    return render(
        request,
        "communities/home.html",
        {
            "access": access,
            "community": access.community,
            "join_form": JoinForm(),
            "leave_form": LeaveForm(),
            "stage": guidance.stage_info(access.community.stage),
        },
    )


def get_access(request: HttpRequest, community_slug: str) -> selectors.CommunityAccess:
    return selectors.get_community_access(request, community_slug)


def communities_directory(request: HttpRequest, org_slug: str) -> HttpResponse:
    membership = request.org_membership  # type: ignore[attr-defined]
    form = DirectoryForm(request.GET or None)
    communities = selectors.list_directory(
        user=current_user(request),
        is_coordinator=can_manage_organization(membership),
        filters=selectors.directory_filters(request.GET),
        query=request.GET.get("q", "").strip()[:100],
    )
    page = Paginator(communities, PAGE_SIZE).get_page(request.GET.get("page"))
    fragments.render_each(request.organization, "communities/_card.html", page, "community")  # type: ignore[attr-defined]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "communities/directory.html",
        {
            "form": form,
            "filters_html": fragments.unfiltered_form(request, "communities/_filters.html", form),
            "page": page,
            "query": query.urlencode(),
            "can_create": can_create_community(membership),
        },
    )


def communities_overview(request: HttpRequest, org_slug: str) -> HttpResponse:
    require(can_manage_organization(request.org_membership))  # type: ignore[attr-defined]
    page = Paginator(selectors.list_overview(), 100).get_page(request.GET.get("page"))
    fragments.render_each(
        request.organization,  # type: ignore[attr-defined]
        "communities/_overview_row.html",
        page,
        "community",
    )
    return render(request, "communities/overview.html", {"page": page})


def communities_themes(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    """Backlog, calendar and history of themes; members propose, facilitators plan."""
    access = get_access(request, community_slug)
    require(access.can_view_content)
    form = ThemeForm(request.POST or None)
    if request.method == "POST":
        require(access.is_member or access.can_manage)
        if form.is_valid():
            theme = services.propose_theme(
                actor=current_user(request), community=access.community, **form.cleaned_data
            )
            if theme.duplicate_of_id:
                messages.warning(
                    request,
                    _("Added, but it looks like « %(title)s », already in the list.")
                    % {"title": theme.duplicate_of.title},  # type: ignore[union-attr]
                )
            else:
                messages.success(request, _("Theme proposed."))
            return redirect("communities_themes", org_slug=org_slug, community_slug=community_slug)
    themes = selectors.list_themes(access.community)
    return render(
        request,
        "communities/themes.html",
        {
            "access": access,
            "community": access.community,
            "form": form,
            "plan_form": PlanThemeForm(),
            "backlog": [t for t in themes if t.status == ThemeStatus.PROPOSED],
            "calendar": [t for t in themes if t.status == ThemeStatus.PLANNED],
            "history": sorted(
                (t for t in themes if t.status == ThemeStatus.COVERED),
                key=lambda t: (t.covered_on is None, t.covered_on),
                reverse=True,
            ),
            "set_aside": [t for t in themes if t.status == ThemeStatus.DROPPED],
        },
        status=400 if form.errors else 200,
    )


@require_POST
def communities_theme_action(
    request: HttpRequest, org_slug: str, community_slug: str, theme_id: int, action: str
) -> HttpResponse:
    access = get_access(request, community_slug)
    theme = get_object_or_404(Theme, pk=theme_id, community=access.community)
    require(access.can_manage)
    actor = current_user(request)
    if action == "plan":
        form = PlanThemeForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Give a valid date to plan this theme."))
        else:
            services.plan_theme(actor=actor, theme=theme, **form.cleaned_data)
    elif action == "covered":
        services.mark_theme_covered(actor=actor, theme=theme)
    elif action == "aside":
        services.set_theme_aside(actor=actor, theme=theme)
    else:
        raise Http404
    return redirect("communities_themes", org_slug=org_slug, community_slug=community_slug)


def communities_objectives(
    request: HttpRequest, org_slug: str, community_slug: str
) -> HttpResponse:
    access = get_access(request, community_slug)
    require(access.can_view_content)
    form = ObjectiveForm(request.POST or None)
    if request.method == "POST":
        require(access.can_manage)
        if form.is_valid():
            services.add_objective(
                actor=current_user(request), community=access.community, **form.cleaned_data
            )
            messages.success(request, _("Objective added."))
            return redirect(
                "communities_objectives", org_slug=org_slug, community_slug=community_slug
            )
    return render(
        request,
        "communities/objectives.html",
        {
            "access": access,
            "community": access.community,
            "form": form,
            "review_form": ObjectiveReviewForm(),
            "objectives": selectors.list_objectives(access.community),
        },
        status=400 if form.errors else 200,
    )


@require_POST
def communities_objective_review(
    request: HttpRequest, org_slug: str, community_slug: str, objective_id: int
) -> HttpResponse:
    access = get_access(request, community_slug)
    objective = get_object_or_404(Objective, pk=objective_id, community=access.community)
    require(access.can_manage)
    form = ObjectiveReviewForm(request.POST)
    if form.is_valid():
        services.review_objective(
            actor=current_user(request), objective=objective, **form.cleaned_data
        )
        messages.success(request, _("Review recorded."))
    else:
        messages.error(request, _("Choose a status for the review."))
    return redirect("communities_objectives", org_slug=org_slug, community_slug=community_slug)


def communities_lifecycle(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_access(request, community_slug)
    require(access.can_view_content)
    community = access.community
    return render(
        request,
        "communities/lifecycle.html",
        {
            "access": access,
            "community": community,
            "stage": guidance.stage_info(community.stage),
            "stages": [{"key": key, **guidance.stage_info(key)} for key in Stage.values],
            "history": selectors.list_stage_changes(community),
            "setup": guidance.checklist("setup", community.setup_done),
            "closing": guidance.checklist("closing", community.closing_done),
            "first_questions": guidance.first_meeting_questions(),
            "stage_form": StageForm(initial={"stage": community.stage}),
            "decision_form": DecisionForm(
                initial={"decision": community.decision}, auto_id="decision_%s"
            ),
            "is_transformation": community.stage == Stage.TRANSFORMATION,
        },
    )


@require_POST
def communities_stage(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_access(request, community_slug)
    require(access.can_manage)
    form = StageForm(request.POST)
    if form.is_valid():
        services.change_stage(
            actor=current_user(request), community=access.community, **form.cleaned_data
        )
        messages.success(request, _("Stage updated."))
    else:
        messages.error(request, _("Choose a stage."))
    return redirect("communities_lifecycle", org_slug=org_slug, community_slug=community_slug)


@require_POST
def communities_checklist(
    request: HttpRequest, org_slug: str, community_slug: str, checklist: str
) -> HttpResponse:
    access = get_access(request, community_slug)
    require(access.can_manage)
    try:
        services.set_checklist_item(
            actor=current_user(request),
            community=access.community,
            checklist=checklist,
            key=request.POST.get("key", ""),
            done=request.POST.get("done") == "1",
        )
    except ValueError:
        return HttpResponseBadRequest(_("Unknown checklist item."))
    if request.htmx:  # type: ignore[attr-defined]
        access = get_access(request, community_slug)
        return render(
            request,
            "communities/lifecycle.html#checklist",
            {
                "access": access,
                "community": access.community,
                "kind": checklist,
                "items": guidance.checklist(
                    checklist,
                    access.community.setup_done
                    if checklist == "setup"
                    else access.community.closing_done,
                ),
            },
        )
    return redirect("communities_lifecycle", org_slug=org_slug, community_slug=community_slug)


@require_POST
def communities_decision(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_access(request, community_slug)
    require(access.can_manage)
    form = DecisionForm(request.POST)
    if not form.is_valid() or access.community.stage != Stage.TRANSFORMATION:
        messages.error(request, _("The decision is recorded at the Transformation stage."))
        return redirect("communities_lifecycle", org_slug=org_slug, community_slug=community_slug)
    community = services.record_decision(
        actor=current_user(request), community=access.community, **form.cleaned_data
    )
    messages.success(request, _("Decision recorded."))
    if community.decision == "new_cycle":
        return redirect("communities_clone", org_slug=org_slug, community_slug=community_slug)
    return redirect("communities_lifecycle", org_slug=org_slug, community_slug=community_slug)
