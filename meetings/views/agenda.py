"""The agenda editor: every action is a plain form POST (works without JavaScript); with htmx the
agenda fragment is swapped in place."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities.permissions import CommunityAccess, require
from communities.selectors import get_community_access
from meetings import selectors, services
from meetings.forms import BlockEditForm, BlockForm, TemplateForm
from meetings.models import AgendaBlock, Meeting
from meetings.permissions import can_manage_meetings
from meetings.views.common import current_user, meeting_redirect


def _agenda_context(
    access: CommunityAccess, meeting: Meeting, **extra: object
) -> dict[str, object]:
    blocks = list(meeting.blocks.select_related("tool").order_by("position", "id"))
    total = services.agenda_total(blocks)
    context: dict[str, object] = {
        "access": access,
        "community": access.community,
        "meeting": meeting,
        "blocks": blocks,
        "total": total,
        "difference": total - meeting.duration_minutes,
        "block_form": BlockForm(),
        "template_form": TemplateForm(community_format=access.community.format),
        "topics": selectors.topics_for(meeting),
        "tools": services.usable_tools(meeting),
    }
    context.update(extra)
    return context


def _respond(
    request: HttpRequest,
    access: CommunityAccess,
    meeting: Meeting,
    status: int = 200,
    **extra: object,
) -> HttpResponse:
    if request.htmx:  # type: ignore[attr-defined]
        return render(
            request,
            "meetings/agenda.html#agenda",
            _agenda_context(access, meeting, **extra),
            status=status,
        )
    if status != 200:
        return render(
            request,
            "meetings/agenda.html",
            _agenda_context(access, meeting, **extra),
            status=status,
        )
    return meeting_redirect(request, "meetings_agenda", meeting, anchor="agenda")


def _load(
    request: HttpRequest, community_slug: str, meeting_id: int
) -> tuple[CommunityAccess, Meeting]:
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(can_manage_meetings(access))
    return access, meeting


def _block(meeting: Meeting, block_id: int) -> AgendaBlock:
    from django.http import Http404

    block = AgendaBlock.objects.filter(meeting=meeting, pk=block_id).first()
    if block is None:
        raise Http404
    block.meeting = meeting
    return block


def agenda(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    """GET: the editor. POST: add a block, or start again from a template."""
    access, meeting = _load(request, community_slug, meeting_id)
    if request.method == "POST":
        if "template" in request.POST:
            template_form = TemplateForm(request.POST, community_format=access.community.format)
            if not template_form.is_valid():
                return _respond(request, access, meeting, 400, template_form=template_form)
            services.apply_template(
                meeting=meeting,
                actor=current_user(request),
                template_key=template_form.cleaned_data["template"],
            )
            return _respond(request, access, meeting)
        form = BlockForm(request.POST)
        if not form.is_valid():
            return _respond(request, access, meeting, 400, block_form=form)
        services.add_block(
            meeting=meeting,
            actor=current_user(request),
            kind=form.cleaned_data["kind"],
            minutes=form.cleaned_data["minutes"],
            title=form.cleaned_data["title"],
        )
        return _respond(request, access, meeting)
    return render(request, "meetings/agenda.html", _agenda_context(access, meeting))


@require_POST
def block_update(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int, block_id: int
) -> HttpResponse:
    access, meeting = _load(request, community_slug, meeting_id)
    block = _block(meeting, block_id)
    form = BlockEditForm(request.POST)
    if not form.is_valid():
        return _respond(
            request,
            access,
            meeting,
            400,
            edit_errors={block.pk: [m for msgs in form.errors.values() for m in msgs]},
        )
    try:
        services.update_block(
            block=block,
            actor=current_user(request),
            minutes=form.cleaned_data["minutes"],
            title=form.cleaned_data["title"] or None,
            notes=form.cleaned_data["notes"] if "notes" in request.POST else None,
            tool_slug=form.cleaned_data["tool_slug"] if "tool_slug" in request.POST else None,
            tool_id=form.cleaned_data["tool"] if "tool" in request.POST else False,
        )
    except ValidationError as exc:
        return _respond(request, access, meeting, 400, edit_errors={block.pk: exc.messages})
    return _respond(request, access, meeting)


@require_POST
def block_move(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int, block_id: int
) -> HttpResponse:
    access, meeting = _load(request, community_slug, meeting_id)
    block = _block(meeting, block_id)
    direction = request.POST.get("direction", "")
    if direction not in {"up", "down"}:
        messages.error(request, _("Choose to move the block up or down."))
        return _respond(request, access, meeting, 400)
    services.move_block(block=block, actor=current_user(request), direction=direction)
    return _respond(request, access, meeting)


@require_POST
def block_delete(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int, block_id: int
) -> HttpResponse:
    access, meeting = _load(request, community_slug, meeting_id)
    block = _block(meeting, block_id)
    services.delete_block(block=block, actor=current_user(request))
    return _respond(request, access, meeting)


@require_POST
def agenda_reorder(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    """Drag and drop sends the full new order as `block` values."""
    access, meeting = _load(request, community_slug, meeting_id)
    try:
        ids = [int(value) for value in request.POST.getlist("block")]
        services.reorder_blocks(meeting=meeting, actor=current_user(request), block_ids=ids)
    except (ValueError, ValidationError):
        return _respond(request, access, meeting, 400)
    return _respond(request, access, meeting)
