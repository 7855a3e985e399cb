"""Pages members use: the charters of a community, reading and signing (web or email link)."""

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cdp.tenancy import tenant_public
from charters import forms, permissions, selectors, services, text
from charters.models import Charter
from charters.views.common import (
    ERRORS,
    _charter,
    _context,
    _error,
    _language,
    _user,
    _version_page,
    community_access,
)
from communities.models import Community
from communities.permissions import CommunityAccess, require


def charters_index(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = community_access(request, community_slug)
    require(access.can_view_content)
    charters = selectors.community_charters(access.community)
    user_id = _user(request).pk
    events = selectors.events_by_user(charters, [user_id])
    rows = [
        (
            charter,
            selectors.current_version(charter),
            selectors.status_from_events(charter, events.get((charter.pk, user_id), []))[0],
        )
        for charter in charters
    ]
    return render(
        request,
        "charters/index.html",
        {
            "access": access,
            "community": access.community,
            "rows": rows,
            "can_manage": permissions.can_manage_charters(access),
        },
    )


def charters_create(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = community_access(request, community_slug)
    require(permissions.can_manage_charters(access))
    form = forms.CreateCharterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            charter = services.create_charter(
                actor=_user(request),
                community=access.community,
                kind=form.cleaned_data["kind"],
                language=form.cleaned_data["language"],
            )
        except services.CharterError as error:
            form.add_error("kind", ERRORS[error.code])
        else:
            return redirect("charters_draft", org_slug, community_slug, charter.pk)
    return render(
        request,
        "charters/create.html",
        {"access": access, "community": access.community, "form": form},
        status=400 if form.errors else 200,
    )


def charters_detail(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(access.can_view_content)
    return _render_detail(request, access, charter, request.user)


def _render_detail(
    request: HttpRequest,
    access: CommunityAccess,
    charter: Charter,
    user: Any,
    sign_form: forms.SignForm | None = None,
    status: int = 200,
    sign_action: str = "",
) -> HttpResponse:
    language = _language(request)
    version = selectors.current_version(charter)
    events = selectors.user_events(charter, user)
    my_status, last = selectors.status_from_events(charter, events)
    consent = (
        text.consent_wording(
            title=version.title(language), number=version.number, language=language
        )
        if version
        else ""
    )
    if sign_form is None:
        sign_form = forms.SignForm(
            initial={"signer_name": user.get_full_name()},
            consent_label=consent,
        )
    return render(
        request,
        "charters/detail.html",
        {
            "access": access,
            "community": access.community,
            "charter": charter,
            **_version_page(version, language),
            "my_status": my_status,
            "last_event": last,
            "sign_form": sign_form,
            "sign_action": sign_action,
            "withdraw_form": forms.WithdrawForm(),
            "can_manage": permissions.can_manage_charters(access),
            "can_sign": permissions.can_sign(access) or bool(sign_action),
            "draft": selectors.draft_version(charter),
            "versions": selectors.published_versions(charter),
        },
        status=status,
    )


@require_POST
def charters_sign(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_sign(access))
    return _sign(request, access, charter, request.user, "web")


def _sign(
    request: HttpRequest, access: CommunityAccess, charter: Charter, user: Any, method: str
) -> HttpResponse:
    version = selectors.current_version(charter)
    language = _language(request)
    consent = (
        text.consent_wording(
            title=version.title(language), number=version.number, language=language
        )
        if version
        else ""
    )
    form = forms.SignForm(request.POST, consent_label=consent)
    action = request.path if method == "email_link" else ""
    if not form.is_valid():
        return _render_detail(request, access, charter, user, form, 400, action)
    try:
        services.sign_charter(
            actor=user,
            charter=charter,
            signer_name=form.cleaned_data["signer_name"],
            consent_given=form.cleaned_data["consent"],
            context=_context(request, method),
        )
    except services.CharterError as error:
        _error(request, error)
        return _render_detail(request, access, charter, user, form, 400, action)
    messages.success(request, _("Thank you: your signature is recorded. A receipt is on its way."))
    if method == "email_link" and not request.user.is_authenticated:
        return redirect(request.path)
    return redirect(
        "charters_detail", access.community.organization.slug, access.community.slug, charter.pk
    )


@require_POST
def charters_withdraw(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_sign(access))
    form = forms.WithdrawForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.withdraw_signature(
            actor=_user(request),
            charter=charter,
            reason=reason,
            context=_context(request),
        )
    except services.CharterError as error:
        _error(request, error)
    else:
        messages.success(request, _("Your withdrawal is recorded."))
    return redirect("charters_detail", org_slug, community_slug, charter.pk)


@tenant_public
def charters_sign_link(
    request: HttpRequest, org_slug: str, community_slug: str, sign_token: str
) -> HttpResponse:
    """Sign from the email: the signed, expiring link names the charter and the person."""
    try:
        charter_id, user_id = services.read_sign_token(sign_token)
    except services.CharterError:
        return render(request, "charters/link_invalid.html", status=400)
    community = Community.objects.filter(slug=community_slug).first()
    charter = selectors.get_charter(community, charter_id) if community else None
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if charter is None or user is None or community is None:
        raise Http404
    if request.user.is_authenticated and request.user.pk != user.pk:
        return render(request, "charters/link_invalid.html", {"other_person": True}, status=403)
    access = _link_access(request, community, user)
    if request.method == "POST":
        return _sign(request, access, charter, user, "email_link")
    return _render_detail(request, access, charter, user, sign_action=request.path)


def _link_access(request: HttpRequest, community: Community, user: Any) -> CommunityAccess:
    from accounts.models import OrganizationMembership
    from communities.models import Membership
    from communities.permissions import active_roles

    membership = (
        Membership.objects.filter(community=community, user=user).prefetch_related("roles").first()
    )
    org_membership = OrganizationMembership.objects.filter(user=user).first()
    if membership is None or org_membership is None:
        raise Http404
    return CommunityAccess(
        community=community,
        org_membership=org_membership,
        membership=membership,
        roles=active_roles(membership),
    )
