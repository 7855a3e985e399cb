"""Demo charters: each demo community gets the charter kind its narrative names, published, with
about two members in three signed. Idempotent: a second run creates nothing."""

from typing import Any

from django_scopes import scope

from cdp.demo_content import COMMUNITIES
from charters import selectors, services
from charters.models import Charter

GATED_KINDS = {"confidentiality", "engagement_confidentiality"}
DEMO_CONTEXT = services.SigningContext(
    ip_address=None, user_agent="demo data (seed_demo)", language="fr"
)


def seed(ctx: Any) -> None:
    for spec in COMMUNITIES:
        kind = spec.get("charter_kind")
        community = ctx.communities.get(spec["slug"])
        if not kind or community is None:
            continue
        facilitator = ctx.people.get((spec.get("facilitators") or [""])[0])
        if facilitator is None:
            continue
        with scope(organization=community.organization):
            charter = _published(community, kind, facilitator)
            for index, email in enumerate([*spec.get("facilitators", []), *spec["members"]]):
                person = ctx.people.get(email)
                if person is None or index % 3 == 2:
                    continue
                try:
                    services.sign_charter(
                        actor=person,
                        charter=charter,
                        signer_name=person.get_full_name() or person.email,
                        consent_given=True,
                        context=DEMO_CONTEXT,
                    )
                except services.CharterError:
                    continue  # a drop-out is no longer an active member
        ctx.log.append(f"charters: {community.slug} → {kind}")


def _published(community: Any, kind: str, facilitator: Any) -> Charter:
    charter = Charter.objects.filter(community=community, kind=kind).first()
    if charter is None:
        charter = services.create_charter(actor=facilitator, community=community, kind=kind)
    charter = selectors.load_charter(community, charter.pk)
    draft = selectors.draft_version(charter)
    if selectors.current_version(charter) is None and draft is not None:
        services.publish_version(actor=facilitator, version=draft, is_material=True)
        charter = selectors.load_charter(community, charter.pk)
    if kind in GATED_KINDS and not charter.requires_signature:
        services.update_settings(
            actor=facilitator, charter=charter, requires_signature=True, renewal_months=None
        )
    return charter
