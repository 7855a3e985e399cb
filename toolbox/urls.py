from django.urls import path

from toolbox import views

org_urlpatterns = [
    path("toolbox/", views.toolbox_list, name="toolbox_list"),
    path("toolbox/new/", views.toolbox_create, name="toolbox_create"),
    path("toolbox/pending/", views.toolbox_pending, name="toolbox_pending"),
    path("toolbox/references/", views.toolbox_references, name="toolbox_references"),
    path(
        "toolbox/library/<slug:tool_slug>/",
        views.toolbox_library_detail,
        name="toolbox_library_detail",
    ),
    path(
        "toolbox/library/<slug:tool_slug>/download/",
        views.toolbox_library_download,
        name="toolbox_library_download",
    ),
    path(
        "toolbox/library/<slug:tool_slug>/adapt/",
        views.toolbox_library_adapt,
        name="toolbox_library_adapt",
    ),
    path("toolbox/<int:tool_id>/", views.toolbox_tool_detail, name="toolbox_tool_detail"),
    path("toolbox/<int:tool_id>/edit/", views.toolbox_tool_edit, name="toolbox_tool_edit"),
    path(
        "toolbox/<int:tool_id>/download/",
        views.toolbox_tool_download,
        name="toolbox_tool_download",
    ),
    path(
        "toolbox/<int:tool_id>/files/new/",
        views.toolbox_file_upload,
        name="toolbox_file_upload",
    ),
    path(
        "toolbox/<int:tool_id>/files/<int:file_id>/",
        views.toolbox_file_download,
        name="toolbox_file_download",
    ),
    path(
        "toolbox/<int:tool_id>/files/<int:file_id>/delete/",
        views.toolbox_file_delete,
        name="toolbox_file_delete",
    ),
    path("toolbox/<int:tool_id>/approve/", views.toolbox_tool_approve, name="toolbox_tool_approve"),
    path("toolbox/<int:tool_id>/reject/", views.toolbox_tool_reject, name="toolbox_tool_reject"),
    path("toolbox/<int:tool_id>/adapt/", views.toolbox_tool_adapt, name="toolbox_tool_adapt"),
    path(
        "toolbox/d/<str:download_token>/",
        views.toolbox_signed_download,
        name="toolbox_signed_download",
    ),
]

community_urlpatterns = [
    path("toolbox/", views.toolbox_community, name="toolbox_community"),
    path("toolbox/new/", views.toolbox_community_create, name="toolbox_community_create"),
]
