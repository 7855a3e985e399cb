"""Walk expectations for the charter URLs: members read and sign, facilitators manage."""

from typing import Any

from django_scopes import scope

from charters import selectors, services
from tests.charters.helpers import published_charter, sign
from tests.walk import Expect

MANAGERS_ONLY = ("member", "staff_facilitator")


def _charter(tenant: Any, other: Any) -> Any:
    """A published charter of tenant A with an open draft of version 2 (created once)."""
    charter = published_charter(tenant)
    with scope(organization=tenant.organization):
        charter = selectors.get_charter(tenant.community, charter.pk)
        if selectors.draft_version(charter) is None:
            draft = services.start_new_draft(actor=tenant.facilitator, charter=charter)
            services.update_draft(
                actor=tenant.facilitator,
                version=draft,
                title_fr=draft.title_fr,
                title_en=draft.title_en,
                body_fr=draft.body_fr,
                body_en=draft.body_en,
                is_open_for_comments=True,
            )
    return charter


def _charter_id(tenant: Any, other: Any) -> int:
    return int(_charter(tenant, other).pk)


def _version_id(tenant: Any, other: Any) -> int:
    charter = _charter(tenant, other)
    with scope(organization=tenant.organization):
        charter = selectors.get_charter(tenant.community, charter.pk)
        return int(selectors.current_version(charter).pk)  # type: ignore[union-attr]


def _signature_id(tenant: Any, other: Any) -> int:
    return int(sign(tenant, _charter(tenant, other), tenant.member).pk)


def _sign_token(tenant: Any, other: Any) -> str:
    return services.make_sign_token(_charter(tenant, other), tenant.member)


PARAMS = {
    "charter_id": _charter_id,
    "charter_version_id": _version_id,
    "charter_signature_id": _signature_id,
    "sign_token": _sign_token,
}

EXPECT = {
    "charters_index": Expect(role="member", denied=("staff_facilitator",)),
    "charters_create": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "charters_detail": Expect(role="member", denied=("staff_facilitator",)),
    "charters_sign": Expect(role="member", method="post", status=400, denied=("coordinator",)),
    "charters_withdraw": Expect(role="member", method="post", status=302, denied=("coordinator",)),
    "charters_draft": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "charters_new_draft": Expect(
        role="facilitator", method="post", status=302, denied=MANAGERS_ONLY
    ),
    "charters_add_clause": Expect(
        role="facilitator", method="post", status=302, denied=MANAGERS_ONLY
    ),
    "charters_publish": Expect(role="facilitator", method="post", status=302, denied=MANAGERS_ONLY),
    "charters_version": Expect(role="member", denied=("staff_facilitator",)),
    "charters_status": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "charters_settings": Expect(
        role="facilitator", method="post", status=302, denied=MANAGERS_ONLY
    ),
    "charters_relaunch": Expect(
        role="facilitator", method="post", status=302, denied=MANAGERS_ONLY
    ),
    "charters_export_csv": Expect(role="facilitator", denied=MANAGERS_ONLY),
    "charters_export_bundle": Expect(role="coordinator", denied=MANAGERS_ONLY),
    "charters_signature_pdf": Expect(role="member", denied=("staff_facilitator",)),
    "charters_sign_link": Expect(role="member", public=True),
}
