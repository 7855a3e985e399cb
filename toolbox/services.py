"""Every write of the toolbox: seeding the library, publishing and proposing tools, versions of
files, moderation, adaptations, download counts and signed download links."""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q, Sum
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_scopes import scope

from accounts.models import Organization, OrganizationMembership, OrgRole, User
from cdp.mail import absolute_url
from cdp.notifications import notification_key, queue_notification
from communities.models import FACILITATION_ROLES, Community, Membership, MembershipStatus
from toolbox import content
from toolbox.emails import KIND_PROPOSAL
from toolbox.models import (
    Category,
    Contributor,
    LibraryTool,
    Licence,
    Reference,
    Tool,
    ToolDownloadDay,
    ToolFile,
    ToolLanguage,
    ToolStatus,
)
from toolbox.permissions import (
    ToolboxViewer,
    can_contribute_to,
    can_edit_tool,
    can_moderate,
    can_publish_to,
    can_view_tool,
)
from toolbox.selectors import build_viewer
from toolbox.uploads import CheckedUpload, inspect_upload

DOWNLOAD_SALT = "toolbox.download"
DOWNLOAD_LINK_MAX_AGE = 90 * 24 * 3600


@dataclass
class ToolData:
    """The descriptive fields a person fills in (or a copy inherits)."""

    title: str
    purpose: str
    category: str = Category.TEMPLATE
    how_to: str = ""
    materials: str = ""
    duration_minutes: int | None = None
    group_size_min: int | None = None
    group_size_max: int | None = None
    stages: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    tags: str = ""
    language: str = ToolLanguage.FR
    licence: str = Licence.CC_BY_SA
    url: str = ""


def _apply(tool: Tool, data: ToolData) -> None:
    tool.title = data.title.strip()
    tool.purpose = data.purpose.strip()
    tool.category = data.category
    tool.how_to = data.how_to.strip()
    tool.materials = data.materials.strip()
    tool.duration_minutes = data.duration_minutes
    tool.group_size_min = data.group_size_min
    tool.group_size_max = data.group_size_max
    tool.set_codes(stages=data.stages, formats=data.formats)
    tool.tags = data.tags.strip()
    tool.language = data.language
    tool.licence = data.licence
    tool.url = data.url.strip()
    tool.search_text = tool.build_search_text()


def viewer_for(actor: User, organization: Organization) -> ToolboxViewer:
    """The actor's reach in an organisation's toolbox; PermissionDenied if not a member."""
    with scope(organization=organization.pk):
        org_membership = OrganizationMembership.objects.filter(
            organization=organization, user=actor
        ).first()
        if org_membership is None:
            raise PermissionDenied
        memberships = (
            Membership.objects.filter(
                organization=organization, user=actor, status=MembershipStatus.ACTIVE
            )
            .select_related("community")
            .prefetch_related("roles")
        )
        return build_viewer(actor, org_membership, list(memberships))


def _contributor(viewer: ToolboxViewer, community_id: int | None) -> str:
    if community_id is not None and community_id in viewer.managed_community_ids:
        return Contributor.FACILITATOR
    if viewer.is_org_staff:
        return Contributor.STAFF
    return Contributor.MEMBER


@transaction.atomic
def seed_library() -> int:
    """Create or refresh the platform library and references from `toolbox.content` (by slug)."""
    changed = 0
    for sheet in content.SHEETS:
        tool = LibraryTool.objects.filter(slug=sheet["slug"]).first() or LibraryTool(
            slug=sheet["slug"]
        )
        tool.category = sheet["category"]
        tool.title_fr, tool.title_en = sheet["title"]["fr"], sheet["title"]["en"]
        tool.purpose_fr, tool.purpose_en = sheet["purpose"]["fr"], sheet["purpose"]["en"]
        tool.how_to_fr, tool.how_to_en = sheet["how_to"]["fr"], sheet["how_to"]["en"]
        tool.materials_fr, tool.materials_en = sheet["materials"]["fr"], sheet["materials"]["en"]
        tool.duration_minutes = sheet["duration_minutes"]
        tool.group_size_min = sheet["group_size_min"]
        tool.group_size_max = sheet["group_size_max"]
        tool.set_codes(stages=sheet["stages"], formats=sheet["formats"])
        tool.tags = ", ".join(sheet["tags"])
        tool.licence = sheet["licence"]
        tool.search_text = tool.build_search_text()
        tool.save()
        changed += 1
    for entry in content.REFERENCES:
        Reference.objects.update_or_create(
            title=entry["title"],
            defaults={
                "authors": entry["authors"],
                "year": entry["year"],
                "publisher": entry["publisher"],
                "url": entry["url"],
                "note_fr": entry["note"]["fr"],
                "note_en": entry["note"]["en"],
            },
        )
    return changed


