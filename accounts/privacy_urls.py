from django.urls import path

from accounts import privacy_views

urlpatterns = [
    path("profile/data/", privacy_views.overview, name="privacy_overview"),
    path("profile/data/export/", privacy_views.export, name="privacy_export"),
    path("profile/delete/", privacy_views.delete_account, name="privacy_delete_account"),
]

org_urlpatterns = [
    path("privacy/", privacy_views.organization_privacy, name="privacy_organization"),
]
