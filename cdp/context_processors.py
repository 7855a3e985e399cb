from django.conf import settings
from django.http import HttpRequest


def platform(request: HttpRequest) -> dict[str, object]:
    return {
        "current_organization": getattr(request, "organization", None),
        "current_org_membership": getattr(request, "org_membership", None),
        "DEBUG": settings.DEBUG,
    }