def _community_bytes(organization: Organization, community: Community | None) -> int:
    queryset = ToolFile.objects.filter(organization=organization)
    if community is None:
        queryset = queryset.filter(tool__community__isnull=True)
    else:
        queryset = queryset.filter(tool__community=community)
    return int(queryset.aggregate(total=Sum("size"))["total"] or 0)


def _check_quota(tool: Tool, size: int) -> None:
    quota = int(settings.COMMUNITY_QUOTA_BYTES)
    used = _community_bytes(tool.organization, tool.community)
    if used + size > quota:
        raise ValidationError(
            _(
                "This file would exceed the space of the community (%(used)s used of %(quota)s). "
                "Remove older files or ask the person in charge."
            )
            % {"used": filesizeformat(used), "quota": filesizeformat(quota)},
            code="quota",
        )


def _store(
    *, actor: User | None, tool: Tool, upload: IO[bytes], checked: CheckedUpload, note: str
) -> ToolFile:
    _check_quota(tool, checked.size)
    Tool.objects.select_for_update().filter(pk=tool.pk).first()
    last = ToolFile.objects.filter(tool=tool).aggregate(v=Max("version"))["v"] or 0
    path = f"toolbox/{tool.organization_id}/{tool.pk}/{uuid.uuid4().hex}/{checked.filename}"
    upload.seek(0)
    name = default_storage.save(path, File(upload, name=checked.filename))
    try:
        with transaction.atomic():
            return ToolFile.objects.create(
                organization_id=tool.organization_id,
                tool=tool,
                version=last + 1,
                file=name,
                filename=checked.filename,
                content_type=checked.content_type,
                size=checked.size,
                sha256=checked.sha256,
                note=note[:300],
                uploaded_by=actor,
            )
    except Exception:
        default_storage.delete(name)
        raise


def _upload_name(upload: IO[bytes], name: str | None) -> str:
    return name or str(getattr(upload, "name", "") or "file")


def _moderators(tool: Tool) -> list[User]:
    if tool.community_id is None:
        return list(
            User.objects.filter(
                org_memberships__organization_id=tool.organization_id,
                org_memberships__role__in=[OrgRole.COORDINATOR, OrgRole.STAFF_FACILITATOR],
                is_active=True,
            )
        )
    return list(
        User.objects.filter(
            Q(community_memberships__roles__expires_at__isnull=True)
            | Q(community_memberships__roles__expires_at__gt=timezone.now()),
            community_memberships__community_id=tool.community_id,
            community_memberships__status=MembershipStatus.ACTIVE,
            community_memberships__roles__role__in=list(FACILITATION_ROLES),
            is_active=True,
        ).distinct()
    )


def _tell_moderators(tool: Tool) -> None:
    """Queue one email per person who can approve the proposal (idempotent by key)."""
    for person in _moderators(tool):
        queue_notification(
            organization_id=tool.organization_id,
            kind=KIND_PROPOSAL,
            key=notification_key(KIND_PROPOSAL, f"tool{tool.pk}", f"user{person.pk}"),
            email=person.email,
            due_at=timezone.now(),
            recipient_id=person.pk,
            language=person.language,
            context={"tool_id": tool.pk},
        )


@transaction.atomic
def create_tool(
    *,
    actor: User,
    organization: Organization,
    community: Community | None,
    data: ToolData,
    upload: IO[bytes] | None = None,
    upload_name: str | None = None,
) -> Tool:
    """Publish a tool (facilitators, organisation staff) or propose it (members: pending).

    The file, if any, is checked before anything is written; a refusal stores nothing.
    """
    with scope(organization=organization.pk):
        viewer = viewer_for(actor, organization)
        community_id = community.pk if community is not None else None
        if community is not None and community.organization_id != organization.pk:
            raise PermissionDenied
        if not can_contribute_to(viewer, community_id):
            raise PermissionDenied
        checked = inspect_upload(upload, _upload_name(upload, upload_name)) if upload else None
        publishes = can_publish_to(viewer, community_id)
        now = timezone.now()
        tool = Tool(
            organization=organization,
            community=community,
            created_by=actor,
            status=ToolStatus.PUBLISHED if publishes else ToolStatus.PENDING,
            published_at=now if publishes else None,
            contributed_as=_contributor(viewer, community_id),
        )
        _apply(tool, data)
        tool.full_clean(exclude=["search_text"])
        tool.save()
        if upload is not None and checked is not None:
            _store(actor=actor, tool=tool, upload=upload, checked=checked, note="")
        if not publishes:
            _tell_moderators(tool)
        return tool


