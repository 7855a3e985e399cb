"""Reads of the toolbox: one merged, paginated list over the library and the tenant's tools, the
tool pages with their files, adaptations and meetings, and the figures the evaluations need."""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db import connection, models
from django.db.models import Count, F, FloatField, IntegerField, Q, QuerySet, Sum, Value
from django.http import Http404, HttpRequest
from django.utils.translation import get_language
from django_scopes import scope

from accounts.models import Organization, OrganizationMembership, User
from cdp import fragments
from communities.models import (
    FACILITATION_ROLES,
    Community,
    Membership,
    MembershipRole,
    MembershipStatus,
)
from communities.permissions import active_roles
from toolbox.models import (
    Contributor,
    LibraryTool,
    Reference,
    Tool,
    ToolDownloadDay,
    ToolFile,
    ToolLanguage,
    ToolStatus,
)
from toolbox.permissions import ToolboxViewer, can_view_tool
from toolbox.text import fold_text, search_terms

PAGE_SIZE = 20
DURATION_BUCKETS: dict[str, tuple[int, int | None]] = {
    "short": (0, 20),
    "medium": (21, 60),
    "long": (61, None),
}
LEVEL_ORDER = {"community": 0, "organization": 1, "library": 2}


@dataclass(frozen=True)
class ToolFilters:
    """What the list page can filter on; empty values mean no filter."""

    q: str = ""
    category: str = ""
    stage: str = ""
    format: str = ""
    duration: str = ""
    group_size: int | None = None
    language: str = ""
    licence: str = ""
    level: str = ""
    community_id: int | None = None


@dataclass
class ToolPage:
    page: Page  # type: ignore[type-arg]
    items: list[LibraryTool | Tool] = field(default_factory=list)


def _gate() -> Any:
    """`charters.gate.has_access(community, user)` when the charters app provides it."""
    try:
        from charters import gate  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(gate, "has_access", None)


def _gated_community_ids(user: User, memberships: list[Membership]) -> set[int]:
    """Communities whose charter gate hides tools from this member (only communities that have a
    gated charter are asked, so the common case costs one query whatever the memberships)."""
    has_access = _gate()
    if has_access is None or not memberships:
        return set()
    try:
        from charters.models import Charter
    except ImportError:
        candidates = memberships
    else:
        with_gate = set(
            Charter.objects.filter(
                community_id__in=[m.community_id for m in memberships], requires_signature=True
            ).values_list("community_id", flat=True)
        )
        candidates = [m for m in memberships if m.community_id in with_gate]
    return {m.community_id for m in candidates if not has_access(m.community, user)}


def get_viewer(request: HttpRequest) -> ToolboxViewer:
    """The current person's reach in the organisation of the URL (two queries, any data size)."""
    org_membership: OrganizationMembership | None = getattr(request, "org_membership", None)
    if org_membership is None:
        raise Http404
    memberships = list(
        Membership.objects.filter(user_id=int(request.user.pk or 0), status=MembershipStatus.ACTIVE)
        .select_related("community")
        .prefetch_related(models.Prefetch("roles", queryset=MembershipRole.objects.all()))
    )
    return build_viewer(request.user, org_membership, memberships)  # type: ignore[arg-type]


def build_viewer(
    user: User, org_membership: OrganizationMembership, memberships: Iterable[Membership]
) -> ToolboxViewer:
    """Compute a viewer from memberships fetched with their community and roles."""
    member_ids: set[int] = set()
    managed_ids: set[int] = set()
    to_check: list[Membership] = []
    communities: list[Community] = []
    for membership in memberships:
        roles = active_roles(membership)
        if not roles:
            continue
        member_ids.add(membership.community_id)
        communities.append(membership.community)
        if roles & FACILITATION_ROLES:
            managed_ids.add(membership.community_id)
        else:
            to_check.append(membership)
    gated_ids = _gated_community_ids(user, to_check)
    return ToolboxViewer(
        user_id=user.pk,
        org_membership=org_membership,
        member_community_ids=frozenset(member_ids),
        managed_community_ids=frozenset(managed_ids),
        gated_community_ids=frozenset(gated_ids),
        member_communities=tuple(sorted(communities, key=lambda c: c.name)),
    )


def has_signed_if_gated(community: Community, user: Any) -> bool:
    """False only when the charters app gates this community's tools and the person has not signed."""
    has_access = _gate()
    return has_access is None or bool(has_access(community, user))


