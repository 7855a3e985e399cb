"""Tenant isolation: the organisation in the URL opens a django-scopes scope, after a membership check.

A forgotten filter must fail loudly: every tenant-owned model's default manager is a ScopedManager
(checked at start-up), the scope is only opened here or in TenantTask, and never with None.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from celery.contrib.django.task import DjangoTask
from django.apps import apps
from django.contrib.auth.views import redirect_to_login
from django.core import checks
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp import fragments

ORG_URL_KWARG = "org_slug"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
F = TypeVar("F", bound=Callable[..., Any])


def tenant_public(view: F) -> F:
    """Mark an organisation URL as reachable without membership (it authorises by itself)."""
    view.tenant_public = True  # type: ignore[attr-defined]
    return view


def is_tenant_owned(model: type[models.Model]) -> bool:
    """A model is tenant-owned when it has a direct foreign key named `organization` to the tenant."""
    try:
        field = model._meta.get_field("organization")
    except Exception:
        return False
    related = getattr(field, "related_model", None)
    if isinstance(related, str):
        return related == "accounts.Organization"
    return related is not None and related._meta.label == "accounts.Organization"


def has_scoped_manager(model: type[models.Model]) -> bool:
    manager = model._default_manager
    return hasattr(manager, "with_scopes_disabled") and hasattr(manager, "with_scope")


@checks.register(checks.Tags.models)
def check_tenant_models_are_scoped(
    app_configs: Any = None, **kwargs: Any
) -> list[checks.CheckMessage]:
    """Fail start-up when a tenant-owned model can be queried without a scope."""
    return find_unscoped_models(apps.get_models())


def find_unscoped_models(candidates: Any) -> list[checks.CheckMessage]:
    errors: list[checks.CheckMessage] = []
    for model in candidates:
        if model._meta.abstract or not is_tenant_owned(model):
            continue
        if not has_scoped_manager(model):
            errors.append(
                checks.Error(
                    f"{model._meta.label} has an organization foreign key but its default manager "
                    "is not a django-scopes ScopedManager.",
                    hint="Declare `objects = ScopedManager(organization='organization')` first.",
                    obj=model,
                    id="cdp.E001",
                )
            )
    return errors


class TenantMiddleware:
    """Resolve `/<org_slug>/…`, check membership, then run the view inside the organisation's scope.

    Anonymous → login redirect; not a member (or no such organisation) → 404, so the existence of
    another organisation's objects never shows.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from accounts.models import Organization, OrganizationMembership

        request.organization = None  # type: ignore[attr-defined]
        request.org_membership = None  # type: ignore[attr-defined]
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        slug = match.kwargs.get(ORG_URL_KWARG)
        if slug is None:
            return self.get_response(request)
        is_public = getattr(match.func, "tenant_public", False)
        if not is_public and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        membership = None
        if request.user.is_authenticated:
            # One query for a member: the membership with its organisation, filtered by both.
            with scopes_disabled():
                membership = (
                    OrganizationMembership.objects.select_related("organization")
                    .filter(organization__slug=slug, user=request.user)
                    .first()
                )
        if membership is None and not is_public:
            raise Http404
        organization = (
            membership.organization
            if membership is not None
            else Organization.objects.filter(slug=slug).first()
        )
        if organization is None:
            raise Http404
        request.organization = organization  # type: ignore[attr-defined]
        request.org_membership = membership  # type: ignore[attr-defined]
        timezone.activate(organization.timezone)
        try:
            with scope(organization=organization):
                response = self.get_response(request)
        finally:
            timezone.deactivate()
        if request.method not in SAFE_METHODS:
            fragments.bump(organization.pk)  # services may write with update(): no signal
        return response


class TenantTask(DjangoTask):  # type: ignore[misc]
    """Celery task base class: runs the task body inside the scope of `organization_id`.

    A DjangoTask, so services queue it after their transaction commits with
    `task.delay_on_commit(..., organization_id=...)`."""

    abstract = True

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        organization_id = kwargs.get("organization_id")
        if organization_id is None:
            raise ValueError(f"{self.name} needs an organization_id keyword argument")
        with scope(organization=int(organization_id)):
            return super().__call__(*args, **kwargs)
