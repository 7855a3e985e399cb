"""The agenda: timed blocks, started from a template per format, edited and reordered."""

from collections.abc import Sequence
from typing import Literal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.models import User
from meetings.content import AGENDA_TEMPLATES, BLOCK_KINDS, AgendaTemplate
from meetings.models import AgendaBlock, Meeting
from toolbox.models import Tool, ToolStatus

MAX_BLOCK_MINUTES = 600


def get_template(key: str) -> AgendaTemplate:
    for template in AGENDA_TEMPLATES:
        if template["key"] == key:
            return template
    raise ValidationError(_("Unknown agenda template."))


def templates_for_format(format_key: str) -> list[AgendaTemplate]:
    """The templates of a format first, then the others."""
    own = [t for t in AGENDA_TEMPLATES if t["format"] == format_key]
    return own + [t for t in AGENDA_TEMPLATES if t["format"] != format_key]


def content_language(language: str | None = None) -> Literal["fr", "en"]:
    """Which side of the bilingual content to show: the given or the active language."""
    return "en" if (language or get_language() or "fr").startswith("en") else "fr"


def _check_minutes(minutes: int) -> None:
    if not 1 <= minutes <= MAX_BLOCK_MINUTES:
        raise ValidationError(
            _("A block lasts between 1 and %(max)s minutes.") % {"max": MAX_BLOCK_MINUTES}
        )


@transaction.atomic
def apply_template(
    *, meeting: Meeting, actor: User, template_key: str, language: str | None = None
) -> list[AgendaBlock]:
    """Replace the agenda with the template's blocks, in the viewer's language."""
    template = get_template(template_key)
    lang = content_language(language)
    meeting.blocks.all().delete()
    blocks = [
        AgendaBlock(
            organization_id=meeting.organization_id,
            meeting=meeting,
            position=index,
            kind=block["kind"],
            title=block["title"][lang],
            minutes=block["minutes"],
            notes=block["notes"][lang],
            tool_slug=block["tool_slug"],
        )
        for index, block in enumerate(template["blocks"])
    ]
    AgendaBlock.objects.bulk_create(blocks)
    meeting.agenda_template = template_key
    meeting.save(update_fields=["agenda_template", "updated_at"])
    return blocks


@transaction.atomic
def add_block(
    *,
    meeting: Meeting,
    actor: User,
    kind: str,
    minutes: int,
    title: str = "",
    notes: str = "",
    tool_slug: str = "",
    language: str | None = None,
) -> AgendaBlock:
    """Append a block; without a title it takes the kind's name."""
    if kind not in BLOCK_KINDS:
        raise ValidationError(_("Unknown block kind."))
    _check_minutes(minutes)
    last = meeting.blocks.aggregate(last=Max("position"))["last"]
    return AgendaBlock.objects.create(
        organization_id=meeting.organization_id,
        meeting=meeting,
        position=0 if last is None else last + 1,
        kind=kind,
        title=title or BLOCK_KINDS[kind][content_language(language)],
        minutes=minutes,
        notes=notes,
        tool_slug=tool_slug,
    )


@transaction.atomic
def update_block(
    *,
    block: AgendaBlock,
    actor: User,
    minutes: int,
    title: str | None = None,
    notes: str | None = None,
    tool_slug: str | None = None,
    tool_id: int | Literal[False] | None = False,
) -> AgendaBlock:
    """Change a block; `tool_id=None` unlinks its tool, `False` leaves the link as it is."""
    _check_minutes(minutes)
    fields = ["minutes", "title", "notes", "tool_slug"]
    if tool_id is not False:
        block.tool = _usable_tool(block.meeting, tool_id) if tool_id else None
        fields.append("tool")
    block.minutes = minutes
    if title:
        block.title = title
    if notes is not None:
        block.notes = notes
    if tool_slug is not None:
        block.tool_slug = tool_slug
    # Only the edited fields: a stale `position` must not undo a concurrent reorder.
    block.save(update_fields=fields)
    return block


def _usable_tool(meeting: Meeting, tool_id: int) -> Tool:
    """A published tool of the meeting's organisation, shared with all or with this community."""
    tool = (
        Tool.objects.filter(pk=tool_id, status=ToolStatus.PUBLISHED)
        .filter(Q(community__isnull=True) | Q(community_id=meeting.community_id))
        .first()
    )
    if tool is None:
        raise ValidationError(_("This tool is not available to the community."))
    return tool


def usable_tools(meeting: Meeting) -> list[tuple[int, str]]:
    """(id, title) of the tools a block of this meeting may link."""
    return list(
        Tool.objects.filter(status=ToolStatus.PUBLISHED)
        .filter(Q(community__isnull=True) | Q(community_id=meeting.community_id))
        .order_by("title")
        .values_list("id", "title")[:300]
    )


def _renumber(meeting: Meeting, ordered: Sequence[AgendaBlock]) -> None:
    for index, block in enumerate(ordered):
        block.position = index
    AgendaBlock.objects.bulk_update(list(ordered), ["position"])


@transaction.atomic
def move_block(*, block: AgendaBlock, actor: User, direction: str) -> None:
    """Move a block one step up or down."""
    blocks = list(block.meeting.blocks.select_for_update())
    index = next(i for i, other in enumerate(blocks) if other.pk == block.pk)
    target = index - 1 if direction == "up" else index + 1
    if 0 <= target < len(blocks):
        blocks[index], blocks[target] = blocks[target], blocks[index]
        _renumber(block.meeting, blocks)


@transaction.atomic
def reorder_blocks(*, meeting: Meeting, actor: User, block_ids: Sequence[int]) -> None:
    """Put the blocks in the given order (drag and drop); the list must name every block once."""
    blocks = {block.pk: block for block in meeting.blocks.select_for_update()}
    if sorted(block_ids) != sorted(blocks):
        raise ValidationError(_("The new order must list every block of the agenda once."))
    _renumber(meeting, [blocks[pk] for pk in block_ids])


@transaction.atomic
def delete_block(*, block: AgendaBlock, actor: User) -> None:
    meeting = block.meeting
    block.delete()
    _renumber(meeting, list(meeting.blocks.all()))


def agenda_total(blocks: Sequence[AgendaBlock]) -> int:
    return sum(block.minutes for block in blocks)