def readable_communities(viewer: ToolboxViewer) -> list[Community]:
    """Communities whose tools the person can read, for the filter and the adapt form."""
    if not viewer.sees_all_communities:
        return [
            community
            for community in viewer.member_communities
            if not community.is_archived and community.pk not in viewer.gated_community_ids
        ]
    return list(
        Community.objects.filter(is_archived=False)
        .exclude(id__in=viewer.gated_community_ids)
        .only("id", "name", "slug", "is_archived", "organization_id")
    )


def visible_tools(viewer: ToolboxViewer) -> QuerySet[Tool]:
    """Published tools of the organisation and of the communities the person can read."""
    places = Q(community__isnull=True)
    if viewer.sees_all_communities:
        places |= Q(community__isnull=False)
    else:
        places |= Q(community_id__in=viewer.member_community_ids)
    queryset = Tool.objects.filter(places, status=ToolStatus.PUBLISHED)
    if viewer.gated_community_ids:
        queryset = queryset.exclude(community_id__in=viewer.gated_community_ids)
    return queryset


def _describe(queryset: QuerySet[Any], filters: ToolFilters) -> QuerySet[Any]:
    if filters.category:
        queryset = queryset.filter(category=filters.category)
    if filters.stage:
        queryset = queryset.filter(stage_codes__contains=f" {filters.stage} ")
    if filters.format:
        queryset = queryset.filter(
            Q(format_codes="") | Q(format_codes__contains=f" {filters.format} ")
        )
    if filters.duration in DURATION_BUCKETS:
        low, high = DURATION_BUCKETS[filters.duration]
        queryset = queryset.filter(duration_minutes__gte=low)
        if high is not None:
            queryset = queryset.filter(duration_minutes__lte=high)
    if filters.group_size:
        queryset = queryset.filter(
            Q(group_size_min__isnull=True) | Q(group_size_min__lte=filters.group_size),
            Q(group_size_max__isnull=True) | Q(group_size_max__gte=filters.group_size),
        )
    if filters.licence:
        queryset = queryset.filter(licence=filters.licence)
    return queryset


def _search(queryset: QuerySet[Any], query: str) -> QuerySet[Any]:
    """Full text in French on PostgreSQL (stemming over accent-folded text); words elsewhere."""
    folded = fold_text(query).strip()
    if not folded:
        return queryset.annotate(rank=Value(0.0, output_field=FloatField()))
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        # Same expression as the GIN indexes of migration 0002, so `@@` can use them.
        vector = SearchVector("search_text", config="french")
        search = SearchQuery(folded, config="french", search_type="websearch")
        return (
            queryset.annotate(document=vector)
            .filter(document=search)
            .annotate(rank=SearchRank(vector, search))
        )
    for term in search_terms(query) or [folded]:
        queryset = queryset.filter(search_text__contains=term)
    return queryset.annotate(rank=Value(0.0, output_field=FloatField()))


def _page_keys(
    viewer: ToolboxViewer, filters: ToolFilters, page_number: Any
) -> tuple[int, int, list[tuple[Any, ...]]]:
    """The total, the page number and the page's (kind, id, rank, title) keys: two queries."""
    english = (get_language() or "fr").startswith("en")
    parts: list[QuerySet[Any]] = []
    if filters.level in ("", "library") and filters.community_id is None:
        library = _describe(LibraryTool.objects.filter(is_active=True), filters)
        library = _search(library, filters.q)
        parts.append(
            library.annotate(
                k_kind=Value(LEVEL_ORDER["library"], output_field=IntegerField()),
                k_id=F("id"),
                k_rank=F("rank"),
                k_title=F("title_en" if english else "title_fr"),
            )
            .values_list("k_kind", "k_id", "k_rank", "k_title")
            .order_by()
        )
    if filters.level != "library":
        tools = _describe(visible_tools(viewer), filters)
        if filters.language in (ToolLanguage.FR, ToolLanguage.EN):
            tools = tools.filter(language__in=[filters.language, ToolLanguage.BILINGUAL])
        if filters.level == "organization":
            tools = tools.filter(community__isnull=True)
        elif filters.level == "community":
            tools = tools.filter(community__isnull=False)
        if filters.community_id is not None:
            tools = tools.filter(community_id=filters.community_id)
        tools = _search(tools, filters.q).annotate(
            k_kind=models.Case(
                models.When(community__isnull=True, then=Value(LEVEL_ORDER["organization"])),
                default=Value(LEVEL_ORDER["community"]),
                output_field=IntegerField(),
            ),
            k_id=F("id"),
            k_rank=F("rank"),
            k_title=F("title"),
        )
        parts.append(tools.values_list("k_kind", "k_id", "k_rank", "k_title").order_by())
    combined = parts[0] if len(parts) == 1 else parts[0].union(parts[1], all=True)
    combined = combined.order_by("-k_rank", "k_kind", "k_title", "k_id")
    page = Paginator(combined, PAGE_SIZE).get_page(page_number)
    return page.paginator.count, page.number, list(page.object_list)


