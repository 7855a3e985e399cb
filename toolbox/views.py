"""Toolbox pages: find the object inside the tenant (404), then check the action (403)."""

from typing import Any

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_scopes import scope

from accounts.models import OrganizationMembership, User
from cdp import fragments
from cdp.tenancy import tenant_public
from communities.models import Community, Membership, MembershipStatus
from communities.permissions import require
from communities.selectors import get_community_access
from toolbox import selectors, services, sheets
from toolbox.forms import AdaptForm, FileVersionForm, FilterForm, ToolForm
from toolbox.models import LibraryTool, Tool, ToolFile
from toolbox.permissions import (
    ToolboxViewer,
    can_adapt_somewhere,
    can_contribute_to,
    can_edit_tool,
    can_moderate,
    can_publish_to,
    can_view_tool,
)

# Small files are answered from memory (the file is closed at once); bigger ones are streamed.
IN_MEMORY_BYTES = 5 * 1024 * 1024


def _serve(tool_file: ToolFile) -> HttpResponseBase:
    response: HttpResponseBase
    if tool_file.size <= IN_MEMORY_BYTES:
        with tool_file.file.open("rb") as handle:
            response = HttpResponse(handle.read(), content_type=tool_file.content_type)
        response["Content-Disposition"] = content_disposition_header(True, tool_file.filename)
    else:
        response = FileResponse(
            tool_file.file.open("rb"),
            as_attachment=True,
            filename=tool_file.filename,
            content_type=tool_file.content_type,
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def _serve_sheet(library_tool: LibraryTool) -> HttpResponse:
    language = (get_language() or "fr")[:2]
    response = HttpResponse(
        sheets.sheet_pdf(library_tool, language), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{library_tool.slug}-{language}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _form_errors_to_messages(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


def toolbox_list(request: HttpRequest, org_slug: str) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    communities = list(selectors.readable_communities(viewer))
    form = FilterForm(request.GET or None, communities=communities)
    result = selectors.list_tools(viewer, form.to_filters(), request.GET.get("page", 1))
    organization = request.organization  # type: ignore[attr-defined]
    fragments.render_each(organization, "toolbox/_tool_card.html", result.items, "tool")
    context = {
        "form": form,
        # The filters offer the person's own communities: cached per person.
        "filters_html": fragments.unfiltered_form(
            request, "toolbox/_filters.html", form, request.user.pk
        ),
        "result": result,
        "viewer": viewer,
        "querystring": _querystring(request),
        "can_propose": can_contribute_to(viewer, None),
        "can_publish": can_publish_to(viewer, None),
    }
    template = "toolbox/list.html#results" if request.htmx else "toolbox/list.html"  # type: ignore[attr-defined]
    return render(request, template, context)


def _querystring(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _save_tool_form(
    request: HttpRequest, viewer: ToolboxViewer, community: Community | None
) -> tuple[ToolForm, Tool | None]:
    form = ToolForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return form, None
    upload = form.cleaned_data.get("file")
    try:
        tool = services.create_tool(
            actor=request.user,  # type: ignore[arg-type]
            organization=request.organization,  # type: ignore[attr-defined]
            community=community,
            data=form.to_data(),
            upload=upload,
            upload_name=upload.name if upload else None,
        )
    except ValidationError as error:
        form.add_error("file" if upload else None, error)
        return form, None
    if tool.is_published:
        messages.success(request, _("The tool is published."))
    else:
        messages.success(request, _("Thank you! A facilitator will review your proposal."))
    return form, tool


def toolbox_create(request: HttpRequest, org_slug: str) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    require(can_contribute_to(viewer, None))
    form, tool = _save_tool_form(request, viewer, None)
    if tool is not None:
        return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)
    context = {"form": form, "community": None, "publishes": can_publish_to(viewer, None)}
    return render(request, "toolbox/form.html", context, status=400 if form.errors else 200)


def toolbox_community(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.can_view_content)
    require(access.can_manage or selectors.has_signed_if_gated(access.community, request.user))
    context = {
        "community": access.community,
        "access": access,
        "page": selectors.list_community_tools(access.community, request.GET.get("page", 1)),
        "pending": selectors.list_community_pending_tools(
            access.community, user_id=int(request.user.pk or 0), moderates=access.can_manage
        ),
        "publishes": access.can_manage,
    }
    return render(request, "toolbox/community.html", context)


def toolbox_community_create(
    request: HttpRequest, org_slug: str, community_slug: str
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    viewer = selectors.get_viewer(request)
    require(can_contribute_to(viewer, access.community.pk))
    form, tool = _save_tool_form(request, viewer, access.community)
    if tool is not None:
        return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)
    context = {
        "form": form,
        "community": access.community,
        "publishes": can_publish_to(viewer, access.community.pk),
    }
    return render(request, "toolbox/form.html", context, status=400 if form.errors else 200)


def toolbox_library_detail(request: HttpRequest, org_slug: str, tool_slug: str) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_library_tool(tool_slug)
    context = {
        "tool": tool,
        "viewer": viewer,
        "adaptations": selectors.list_adaptations(viewer, library_tool=tool),
        "meetings": selectors.list_meetings_using(viewer, library_tool=tool),
        "downloads": selectors.count_org_downloads(library_tool=tool),
        "can_adapt": can_adapt_somewhere(viewer),
    }
    return render(request, "toolbox/library_detail.html", context)


def toolbox_library_download(request: HttpRequest, org_slug: str, tool_slug: str) -> HttpResponse:
    selectors.get_viewer(request)
    tool = selectors.get_library_tool(tool_slug)
    services.record_download(organization=request.organization, library_tool=tool)  # type: ignore[attr-defined]
    return _serve_sheet(tool)


def toolbox_tool_detail(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    source = tool.source_tool
    context = {
        "tool": tool,
        "viewer": viewer,
        "files": selectors.list_tool_files(tool),
        "source_visible": source is not None and can_view_tool(viewer, source),
        "adaptations": selectors.list_adaptations(viewer, tool=tool),
        "meetings": selectors.list_meetings_using(viewer, tool=tool),
        "downloads": tool.download_count,
        "can_edit": can_edit_tool(viewer, tool),
        "can_moderate": can_moderate(viewer, tool),
        "can_adapt": tool.is_published and can_adapt_somewhere(viewer),
        "version_form": FileVersionForm(),
    }
    return render(request, "toolbox/tool_detail.html", context)


def toolbox_tool_edit(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    require(can_edit_tool(viewer, tool))
    form = ToolForm(request.POST or None, initial=ToolForm.initial_from(tool), with_file=False)
    if request.method == "POST" and form.is_valid():
        services.update_tool(actor=request.user, tool=tool, data=form.to_data())  # type: ignore[arg-type]
        messages.success(request, _("Changes saved."))
        return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)
    context = {"form": form, "tool": tool, "community": tool.community, "editing": True}
    return render(request, "toolbox/form.html", context, status=400 if form.errors else 200)


@require_POST
def toolbox_file_upload(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    require(can_edit_tool(viewer, tool))
    form = FileVersionForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.add_tool_file(
                actor=request.user,  # type: ignore[arg-type]
                tool=tool,
                upload=upload,
                upload_name=upload.name,
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error("file", error)
    if form.errors:
        context = {
            "tool": tool,
            "viewer": viewer,
            "files": selectors.list_tool_files(tool),
            "adaptations": [],
            "meetings": [],
            "downloads": tool.download_count,
            "can_edit": True,
            "can_moderate": can_moderate(viewer, tool),
            "version_form": form,
        }
        return render(request, "toolbox/tool_detail.html", context, status=400)
    messages.success(request, _("The new version is online; the previous ones are kept."))
    return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)


def toolbox_tool_download(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponseBase:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    latest = ToolFile.objects.filter(tool=tool).first()
    if latest is None:
        raise Http404
    services.record_download(organization=request.organization, tool=tool)  # type: ignore[attr-defined]
    return _serve(latest)


def toolbox_file_download(
    request: HttpRequest, org_slug: str, tool_id: int, file_id: int
) -> HttpResponseBase:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    tool_file = ToolFile.objects.filter(tool=tool, pk=file_id).first()
    if tool_file is None:
        raise Http404
    services.record_download(organization=request.organization, tool=tool)  # type: ignore[attr-defined]
    return _serve(tool_file)


@require_POST
def toolbox_file_delete(
    request: HttpRequest, org_slug: str, tool_id: int, file_id: int
) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    tool_file = ToolFile.objects.filter(tool=tool, pk=file_id).first()
    if tool_file is None:
        raise Http404
    require(can_moderate(viewer, tool))
    services.delete_tool_file(actor=request.user, tool_file=tool_file)  # type: ignore[arg-type]
    messages.success(request, _("The file %(name)s was removed.") % {"name": tool_file.filename})
    return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)


@tenant_public
def toolbox_signed_download(
    request: HttpRequest, org_slug: str, download_token: str
) -> HttpResponseBase:
    """One click from an email: the signed link names the person, who must still have access."""
    try:
        payload = services.read_download_token(download_token)
    except signing.BadSignature:
        return render(request, "toolbox/link_invalid.html", status=400)
    organization = request.organization  # type: ignore[attr-defined]
    if payload.get("o") != organization.pk:
        raise Http404
    user = User.objects.filter(pk=int(payload.get("u") or 0), is_active=True).first()
    with scope(organization=organization):
        org_membership = OrganizationMembership.objects.filter(user=user).first()
        if user is None or org_membership is None:
            raise Http404
        memberships = (
            Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE)
            .select_related("community")
            .prefetch_related("roles")
        )
        viewer = selectors.build_viewer(user, org_membership, memberships)
        if "l" in payload:
            library_tool = selectors.get_library_tool(str(payload["l"]))
            services.record_download(organization=organization, library_tool=library_tool)
            return _serve_sheet(library_tool)
        tool = selectors.get_tool_for_viewer(viewer, int(payload.get("t", 0)))
        latest = ToolFile.objects.filter(tool=tool).first()
        if latest is None:
            return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)
        services.record_download(organization=organization, tool=tool)
        return _serve(latest)


@require_POST
def toolbox_tool_review(
    request: HttpRequest, org_slug: str, tool_id: int, decision: str
) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    require(can_moderate(viewer, tool))
    if decision == "approve":
        services.approve_tool(actor=request.user, tool=tool)  # type: ignore[arg-type]
        messages.success(request, _("“%(title)s” is published.") % {"title": tool.title})
    else:
        services.reject_tool(actor=request.user, tool=tool)  # type: ignore[arg-type]
        messages.success(request, _("“%(title)s” was not retained.") % {"title": tool.title})
    if request.POST.get("next_view") == "pending":
        return redirect("toolbox_pending", org_slug=org_slug)
    return redirect("toolbox_tool_detail", org_slug=org_slug, tool_id=tool.pk)


def toolbox_tool_approve(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponse:
    return toolbox_tool_review(request, org_slug, tool_id, "approve")


def toolbox_tool_reject(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponse:
    return toolbox_tool_review(request, org_slug, tool_id, "reject")


def toolbox_pending(request: HttpRequest, org_slug: str) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    return render(
        request, "toolbox/pending.html", {"pending": selectors.list_pending_tools(viewer)}
    )


def _adapt(request: HttpRequest, viewer: ToolboxViewer, source: Tool | LibraryTool) -> HttpResponse:
    communities = selectors.readable_communities(viewer)
    # A community's tool can be shared back with the whole organisation ("adapt and share back").
    share_back = isinstance(source, Tool) and source.community_id is not None
    require(bool(communities) or share_back)
    form = AdaptForm(request.POST or None, communities=communities, share_back=share_back)
    if request.method == "POST" and form.is_valid():
        copy = services.adapt_tool(
            actor=request.user,  # type: ignore[arg-type]
            community=form.cleaned_data["community"],
            organization=request.organization,  # type: ignore[attr-defined]
            tool=source if isinstance(source, Tool) else None,
            library_tool=source if isinstance(source, LibraryTool) else None,
        )
        if copy.is_published:
            messages.success(request, _("Your copy is ready: adapt it to your community."))
        else:
            messages.success(request, _("Your copy waits for a facilitator's approval."))
        return redirect("toolbox_tool_edit", org_slug=request.organization.slug, tool_id=copy.pk)  # type: ignore[attr-defined]
    context: dict[str, Any] = {"form": form, "source": source}
    return render(request, "toolbox/adapt.html", context, status=400 if form.errors else 200)


def toolbox_library_adapt(request: HttpRequest, org_slug: str, tool_slug: str) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    return _adapt(request, viewer, selectors.get_library_tool(tool_slug))


def toolbox_tool_adapt(request: HttpRequest, org_slug: str, tool_id: int) -> HttpResponse:
    viewer = selectors.get_viewer(request)
    tool = selectors.get_tool_for_viewer(viewer, tool_id)
    require(tool.is_published)
    return _adapt(request, viewer, tool)


def toolbox_references(request: HttpRequest, org_slug: str) -> HttpResponse:
    selectors.get_viewer(request)
    return render(request, "toolbox/references.html", {"references": selectors.list_references()})
