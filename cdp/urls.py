"""URLs: platform pages first, then everything under /<org_slug>/ (opened by TenantMiddleware).

Each capability app exposes `org_urlpatterns` (under /<org_slug>/) and may expose
`community_urlpatterns` (under /<org_slug>/c/<community_slug>/) and `urlpatterns` (platform level).
"""

from importlib import import_module

from django.contrib import admin
from django.urls import include, path

from cdp import bench_views, views

CAPABILITY_APPS = ["communities", "meetings", "charters", "toolbox", "evaluations"]


def _patterns(app: str, name: str) -> list:  # type: ignore[type-arg]
    try:
        module = import_module(f"{app}.urls")
    except ModuleNotFoundError as exc:
        if exc.name != f"{app}.urls":
            raise
        return []
    return list(getattr(module, name, []))


platform_patterns = [p for app in CAPABILITY_APPS for p in _patterns(app, "urlpatterns")]
org_patterns = _patterns("accounts", "org_urlpatterns") + [
    p for app in CAPABILITY_APPS for p in _patterns(app, "org_urlpatterns")
]
community_patterns = [p for app in CAPABILITY_APPS for p in _patterns(app, "community_urlpatterns")]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("healthz/", views.healthz, name="healthz"),
    path("bench/hello/", bench_views.hello, name="bench_hello"),
    path("", include("accounts.urls")),
    *platform_patterns,
    path("<slug:org_slug>/c/<slug:community_slug>/", include(community_patterns)),
    path("<slug:org_slug>/", include(org_patterns)),
]
