"""Helpers to create charters through the real services."""

from typing import Any

from django_scopes import scope

from charters import selectors, services
from charters.models import Charter, Signature


def published_charter(tenant: Any, kind: str = "engagement", **settings: Any) -> Charter:
    """A charter of `kind` in the tenant's community, with version 1 published."""
    with scope(organization=tenant.organization):
        charter = Charter.objects.filter(community=tenant.community, kind=kind).first()
        if charter is None:
            charter = services.create_charter(
                actor=tenant.facilitator, community=tenant.community, kind=kind
            )
            draft = selectors.draft_version(selectors.get_charter(tenant.community, charter.pk))
            services.publish_version(actor=tenant.facilitator, version=draft, is_material=True)
        if settings:
            services.update_settings(
                actor=tenant.facilitator,
                charter=charter,
                requires_signature=settings.get("requires_signature", False),
                renewal_months=settings.get("renewal_months"),
            )
        return selectors.get_charter(tenant.community, charter.pk)  # type: ignore[return-value]


def fresh(tenant: Any, charter: Charter) -> Charter:
    with scope(organization=tenant.organization):
        return selectors.get_charter(tenant.community, charter.pk)  # type: ignore[return-value]


CONTEXT = services.SigningContext(
    ip_address="203.0.113.7", user_agent="TestBrowser/1.0", language="fr"
)


def sign(tenant: Any, charter: Charter, user: Any, name: str = "Alex Tremblay") -> Signature:
    with scope(organization=tenant.organization):
        return services.sign_charter(
            actor=user,
            charter=fresh(tenant, charter),
            signer_name=name,
            consent_given=True,
            context=CONTEXT,
        )


def publish_new_version(
    tenant: Any, charter: Charter, *, material: bool, body_suffix: str = "Ajout."
) -> Any:
    with scope(organization=tenant.organization):
        draft = services.start_new_draft(actor=tenant.facilitator, charter=fresh(tenant, charter))
        services.update_draft(
            actor=tenant.facilitator,
            version=draft,
            title_fr=draft.title_fr,
            title_en=draft.title_en,
            body_fr=f"{draft.body_fr}\n\n{body_suffix}",
            body_en=f"{draft.body_en}\n\n{body_suffix}",
            is_open_for_comments=False,
        )
        draft.refresh_from_db()
        return services.publish_version(
            actor=tenant.facilitator, version=draft, is_material=material
        )