def list_tools(viewer: ToolboxViewer, filters: ToolFilters, page_number: Any = 1) -> ToolPage:
    """One page of library sheets and tenant tools merged (a UNION), ranked then by place and title.

    A fixed number of queries whatever the number of tools: count, page of keys, then the rows.
    The count and the keys are cached per person, filters, page and language until anything
    changes in the organisation (cdp.fragments); the rows themselves are always read.
    """
    wanted = hashlib.sha256(repr((filters, str(page_number))).encode()).hexdigest()[:24]
    count, number, keys = fragments.cached(
        viewer.org_membership.organization_id,
        ("toolbox-page", viewer.user_id, get_language(), wanted),
        lambda: _page_keys(viewer, filters, page_number),
    )
    page: Page[Any] = Paginator(range(count), PAGE_SIZE).page(number)  # cached count's page
    page.object_list = keys
    library_ids = [key[1] for key in keys if key[0] == LEVEL_ORDER["library"]]
    tool_ids = [key[1] for key in keys if key[0] != LEVEL_ORDER["library"]]
    library_rows = LibraryTool.objects.in_bulk(library_ids) if library_ids else {}
    tool_rows = Tool.objects.select_related("community").in_bulk(tool_ids) if tool_ids else {}
    items: list[LibraryTool | Tool] = []
    for kind, pk, _rank, _title in keys:
        row = library_rows.get(pk) if kind == LEVEL_ORDER["library"] else tool_rows.get(pk)
        if row is not None:
            items.append(row)
    return ToolPage(page=page, items=items)


def get_library_tool(slug: str) -> LibraryTool:
    """An active library sheet by slug, else 404."""
    tool = LibraryTool.objects.filter(slug=slug, is_active=True).first()
    if tool is None:
        raise Http404
    return tool


def get_tool_for_viewer(viewer: ToolboxViewer, tool_id: int) -> Tool:
    """A tool of this organisation the person may see: 404 outside their places, 403 when gated
    by the charter or still pending for someone else."""
    tool = (
        Tool.objects.select_related(
            "community", "created_by", "source_library_tool", "source_tool__community"
        )
        .filter(pk=tool_id)
        .first()
    )
    if tool is None:
        raise Http404
    if tool.community_id is not None:
        if tool.community_id in viewer.gated_community_ids:
            raise PermissionDenied
        if not viewer.can_read_community(tool.community_id):
            raise Http404
    if not can_view_tool(viewer, tool):
        raise PermissionDenied
    return tool


def list_tool_files(tool: Tool) -> list[ToolFile]:
    return list(ToolFile.objects.filter(tool=tool).select_related("uploaded_by"))


def list_adaptations(
    viewer: ToolboxViewer, *, tool: Tool | None = None, library_tool: LibraryTool | None = None
) -> list[Tool]:
    """Published copies adapted from a tool or a library sheet that the person can see."""
    queryset = visible_tools(viewer).select_related("community")
    if tool is not None:
        queryset = queryset.filter(source_tool=tool)
    else:
        queryset = queryset.filter(source_library_tool=library_tool)
    return list(queryset.order_by("title")[:50])


def _meeting_links(model: type[models.Model], target: type[models.Model]) -> list[str]:
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey) and field.related_model is target
    ]


def list_meetings_using(
    viewer: ToolboxViewer, *, tool: Tool | None = None, library_tool: LibraryTool | None = None
) -> list[Any]:
    """Meetings whose agenda blocks link this tool, if the meetings app stores such links."""
    try:
        config = apps.get_app_config("meetings")
        meeting_model = apps.get_model("meetings", "Meeting")
    except LookupError:
        return []
    meeting_ids: QuerySet[Any] | None = None
    for model in config.get_models():
        to_meeting = _meeting_links(model, meeting_model)
        if not to_meeting or model is meeting_model:
            continue
        condition = Q()
        if tool is not None:
            for name in _meeting_links(model, Tool):
                condition |= Q(**{name: tool})
        if library_tool is not None:
            for name in _meeting_links(model, LibraryTool):
                condition |= Q(**{name: library_tool})
            field_names = {f.name for f in model._meta.get_fields()}
            if "tool_slug" in field_names:
                condition |= Q(tool_slug=library_tool.slug)
        if not condition:
            continue
        ids = model._default_manager.filter(condition).values(to_meeting[0]).order_by()
        meeting_ids = ids if meeting_ids is None else meeting_ids.union(ids)
    if meeting_ids is None:
        return []
    meetings = meeting_model._default_manager.filter(pk__in=meeting_ids)
    meeting_fields = {f.name for f in meeting_model._meta.get_fields()}
    if "community" in meeting_fields:
        if not viewer.sees_all_communities:
            meetings = meetings.filter(community_id__in=viewer.member_community_ids)
        meetings = meetings.select_related("community")
    order = next((name for name in ("starts_at", "start", "date") if name in meeting_fields), "pk")
    return list(meetings.order_by(f"-{order}")[:20])


