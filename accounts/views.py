from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts import selectors, services
from accounts.adapter import PENDING_INVITATION_KEY
from accounts.forms import InvitationForm, LanguageForm, OrgRoleForm, ProfileForm
from accounts.models import OrganizationInvitation, OrganizationMembership
from accounts.permissions import can_manage_organization
from communities.permissions import can_create_community, require

COMMUNITIES_PER_PAGE = 24
INVITATION_ERRORS = {
    "expired": gettext_lazy("This invitation link has expired. Ask for a new invitation."),
    "invalid": gettext_lazy("This invitation link is not valid."),
    "used": gettext_lazy("This invitation has already been accepted."),
}


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/home.html",
        {
            "org_memberships": selectors.list_user_organizations(request.user),  # type: ignore[arg-type]
            "community_memberships": selectors.list_user_communities(request.user),  # type: ignore[arg-type]
        },
    )


def organization_home(request: HttpRequest, org_slug: str) -> HttpResponse:
    membership = request.org_membership  # type: ignore[attr-defined]
    communities = selectors.list_organization_communities(
        user=request.user,  # type: ignore[arg-type]
        is_coordinator=can_manage_organization(membership),
    )
    return render(
        request,
        "accounts/organization.html",
        {
            "page": Paginator(communities, COMMUNITIES_PER_PAGE).get_page(request.GET.get("page")),
            "can_manage": can_manage_organization(membership),
            "can_create_community": can_create_community(membership),
        },
    )


def organization_people(request: HttpRequest, org_slug: str) -> HttpResponse:
    organization = request.organization  # type: ignore[attr-defined]
    require(can_manage_organization(request.org_membership))  # type: ignore[attr-defined]
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = services.invite_to_organization(
            actor=request.user,  # type: ignore[arg-type]
            organization=organization,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
        )
        messages.success(
            request, _("Invitation sent to %(email)s.") % {"email": result.invitation.email}
        )
        return redirect("organization_people", org_slug=org_slug)
    return render(
        request,
        "accounts/people.html",
        {
            "people": selectors.list_organization_people(organization),
            "invitations": selectors.list_pending_invitations(organization),
            "form": form,
            "role_form": OrgRoleForm(),
        },
        status=400 if form.errors else 200,
    )


@require_POST
def change_org_role(request: HttpRequest, org_slug: str, membership_id: int) -> HttpResponse:
    require(can_manage_organization(request.org_membership))  # type: ignore[attr-defined]
    membership: OrganizationMembership = get_object_or_404(
        OrganizationMembership.objects.select_related("user"), pk=membership_id
    )
    form = OrgRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid role."))
    else:
        try:
            services.set_org_role(
                actor=request.user,  # type: ignore[arg-type]
                organization=request.organization,  # type: ignore[attr-defined]
                membership=membership,
                role=form.cleaned_data["role"],
            )
            messages.success(
                request, _("Role updated for %(name)s.") % {"name": membership.user.display_name}
            )
        except ValueError:
            messages.error(request, _("The organisation must keep at least one coordinator."))
    return redirect("organization_people", org_slug=org_slug)


@require_POST
def revoke_org_invitation(request: HttpRequest, org_slug: str, invitation_id: int) -> HttpResponse:
    require(can_manage_organization(request.org_membership))  # type: ignore[attr-defined]
    invitation = get_object_or_404(OrganizationInvitation, pk=invitation_id, status="pending")
    services.revoke_invitation(actor=request.user, invitation=invitation)  # type: ignore[arg-type]
    messages.success(request, _("Invitation revoked."))
    return redirect("organization_people", org_slug=org_slug)


def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows the invitation; POST (signed in) accepts it. Anonymous people sign up first."""
    try:
        invite = services.read_invitation(token)
    except services.InvitationError as exc:
        return render(
            request, "accounts/invitation.html", {"error": INVITATION_ERRORS[str(exc)]}, status=400
        )
    if not request.user.is_authenticated:
        from allauth.account.adapter import get_adapter

        # The invitation proves the address, so signing up with it needs no second confirmation.
        get_adapter(request).stash_verified_email(request, invite.email)
        request.session[PENDING_INVITATION_KEY] = request.path
    elif request.method == "POST":
        services.accept_invitation(user=request.user, invitation=invite)  # type: ignore[arg-type]
        messages.success(request, _("Welcome to %(org)s!") % {"org": invite.organization.name})
        return redirect("organization_home", org_slug=invite.organization.slug)
    return render(
        request,
        "accounts/invitation.html",
        {"invitation": invite, "signup_url": reverse("account_signup"), "next": request.path},
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            services.update_profile(user=request.user, **form.cleaned_data)  # type: ignore[arg-type]
            messages.success(request, _("Profile saved."))
            return redirect("profile")
        request.user.refresh_from_db()  # type: ignore[union-attr]
    return render(
        request, "accounts/profile.html", {"form": form}, status=400 if form.errors else 200
    )


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    form = LanguageForm(request.POST)
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    if form.is_valid():
        language = form.cleaned_data["language"]
        if request.user.is_authenticated:
            services.update_profile(user=request.user, language=language)  # type: ignore[arg-type]
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=365 * 86400,
            samesite="Lax",
            secure=not settings.DEBUG,
            httponly=True,
        )
    return response
