from django.urls import include, path

from accounts import privacy_urls, views

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.profile, name="profile"),
    path("language/", views.switch_language, name="switch_language"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("", include(privacy_urls.urlpatterns)),
]

org_urlpatterns = [
    path("", views.organization_home, name="organization_home"),
    path("people/", views.organization_people, name="organization_people"),
    path(
        "people/<int:membership_id>/role/",
        views.change_org_role,
        name="organization_change_role",
    ),
    path(
        "invitations/<int:invitation_id>/revoke/",
        views.revoke_org_invitation,
        name="organization_revoke_invitation",
    ),
    *privacy_urls.org_urlpatterns,
]
