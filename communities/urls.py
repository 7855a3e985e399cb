from django.urls import path

from communities import views

community_urlpatterns = [
    path("", views.community_home, name="community_home"),
]
