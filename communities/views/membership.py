"""Members page (directory « Who does what? Who knows what? »), joining, leaving, the facilitators'
queue, invitations and roles."""

from datetime import datetime, time

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities import guidance, selectors, services
from communities.forms import (
    ExpertiseForm,
    InviteForm,
    JoinForm,
    LeaveForm,
    RemoveForm,
    RoleForm,
)
from communities.models import CommunityRole, Membership, MembershipRole, MembershipStatus
from communities.permissions import CommunityAccess, require
from communities.views.common import MEMBERSHIP_ERRORS, current_user


def _members_context(request: HttpRequest, access: CommunityAccess) -> dict[str, object]:
    community = access.community
    members = selectors.list_active_members(community)
    shown, hidden = selectors.visible_members(members, access, current_user(request))
    context: dict[str, object] = {
        "access": access,
        "community": community,
        "members": shown,
        "hidden_count": hidden,
        "who_does_what": guidance.rubric("who_does_what"),
        "who_knows_what": guidance.rubric("who_knows_what"),
        "expertise_form": ExpertiseForm(
            initial={"expertise": access.membership.expertise if access.membership else ""}
        ),
    }
    if access.can_manage:
        context.update(
            pending=selectors.list_memberships_with_status(community, MembershipStatus.PENDING),
            waitlist=selectors.list_memberships_with_status(community, MembershipStatus.WAITLISTED),
            invitations=selectors.list_pending_invitations(community),
            size_messages=guidance.size_messages(community, len(members)),
            role_choices=[
                (value, label) for value, label in CommunityRole.choices if value != "member"
            ],
            remove_form=RemoveForm(),
        )
    return context


