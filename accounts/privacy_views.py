"""A person's own data: overview and consent log, export, account deletion; organisation pages."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import selectors
from accounts.models import ConsentRecord
from accounts.privacy_forms import DeleteAccountForm
from cdp import privacy
from cdp.tenancy import tenant_public


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/privacy/overview.html",
        {
            "consents": ConsentRecord.objects.filter(user=request.user)[:100],  # type: ignore[misc]
            "org_memberships": selectors.list_user_organizations(request.user),  # type: ignore[arg-type]
        },
    )


@login_required
def export(request: HttpRequest) -> HttpResponse:
    archive = privacy.export_archive(request.user)  # type: ignore[arg-type]
    response = HttpResponse(archive, content_type="application/zip")
    filename = f"cdp-data-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        privacy.erase_person(user=user, actor=user)  # type: ignore[arg-type]
        logout(request)
        messages.success(request, _("Your account has been deleted. Thank you for taking part."))
        return redirect("account_login")
    return render(
        request,
        "accounts/privacy/delete.html",
        {"form": form, "sole_coordinator_of": privacy.sole_coordinator_organizations(user)},  # type: ignore[arg-type]
        status=400 if form.errors else 200,
    )


@tenant_public
def organization_privacy(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Readable by anyone: who answers privacy questions, what is kept, for how long, and rights."""
    return render(
        request,
        "accounts/privacy/organization.html",
        {
            "organization": request.organization,  # type: ignore[attr-defined]
            "retention_days": privacy.retention_days(),
            "session_days": settings.SESSION_COOKIE_AGE // 86400,
        },
    )
