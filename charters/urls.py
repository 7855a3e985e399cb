from django.urls import path

from charters import views

community_urlpatterns = [
    path("charters/", views.charters_index, name="charters_index"),
    path("charters/new/", views.charters_create, name="charters_create"),
    path("charters/<int:charter_id>/", views.charters_detail, name="charters_detail"),
    path("charters/<int:charter_id>/sign/", views.charters_sign, name="charters_sign"),
    path("charters/<int:charter_id>/withdraw/", views.charters_withdraw, name="charters_withdraw"),
    path("charters/<int:charter_id>/draft/", views.charters_draft, name="charters_draft"),
    path(
        "charters/<int:charter_id>/draft/new/", views.charters_new_draft, name="charters_new_draft"
    ),
    path(
        "charters/<int:charter_id>/draft/clause/",
        views.charters_add_clause,
        name="charters_add_clause",
    ),
    path(
        "charters/<int:charter_id>/draft/publish/", views.charters_publish, name="charters_publish"
    ),
    path(
        "charters/<int:charter_id>/versions/<int:charter_version_id>/",
        views.charters_version,
        name="charters_version",
    ),
    path("charters/<int:charter_id>/status/", views.charters_status, name="charters_status"),
    path("charters/<int:charter_id>/settings/", views.charters_settings, name="charters_settings"),
    path("charters/<int:charter_id>/relaunch/", views.charters_relaunch, name="charters_relaunch"),
    path(
        "charters/<int:charter_id>/signatures.csv",
        views.charters_export_csv,
        name="charters_export_csv",
    ),
    path(
        "charters/<int:charter_id>/bundle.pdf",
        views.charters_export_bundle,
        name="charters_export_bundle",
    ),
    path(
        "charters/signatures/<int:charter_signature_id>/pdf/",
        views.charters_signature_pdf,
        name="charters_signature_pdf",
    ),
    path("charters/sign/<str:sign_token>/", views.charters_sign_link, name="charters_sign_link"),
]