@transaction.atomic
def update_tool(*, actor: User, tool: Tool, data: ToolData) -> Tool:
    """Change a tool's description (its moderators, or its author)."""
    with scope(organization=tool.organization_id):
        if not can_edit_tool(viewer_for(actor, tool.organization), tool):
            raise PermissionDenied
        _apply(tool, data)
        tool.full_clean(exclude=["search_text"])
        tool.save()
        return tool


@transaction.atomic
def add_tool_file(
    *, actor: User, tool: Tool, upload: IO[bytes], upload_name: str | None = None, note: str = ""
) -> ToolFile:
    """Add a new version of the tool's file; older versions stay downloadable."""
    with scope(organization=tool.organization_id):
        if not can_edit_tool(viewer_for(actor, tool.organization), tool):
            raise PermissionDenied
        checked = inspect_upload(upload, _upload_name(upload, upload_name))
        return _store(actor=actor, tool=tool, upload=upload, checked=checked, note=note)


@transaction.atomic
def delete_tool_file(*, actor: User, tool_file: ToolFile) -> None:
    """Remove one version of a file (moderators), from storage once the deletion is committed."""
    with scope(organization=tool_file.organization_id):
        tool = Tool.objects.get(pk=tool_file.tool_id)
        if not can_moderate(viewer_for(actor, tool.organization), tool):
            raise PermissionDenied
        name = str(tool_file.file.name)
        tool_file.delete()
        transaction.on_commit(lambda: default_storage.delete(name))


@transaction.atomic
def approve_tool(*, actor: User, tool: Tool) -> Tool:
    """Publish a member's proposal (a moderator of the tool's place)."""
    with scope(organization=tool.organization_id):
        if not can_moderate(viewer_for(actor, tool.organization), tool):
            raise PermissionDenied
        now = timezone.now()
        tool.status = ToolStatus.PUBLISHED
        tool.reviewed_by, tool.reviewed_at, tool.published_at = actor, now, now
        tool.save(
            update_fields=["status", "reviewed_by", "reviewed_at", "published_at", "updated_at"]
        )
        return tool


@transaction.atomic
def reject_tool(*, actor: User, tool: Tool) -> Tool:
    """Set a proposal aside; its author still sees it, nobody else does."""
    with scope(organization=tool.organization_id):
        if not can_moderate(viewer_for(actor, tool.organization), tool):
            raise PermissionDenied
        tool.status = ToolStatus.REJECTED
        tool.reviewed_by, tool.reviewed_at = actor, timezone.now()
        tool.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
        return tool


def _copy_data(source: Tool | LibraryTool, language: str) -> ToolData:
    with override(language):
        return ToolData(
            title=source.title,
            purpose=source.purpose,
            category=source.category,
            how_to=source.how_to,
            materials=source.materials,
            duration_minutes=source.duration_minutes,
            group_size_min=source.group_size_min,
            group_size_max=source.group_size_max,
            stages=source.stages,
            formats=source.formats,
            tags=source.tags,
            language=language if isinstance(source, LibraryTool) else source.language,
            licence=source.licence,
            url=source.url,
        )


