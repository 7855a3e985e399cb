from django.urls import path

from communities import views

urlpatterns = [
    path(
        "community-invitations/<str:invite_token>/",
        views.communities_invitation,
        name="communities_invitation",
    ),
]

org_urlpatterns = [
    path("communities/", views.communities_directory, name="communities_directory"),
    path("communities/new/", views.communities_create, name="communities_create"),
    path("overview/", views.communities_overview, name="communities_overview"),
]

community_urlpatterns = [
    path("", views.community_home, name="community_home"),
    path("setup/<int:step>/", views.communities_setup, name="communities_setup"),
    path("new-cycle/", views.communities_clone, name="communities_clone"),
    path("members/", views.communities_members, name="communities_members"),
    path("members/invite/", views.communities_invite, name="communities_invite"),
    path("members/me/", views.communities_expertise, name="communities_expertise"),
    path("members/<int:cm_id>/approve/", views.communities_approve, name="communities_approve"),
    path("members/<int:cm_id>/decline/", views.communities_decline, name="communities_decline"),
    path("members/<int:cm_id>/remove/", views.communities_remove, name="communities_remove"),
    path("members/<int:cm_id>/roles/", views.communities_give_role, name="communities_give_role"),
    path(
        "roles/<int:role_id>/withdraw/",
        views.communities_withdraw_role,
        name="communities_withdraw_role",
    ),
    path("join/", views.communities_join, name="communities_join"),
    path("leave/", views.communities_leave, name="communities_leave"),
    path("themes/", views.communities_themes, name="communities_themes"),
    path(
        "themes/<int:theme_id>/<slug:action>/",
        views.communities_theme_action,
        name="communities_theme_action",
    ),
    path("objectives/", views.communities_objectives, name="communities_objectives"),
    path(
        "objectives/<int:objective_id>/review/",
        views.communities_objective_review,
        name="communities_objective_review",
    ),
    path("lifecycle/", views.communities_lifecycle, name="communities_lifecycle"),
    path("lifecycle/stage/", views.communities_stage, name="communities_stage"),
    path("lifecycle/decision/", views.communities_decision, name="communities_decision"),
    path(
        "lifecycle/<slug:checklist>/",
        views.communities_checklist,
        name="communities_checklist",
    ),
]
