from django.core import signing
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django_scopes import scopes_disabled

from accounts.models import User
from cdp.mail import read_unsubscribe_token
from cdp.notifications import KINDS
from cdp.privacy import record_unsubscribe


@csrf_exempt  # RFC 8058 one-click unsubscribe posts without a session; the token authorises.
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks for confirmation; POST stops this kind of email for this person."""
    try:
        user_id, kind = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(
            request,
            "cdp/unsubscribe.html",
            {"error": _("This unsubscribe link is invalid or has expired.")},
            status=400,
        )
    with scopes_disabled():
        user = User.objects.filter(pk=user_id, is_active=True).first()
    notification_kind = KINDS.get(kind)
    if user is None or notification_kind is None:
        return render(
            request,
            "cdp/unsubscribe.html",
            {"error": _("This unsubscribe link is invalid or has expired.")},
            status=400,
        )
    done = False
    if request.method == "POST":
        record_unsubscribe(user=user, kind=kind)
        opt_outs = set(user.email_opt_outs or [])
        opt_outs.add(kind)
        user.email_opt_outs = sorted(opt_outs)
        user.save(update_fields=["email_opt_outs"])
        done = True
    return render(
        request,
        "cdp/unsubscribe.html",
        {"kind_label": notification_kind.label, "done": done, "email": user.email},
    )


def healthz(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"status": "ok"})