@transaction.atomic
def adapt_tool(
    *,
    actor: User,
    community: Community | None,
    organization: Organization | None = None,
    tool: Tool | None = None,
    library_tool: LibraryTool | None = None,
) -> Tool:
    """Copy a library sheet or a tool into a community, or share a copy back with the whole
    organisation (community=None); the copy remembers its source.

    Copies follow the rules of any new tool: facilitators (or organisation staff at the
    organisation level) publish, members propose. The source's latest file becomes version 1.
    """
    organization = community.organization if community is not None else organization
    if organization is None:
        raise ValueError("adapt_tool needs a community or an organization")
    source: Tool | LibraryTool | None = tool or library_tool
    if source is None:
        raise ValueError("adapt_tool needs a tool or a library_tool")
    with scope(organization=organization.pk):
        viewer = viewer_for(actor, organization)
        if tool is not None and (
            tool.organization_id != organization.pk or not can_view_tool(viewer, tool)
        ):
            raise PermissionDenied
        language = actor.language if actor.language in (ToolLanguage.FR, ToolLanguage.EN) else "fr"
        copy = create_tool(
            actor=actor,
            organization=organization,
            community=community,
            data=_copy_data(source, language),
        )
        copy.source_tool = tool
        copy.source_library_tool = library_tool
        copy.save(update_fields=["source_tool", "source_library_tool"])
        latest = ToolFile.objects.filter(tool=tool).first() if tool is not None else None
        if latest is not None:
            with default_storage.open(str(latest.file.name), "rb") as handle:
                data = ContentFile(handle.read(), name=latest.filename)
            checked = inspect_upload(data, latest.filename)
            _store(actor=actor, tool=copy, upload=data, checked=checked, note="")
        return copy


def add_shared_tool(
    *,
    actor: User,
    community: Community,
    title: str,
    url_or_file: str | IO[bytes],
    purpose: str = "",
    category: str = Category.TEMPLATE,
    upload_name: str | None = None,
) -> Tool:
    """A tool shared during a meeting (from its recap) lands in the community's toolbox.

    `url_or_file` is a link or an uploaded file; files go through the same checks as any upload
    (ValidationError when refused). Facilitators publish, members propose.
    """
    is_link = isinstance(url_or_file, str)
    data = ToolData(
        title=title,
        purpose=purpose or _("Shared during a meeting."),
        category=category,
        url=url_or_file if isinstance(url_or_file, str) else "",
        language=actor.language if actor.language in ("fr", "en") else "fr",
    )
    return create_tool(
        actor=actor,
        organization=community.organization,
        community=community,
        data=data,
        upload=None if is_link else url_or_file,  # type: ignore[arg-type]
        upload_name=upload_name,
    )


def record_download(
    *,
    organization: Organization,
    tool: Tool | None = None,
    library_tool: LibraryTool | None = None,
    day: date | None = None,
) -> None:
    """Count one download: one F() UPDATE on the day's row (created on the first download)."""
    with scope(organization=organization.pk):
        day = day or timezone.localdate()
        if tool is not None:
            Tool.objects.filter(pk=tool.pk).update(download_count=F("download_count") + 1)
            lookup: dict[str, Any] = {"tool": tool}
        else:
            lookup = {"library_tool": library_tool}
        rows = ToolDownloadDay.objects.filter(organization=organization, day=day, **lookup)
        if rows.update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                ToolDownloadDay.objects.create(
                    organization=organization, day=day, count=1, **lookup
                )
        except IntegrityError:
            rows.update(count=F("count") + 1)


def make_download_link(
    *,
    organization: Organization,
    user: User,
    tool: Tool | None = None,
    library_tool: LibraryTool | None = None,
) -> str:
    """An absolute, signed link (for emails) that downloads the tool's latest file in one click;
    it stays tied to the person, so it stops working when they lose access."""
    payload: dict[str, Any] = {"o": organization.pk, "u": user.pk}
    if tool is not None:
        payload["t"] = tool.pk
    elif library_tool is not None:
        payload["l"] = library_tool.slug
    else:
        raise ValueError("make_download_link needs a tool or a library_tool")
    token = signing.dumps(payload, salt=DOWNLOAD_SALT, compress=True)
    path = reverse(
        "toolbox_signed_download", kwargs={"org_slug": organization.slug, "download_token": token}
    )
    return absolute_url(path)


def read_download_token(token: str) -> dict[str, Any]:
    """The payload of a download link; raises signing.BadSignature when forged or expired."""
    data: dict[str, Any] = signing.loads(token, salt=DOWNLOAD_SALT, max_age=DOWNLOAD_LINK_MAX_AGE)
    return data


__all__ = [
    "ToolData",
    "adapt_tool",
    "add_shared_tool",
    "add_tool_file",
    "approve_tool",
    "create_tool",
    "delete_tool_file",
    "make_download_link",
    "read_download_token",
    "record_download",
    "reject_tool",
    "seed_library",
    "update_tool",
]