def count_org_downloads(
    *, tool: Tool | None = None, library_tool: LibraryTool | None = None
) -> int:
    """Downloads in the current organisation (a library sheet is counted per organisation)."""
    if tool is not None:
        return tool.download_count
    total = ToolDownloadDay.objects.filter(library_tool=library_tool).aggregate(n=Sum("count"))
    return int(total["n"] or 0)


def list_pending_tools(viewer: ToolboxViewer, community: Community | None = None) -> list[Tool]:
    """Proposals waiting for a decision: those the person moderates, plus their own."""
    queryset = Tool.objects.filter(status=ToolStatus.PENDING).select_related(
        "community", "created_by"
    )
    if community is not None:
        queryset = queryset.filter(community=community)
    mine = Q(created_by_id=viewer.user_id)
    if viewer.is_coordinator:
        moderated = Q()
    else:
        moderated = Q(community_id__in=viewer.managed_community_ids)
        if viewer.is_org_staff:
            moderated |= Q(community__isnull=True)
    return list(queryset.filter(moderated | mine).order_by("created_at")[:100])


def list_community_pending_tools(
    community: Community, *, user_id: int, moderates: bool
) -> list[Tool]:
    """A community's proposals: all of them for its moderators, one's own for anyone else."""
    queryset = Tool.objects.filter(community=community, status=ToolStatus.PENDING)
    if not moderates:
        queryset = queryset.filter(created_by_id=user_id)
    return list(queryset.select_related("created_by").order_by("created_at")[:100])


def list_community_tools(community: Community, page_number: Any = 1) -> Page:  # type: ignore[type-arg]
    queryset = (
        Tool.objects.filter(community=community, status=ToolStatus.PUBLISHED)
        .select_related("created_by")
        .order_by("-published_at", "-id")
    )
    return Paginator(queryset, PAGE_SIZE).get_page(page_number)


def recent_community_tools(community: Community, limit: int = 5) -> list[Tool]:
    """The latest published tools of a community, for its home page panel."""
    return list(
        Tool.objects.filter(community=community, status=ToolStatus.PUBLISHED).order_by(
            "-published_at", "-id"
        )[:limit]
    )


def list_references() -> list[Reference]:
    return list(Reference.objects.all())


@dataclass(frozen=True)
class DownloadFigure:
    """Downloads of one tool over a period; `community_id` is None for org and library tools."""

    tool_id: int | None
    library_slug: str
    title: str
    community_id: int | None
    downloads: int


def downloads_per_tool(organization: Organization, start: date, end: date) -> list[DownloadFigure]:
    """Downloads per tool in an organisation between two dates (inclusive), most first."""
    with scope(organization=organization):
        rows = (
            ToolDownloadDay.objects.filter(day__gte=start, day__lte=end)
            .values(
                "tool_id",
                "tool__title",
                "tool__community_id",
                "library_tool__slug",
                "library_tool__title_fr",
                "library_tool__title_en",
            )
            .annotate(downloads=Sum("count"))
            .order_by("-downloads")
        )
        english = (get_language() or "fr").startswith("en")
        return [
            DownloadFigure(
                tool_id=row["tool_id"],
                library_slug=row["library_tool__slug"] or "",
                title=row["tool__title"]
                or row["library_tool__title_en" if english else "library_tool__title_fr"]
                or "",
                community_id=row["tool__community_id"],
                downloads=int(row["downloads"] or 0),
            )
            for row in rows
        ]


def tools_shared_by_contributor(
    organization: Organization, start: date, end: date
) -> dict[int | None, dict[str, int]]:
    """Tools published per community in a period, split by who shared them (facilitators, members,
    organisation staff): the « tools shared by facilitators vs members » indicator."""
    with scope(organization=organization):
        rows = (
            Tool.objects.filter(
                status=ToolStatus.PUBLISHED,
                published_at__date__gte=start,
                published_at__date__lte=end,
            )
            .values("community_id", "contributed_as")
            .annotate(n=Count("id"))
        )
        result: dict[int | None, dict[str, int]] = {}
        for row in rows:
            counts = result.setdefault(row["community_id"], {c.value: 0 for c in Contributor})
            counts[row["contributed_as"]] = int(row["n"])
        return result
