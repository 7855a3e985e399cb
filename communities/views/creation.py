"""The guided creation: a draft saved at each step, htmx-enhanced, plain multi-step POST without JS."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

from communities import guidance, services
from communities.forms import STEPS, BasicsForm, CloneForm, StepForm, step_fields
from communities.models import Community
from communities.permissions import can_create_community, require
from communities.selectors import get_community_access
from communities.views.common import current_user, user_language


def _steps(community: Community | None, current: int) -> list[dict[str, object]]:
    return [
        {
            "number": number,
            "title": form.title,
            "current": number == current,
            "url": reverse(
                "communities_setup",
                kwargs={
                    "org_slug": community.organization.slug,
                    "community_slug": community.slug,
                    "step": number,
                },
            )
            if community
            else None,
        }
        for number, form in enumerate(STEPS, start=1)
    ]


def _render_step(
    request: HttpRequest, form: StepForm, step: int, community: Community | None, status: int = 200
) -> HttpResponse:
    template = "communities/setup.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#wizard"
    steps = _steps(community, step)
    context = {
        "action": steps[step - 1]["url"] or request.path,
        "form": form,
        "step": step,
        "steps": steps,
        "last_step": step == len(STEPS),
        "community": community,
        # Advice where the facilitator decides on places; it never blocks the form.
        "size_messages": guidance.size_messages(community, getattr(community, "active_count", 0))
        if community is not None and step == 2
        else [],
    }
    return render(request, template, context, status=status)


def _after_step(request: HttpRequest, community: Community, step: int) -> HttpResponse:
    if step >= len(STEPS) or "finish" in request.POST:
        if community.is_draft:
            services.publish_community(actor=current_user(request), community=community)
        messages.success(
            request, _("The community « %(name)s » is saved.") % {"name": community.name}
        )
        url = reverse(
            "community_home",
            kwargs={"org_slug": community.organization.slug, "community_slug": community.slug},
        )
        return HttpResponseClientRedirect(url) if request.htmx else redirect(url)  # type: ignore[attr-defined]
    url = reverse(
        "communities_setup",
        kwargs={
            "org_slug": community.organization.slug,
            "community_slug": community.slug,
            "step": step + 1,
        },
    )
    if not request.htmx:  # type: ignore[attr-defined]
        return redirect(url)
    form = STEPS[step](instance=community)
    response = _render_step(request, form, step + 1, community)
    response["HX-Push-Url"] = url
    return response


def communities_create(request: HttpRequest, org_slug: str) -> HttpResponse:
    require(can_create_community(request.org_membership))  # type: ignore[attr-defined]
    form = BasicsForm(request.POST or None, creating=True)
    if request.method == "POST" and form.is_valid():
        data = step_fields(form)
        community = services.create_draft(
            actor=current_user(request),
            organization=request.organization,  # type: ignore[attr-defined]
            name=data.pop("name"),
            preset=form.cleaned_data["preset"],
            language=user_language(request),
            fields=data,
        )
        return _after_step(request, community, 1)
    return _render_step(request, form, 1, None, status=400 if form.errors else 200)


def communities_setup(
    request: HttpRequest, org_slug: str, community_slug: str, step: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.can_manage)
    if not 1 <= step <= len(STEPS):
        raise Http404
    form = STEPS[step - 1](request.POST or None, instance=access.community)
    if request.method == "POST" and form.is_valid():
        community = services.update_community(
            actor=current_user(request), community=access.community, fields=step_fields(form)
        )
        return _after_step(request, community, step)
    return _render_step(request, form, step, access.community, status=400 if form.errors else 200)


def communities_clone(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    """« Reprise »: a new cycle with the same settings, objectives and themes."""
    access = get_community_access(request, community_slug)
    require(access.can_manage)
    community = access.community
    form = CloneForm(
        request.POST or None,
        initial={
            "name": _("%(name)s (cycle %(cycle)s)")
            % {"name": community.name, "cycle": community.cycle + 1}
        },
    )
    if request.method == "POST" and form.is_valid():
        clone = services.clone_community(
            actor=current_user(request), community=community, **form.cleaned_data
        )
        messages.success(request, _("New cycle created as a draft: review each step."))
        return redirect("communities_setup", org_slug=org_slug, community_slug=clone.slug, step=1)
    return render(
        request,
        "communities/clone.html",
        {"form": form, "community": community, "access": access},
        status=400 if form.errors else 200,
    )
