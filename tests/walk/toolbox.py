from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled

from tests.walk import Expect
from toolbox.services import ToolData, add_tool_file, create_tool, make_download_link, seed_library

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _tool(tenant: Any) -> Any:
    """One community tool with a file per tenant, shared by every parameter of a URL."""
    if getattr(tenant, "_walk_tool", None) is None:
        with scopes_disabled():
            tool = create_tool(
                actor=tenant.facilitator,
                organization=tenant.organization,
                community=tenant.community,
                data=ToolData(title="Jauge d'humeur", purpose="Ouvrir la rencontre."),
            )
            tenant._walk_file = add_tool_file(
                actor=tenant.facilitator, tool=tool, upload=SimpleUploadedFile("jauge.pdf", PDF)
            )
        tenant._walk_tool = tool
    return tenant._walk_tool


def _tool_slug(tenant: Any, other: Any) -> str:
    seed_library()
    return "mood-check"


def _download_token(tenant: Any, other: Any) -> str:
    url = make_download_link(
        organization=tenant.organization, user=tenant.member, tool=_tool(tenant)
    )
    return url.rstrip("/").rsplit("/", 1)[-1]


PARAMS = {
    "tool_id": lambda tenant, other: _tool(tenant).pk,
    "file_id": lambda tenant, other: (_tool(tenant), tenant._walk_file.pk)[1],
    "tool_slug": _tool_slug,
    "download_token": _download_token,
}

EXPECT = {
    "toolbox_list": Expect(role="member"),
    "toolbox_create": Expect(role="member"),
    "toolbox_pending": Expect(role="member"),
    "toolbox_references": Expect(role="member"),
    "toolbox_library_detail": Expect(role="member"),
    "toolbox_library_download": Expect(role="member"),
    "toolbox_library_adapt": Expect(role="member", denied=("staff_facilitator",)),
    "toolbox_tool_detail": Expect(role="member"),
    "toolbox_tool_edit": Expect(role="facilitator", denied=("member",)),
    "toolbox_tool_download": Expect(role="member"),
    "toolbox_file_download": Expect(role="member"),
    "toolbox_file_upload": Expect(role="facilitator", status=405),
    "toolbox_file_delete": Expect(role="facilitator", status=405),
    "toolbox_tool_approve": Expect(role="facilitator", status=405),
    "toolbox_tool_reject": Expect(role="facilitator", status=405),
    "toolbox_tool_adapt": Expect(role="member"),
    "toolbox_signed_download": Expect(role="outsider", public=True),
    "toolbox_community": Expect(role="member", denied=("staff_facilitator",)),
    "toolbox_community_create": Expect(role="member", denied=("staff_facilitator",)),
}
