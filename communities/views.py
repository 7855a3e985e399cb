from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from communities.selectors import get_community_access


def community_home(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    return render(
        request, "communities/home.html", {"access": access, "community": access.community}
    )