def communities_members(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = selectors.get_community_access(request, community_slug)
    require(access.can_view_content)
    context = _members_context(request, access)
    context["invite_form"] = InviteForm()
    return render(request, "communities/members.html", context)


@require_POST
def communities_invite(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = selectors.get_community_access(request, community_slug)
    require(access.can_manage)
    form = InviteForm(request.POST)
    if not form.is_valid():
        context = _members_context(request, access)
        context["invite_form"] = form
        return render(request, "communities/members.html", context, status=400)
    sent = []
    for email in form.cleaned_data["emails"]:
        try:
            services.invite_to_community(
                actor=current_user(request), community=access.community, email=email
            )
            sent.append(email)
        except services.MembershipError as exc:
            messages.warning(request, str(MEMBERSHIP_ERRORS[str(exc)]) % {"email": email})
    if sent:
        messages.success(request, _("Invitation sent to %(emails)s.") % {"emails": ", ".join(sent)})
    return redirect("communities_members", org_slug=org_slug, community_slug=community_slug)


@require_POST
def communities_join(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = selectors.get_community_access(request, community_slug)
    require(access.can_join)
    form = JoinForm(request.POST)
    message = form.cleaned_data["message"] if form.is_valid() else ""
    try:
        membership = services.join_community(
            user=current_user(request), community=access.community, message=message
        )
    except services.MembershipError as exc:
        messages.error(request, MEMBERSHIP_ERRORS[str(exc)])
    else:
        messages.success(
            request,
            {  # type: ignore[call-overload]
                MembershipStatus.ACTIVE: _("Welcome to the community!"),
                MembershipStatus.PENDING: _("Your request was sent to the facilitators."),
                MembershipStatus.WAITLISTED: _(
                    "The community is full: you are on the waiting list and will join when a "
                    "place frees up."
                ),
            }.get(membership.status, _("Saved.")),
        )
    return redirect("community_home", org_slug=org_slug, community_slug=community_slug)


@require_POST
def communities_leave(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = selectors.get_community_access(request, community_slug)
    require(access.can_leave and access.membership is not None)
    form = LeaveForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.leave_community(
        user=current_user(request),
        membership=access.membership,  # type: ignore[arg-type]
        reason=reason,
    )
    messages.success(request, _("You left the community. Thank you for taking part."))
    return redirect("communities_directory", org_slug=org_slug)


def _managed_membership(
    request: HttpRequest, community_slug: str, membership_id: int
) -> tuple[CommunityAccess, Membership]:
    access = selectors.get_community_access(request, community_slug)
    membership: Membership = get_object_or_404(
        Membership.objects.select_related("user", "community"),
        pk=membership_id,
        community=access.community,
    )
    require(access.can_manage)
    return access, membership


def _back(org_slug: str, community_slug: str) -> HttpResponse:
    return redirect("communities_members", org_slug=org_slug, community_slug=community_slug)


@require_POST
def communities_approve(
    request: HttpRequest, org_slug: str, community_slug: str, cm_id: int
) -> HttpResponse:
    _access, membership = _managed_membership(request, community_slug, cm_id)
    try:
        membership = services.approve_request(actor=current_user(request), membership=membership)
    except services.MembershipError as exc:
        messages.error(request, MEMBERSHIP_ERRORS[str(exc)])
    else:
        if membership.status == MembershipStatus.WAITLISTED:
            messages.warning(
                request,
                _("Approved, but the community is full: %(name)s is on the waiting list.")
                % {"name": membership.user},
            )
        else:
            messages.success(
                request, _("%(name)s joined the community.") % {"name": membership.user}
            )
    return _back(org_slug, community_slug)


@require_POST
def communities_decline(
    request: HttpRequest, org_slug: str, community_slug: str, cm_id: int
) -> HttpResponse:
    _access, membership = _managed_membership(request, community_slug, cm_id)
    try:
        services.decline_request(actor=current_user(request), membership=membership)
        messages.success(request, _("Request declined."))
    except services.MembershipError as exc:
        messages.error(request, MEMBERSHIP_ERRORS[str(exc)])
    return _back(org_slug, community_slug)


@require_POST
def communities_remove(
    request: HttpRequest, org_slug: str, community_slug: str, cm_id: int
) -> HttpResponse:
    _access, membership = _managed_membership(request, community_slug, cm_id)
    form = RemoveForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.remove_member(actor=current_user(request), membership=membership, reason=reason)
    messages.success(
        request, _("%(name)s was removed from the community.") % {"name": membership.user}
    )
    return _back(org_slug, community_slug)


@require_POST
def communities_give_role(
    request: HttpRequest, org_slug: str, community_slug: str, cm_id: int
) -> HttpResponse:
    _access, membership = _managed_membership(request, community_slug, cm_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(str(error) for error in errors))
        return _back(org_slug, community_slug)
    expires_on = form.cleaned_data["expires_on"]
    expires_at = (
        timezone.make_aware(datetime.combine(expires_on, time(23, 59))) if expires_on else None
    )
    try:
        services.give_role(
            actor=current_user(request),
            membership=membership,
            role=form.cleaned_data["role"],
            expires_at=expires_at,
        )
        messages.success(request, _("Role given."))
    except services.MembershipError as exc:
        messages.error(request, MEMBERSHIP_ERRORS[str(exc)])
    return _back(org_slug, community_slug)


@require_POST
def communities_withdraw_role(
    request: HttpRequest, org_slug: str, community_slug: str, role_id: int
) -> HttpResponse:
    access = selectors.get_community_access(request, community_slug)
    role: MembershipRole = get_object_or_404(
        MembershipRole.objects.select_related("membership__user", "membership__community"),
        pk=role_id,
        membership__community=access.community,
    )
    require(access.can_manage)
    try:
        services.withdraw_role(actor=current_user(request), membership_role=role)
        messages.success(request, _("Role withdrawn."))
    except services.MembershipError as exc:
        messages.error(request, MEMBERSHIP_ERRORS[str(exc)])
    return _back(org_slug, community_slug)


@require_POST
def communities_expertise(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = selectors.get_community_access(request, community_slug)
    require(access.is_member and access.membership is not None)
    form = ExpertiseForm(request.POST)
    if form.is_valid():
        services.update_member_profile(
            membership=access.membership,  # type: ignore[arg-type]
            expertise=form.cleaned_data["expertise"],
        )
        messages.success(request, _("Saved."))
    return _back(org_slug, community_slug)


def communities_invitation(request: HttpRequest, invite_token: str) -> HttpResponse:
    """GET shows the invitation; POST (signed in) accepts it. Anonymous people sign in or sign
    up first; signing up with the invited address needs no second confirmation."""
    try:
        invitation = services.read_invitation(invite_token)
    except services.MembershipError as exc:
        return render(
            request,
            "communities/invitation.html",
            {"error": MEMBERSHIP_ERRORS[str(exc)]},
            status=400,
        )
    if not request.user.is_authenticated:
        from allauth.account.adapter import get_adapter

        get_adapter(request).stash_verified_email(request, invitation.email)
    elif request.method == "POST":
        membership = services.accept_invitation(user=current_user(request), invitation=invitation)
        if membership.status == MembershipStatus.WAITLISTED:
            messages.warning(request, _("The community is full: you are on the waiting list."))
        else:
            messages.success(
                request, _("Welcome to %(name)s!") % {"name": invitation.community.name}
            )
        return redirect(
            "community_home",
            org_slug=invitation.organization.slug,
            community_slug=invitation.community.slug,
        )
    return render(
        request,
        "communities/invitation.html",
        {
            "invitation": invitation,
            "signup_url": reverse("account_signup"),
            "login_url": reverse("account_login"),
            "next": request.path,
        },
    )
