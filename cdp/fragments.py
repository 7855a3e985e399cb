"""Cached reads and fragments, invalidated per organisation.

Every organisation has a data version in the cache. Anything cached here is keyed by that
version, so one bump makes every cached read of the organisation stale at once. The version is
bumped

- when a row of any tenant model (a model with an `organization` field) is saved or deleted, and
  when a person's account changes (names and directory choices show on community pages);
- after every write request (POST, PUT, PATCH, DELETE) under `/<org_slug>/`, which also covers
  queryset `update()` calls made by services, since signals do not see those.

Entries also expire after a short time, so what changes with the clock (the next meeting, a
survey closing) or outside both paths (a raw SQL fix) shows within `FRAGMENT_SECONDS`.
"""

import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django_scopes import scopes_disabled

T = TypeVar("T")
MISSING = object()


def _version_key(organization_id: int) -> str:
    return f"cdp:orgv:{organization_id}"


def organization_version(organization_id: int) -> str:
    version = cache.get(_version_key(organization_id))
    if version is None:
        version = uuid.uuid4().hex
        # add(), not set(): two first readers racing agree on whichever version landed first.
        cache.add(_version_key(organization_id), version, None)
        version = cache.get(_version_key(organization_id), version)
    return str(version)


def bump(organization_id: int | None) -> None:
    """Make every cached read of the organisation stale."""
    if organization_id is not None:
        cache.set(_version_key(organization_id), uuid.uuid4().hex, None)


def _prefix(organization_id: int) -> str:
    return f"cdp:frag:{organization_id}:{organization_version(organization_id)}"


def cached(organization_id: int, parts: Iterable[object], build: Callable[[], T]) -> T:
    """`build()`, cached under `parts` for the organisation's current data version."""
    key = _prefix(organization_id) + ":" + ":".join(str(part) for part in parts)
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = build()
        cache.set(key, value, settings.FRAGMENT_SECONDS)
    return value  # type: ignore[return-value]


def render_each(
    organization: Any, template_name: str, objects: Iterable[models.Model], name: str
) -> None:
    """Set `obj.html` to `template_name` rendered for each object (as `name`, with
    `current_organization`), cached per object, language and data version: a page of cards costs
    one cache round trip once warm. The template gets no request: no forms, no nonces."""
    prefix = f"{_prefix(organization.pk)}:{template_name}"
    language = get_language()
    keyed = {f"{prefix}:{obj._meta.label_lower}:{obj.pk}:{language}": obj for obj in objects}
    found = cache.get_many(list(keyed))
    built = {}
    for key, obj in keyed.items():
        if key not in found:
            context = {name: obj, "current_organization": organization}
            built[key] = found[key] = render_to_string(template_name, context)
        # A SafeString, as rendered: pickling in the cache keeps the type.
        obj.html = found[key]  # type: ignore[attr-defined]
    if built:
        cache.set_many(built, settings.FRAGMENT_SECONDS)


def unfiltered_form(request: Any, template_name: str, form: Any, *parts: object) -> Any:
    """A GET filter form's fields rendered once per data version, language and `parts` while the
    query string is empty (the same for everyone, or per `parts`); None once it holds filters, for
    the template to render the bound form itself."""
    if request.GET:
        return None
    return cached(
        request.organization.pk,
        (template_name, get_language(), *parts),
        lambda: render_to_string(template_name, {"form": form}),
    )


def _on_tenant_change(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    bump(getattr(instance, "organization_id", None))


def _on_user_change(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    from accounts.models import OrganizationMembership

    if kwargs.get("raw") or instance.pk is None:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= {"last_login", "password"}:
        return  # logging in changes nothing that pages show
    with scopes_disabled():
        organization_ids = list(
            OrganizationMembership.objects.filter(user_id=instance.pk).values_list(
                "organization_id", flat=True
            )
        )
    for organization_id in organization_ids:
        bump(organization_id)


def connect_signals() -> None:
    """Watch every tenant model of the project's apps, and the user model."""
    for model in apps.get_models():
        field_names = {field.name for field in model._meta.concrete_fields}
        if "organization" in field_names:
            post_save.connect(_on_tenant_change, sender=model, dispatch_uid=f"frag-{model._meta}")
            post_delete.connect(
                _on_tenant_change, sender=model, dispatch_uid=f"frag-d-{model._meta}"
            )
        for field in model._meta.many_to_many:
            through = field.remote_field.through  # type: ignore[union-attr]
            m2m_changed.connect(_on_tenant_change, sender=through, dispatch_uid=f"frag-m-{through}")
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    post_save.connect(_on_user_change, sender=user_model, dispatch_uid="frag-user")
