"""Charter pages: find inside the tenant (404), authorise (403), call one service, render."""

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from accounts.models import User
from cdp.tenancy import tenant_public
from charters import documents, forms, permissions, selectors, services, text
from charters.models import Charter, CharterVersion, Signature
from communities.models import Community
from communities.permissions import CommunityAccess, require
from communities.selectors import get_community_access

ERRORS = {
    "unknown_kind": _l("This template does not exist."),
    "exists": _l("This community already has a charter of this kind."),
    "no_version": _l("This charter has no published version yet."),
    "published": _l("This version is published and can no longer be changed."),
    "unknown_clause": _l("This clause does not exist."),
    "closed": _l("This draft is not open for comments."),
    "empty": _l("A version needs a title and a text in both languages."),
    "name": _l("Type your full name."),
    "consent": _l("Tick the box to confirm that you agree to the charter."),
    "not_member": _l("Only active members of the community can sign its charter."),
    "integrity": _l(
        "The text of this version no longer matches its fingerprint: signing is "
        "suspended, contact the platform team."
    ),
    "not_signed": _l("You have no signature to withdraw."),
    "link": _l("This signature link is invalid or has expired."),
}


def _error(request: HttpRequest, error: services.CharterError) -> None:
    messages.error(request, ERRORS.get(error.code, _l("This action could not be done.")))


def _user(request: HttpRequest) -> User:
    """The signed-in person (every view but the email link runs behind the login check)."""
    return cast(User, request.user)


def _language(request: HttpRequest) -> str:
    return "en" if translation.get_language() == "en" else "fr"


def _charter(
    request: HttpRequest, community_slug: str, charter_id: int
) -> tuple[CommunityAccess, Charter]:
    access = get_community_access(request, community_slug)
    charter = selectors.get_charter(access.community, charter_id)
    if charter is None:
        raise Http404
    return access, charter


def _context(request: HttpRequest, method: str = "web") -> services.SigningContext:
    return services.SigningContext(
        ip_address=request.META.get("REMOTE_ADDR") or None,
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        language=_language(request),
        method=method,
    )


def _version_page(version: CharterVersion | None, language: str) -> dict[str, Any]:
    if version is None:
        return {"version": None, "language": language}
    return {
        "language": language,
        "version": version,
        "version_title": version.title(language),
        "blocks": text.blocks(version.body(language)),
    }


def charters_index(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
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
    access = get_community_access(request, community_slug)
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


def charters_draft(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    draft = selectors.draft_version(charter)
    if draft is None:
        return redirect("charters_detail", org_slug, community_slug, charter.pk)
    initial = {f: getattr(draft, f) for f in forms.DraftForm.base_fields}
    form = forms.DraftForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_draft(actor=_user(request), version=draft, **form.cleaned_data)
        messages.success(request, _("Draft saved."))
        return redirect("charters_draft", org_slug, community_slug, charter.pk)
    language = _language(request)
    return render(
        request,
        "charters/draft.html",
        {
            "access": access,
            "community": access.community,
            "charter": charter,
            "draft": draft,
            "form": form,
            "clause_form": forms.AddClauseForm(language=language),
            "publish_form": forms.PublishForm(),
            "is_first": not selectors.published_versions(charter),
            "comments": draft.comments.select_related("author"),
        },
        status=400 if form.errors else 200,
    )


@require_POST
def charters_new_draft(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    try:
        services.start_new_draft(actor=_user(request), charter=charter)
    except services.CharterError as error:
        _error(request, error)
        return redirect("charters_detail", org_slug, community_slug, charter.pk)
    return redirect("charters_draft", org_slug, community_slug, charter.pk)


@require_POST
def charters_add_clause(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    draft = selectors.draft_version(charter)
    form = forms.AddClauseForm(request.POST, language=_language(request))
    if draft is None or not form.is_valid():
        messages.error(request, _("Choose a clause from the library."))
    else:
        services.add_clause(
            actor=_user(request), version=draft, clause_key=form.cleaned_data["clause"]
        )
        messages.success(request, _("Clause added at the end of the draft."))
    return redirect("charters_draft", org_slug, community_slug, charter.pk)


@require_POST
def charters_publish(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    draft = selectors.draft_version(charter)
    form = forms.PublishForm(request.POST)
    if draft is None or not form.is_valid():
        raise Http404
    try:
        version = services.publish_version(
            actor=_user(request),
            version=draft,
            is_material=form.cleaned_data["is_material"],
            change_note=form.cleaned_data["change_note"],
        )
    except services.CharterError as error:
        _error(request, error)
        return redirect("charters_draft", org_slug, community_slug, charter.pk)
    messages.success(
        request,
        _("Version %(number)s is published. Members who must sign receive an email.")
        % {"number": version.number},
    )
    return redirect("charters_detail", org_slug, community_slug, charter.pk)


def charters_version(
    request: HttpRequest,
    org_slug: str,
    community_slug: str,
    charter_id: int,
    charter_version_id: int,
) -> HttpResponse:
    """A version's text: the preview of a draft, an old version, or a draft open for comments."""
    access, charter = _charter(request, community_slug, charter_id)
    version = next((v for v in charter.versions.all() if v.pk == charter_version_id), None)
    if version is None:
        raise Http404
    require(permissions.can_view_version(access, version))
    form = forms.CommentForm(request.POST or None)
    if request.method == "POST":
        require(permissions.can_comment(access, version))
        if form.is_valid():
            services.comment_on_draft(
                actor=_user(request), version=version, body=form.cleaned_data["body"]
            )
            messages.success(request, _("Thank you, your comment was added."))
            return redirect(request.path)
    return render(
        request,
        "charters/version.html",
        {
            "access": access,
            "community": access.community,
            "charter": charter,
            **_version_page(version, _language(request)),
            "comments": version.comments.select_related("author"),
            "comment_form": form if permissions.can_comment(access, version) else None,
            "can_manage": permissions.can_manage_charters(access),
        },
        status=400 if form.errors else 200,
    )


def charters_status(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    statuses = selectors.member_statuses(charter)
    return render(
        request,
        "charters/status.html",
        {
            "access": access,
            "community": access.community,
            "charter": charter,
            "version": selectors.current_version(charter),
            "required": selectors.required_version(charter),
            "statuses": statuses,
            "counts": selectors.status_counts(statuses),
            "blocked": [s for s in statuses if s.is_blocked] if charter.requires_signature else [],
            "settings_form": forms.SettingsForm(
                initial={
                    "requires_signature": charter.requires_signature,
                    "renewal_months": charter.renewal_months,
                }
            ),
        },
    )


@require_POST
def charters_settings(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    form = forms.SettingsForm(request.POST)
    if form.is_valid():
        services.update_settings(actor=_user(request), charter=charter, **form.cleaned_data)
        messages.success(request, _("Settings saved."))
    else:
        messages.error(request, _("The renewal period must be between 1 and 120 months."))
    return redirect("charters_status", org_slug, community_slug, charter.pk)


@require_POST
def charters_relaunch(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    try:
        count = services.relaunch_now(actor=_user(request), charter=charter)
    except services.CharterError as error:
        _error(request, error)
    else:
        messages.success(request, _("Reminder queued for %(count)s people.") % {"count": count})
    return redirect("charters_status", org_slug, community_slug, charter.pk)


def charters_export_csv(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    response = HttpResponse(
        documents.signatures_csv(charter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{community_slug}-{charter.kind}-signatures.csv"'
    )
    return response


def charters_export_bundle(
    request: HttpRequest, org_slug: str, community_slug: str, charter_id: int
) -> HttpResponse:
    access, charter = _charter(request, community_slug, charter_id)
    require(permissions.can_manage_charters(access))
    pdf = documents.bundle_pdf(charter, _language(request))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{community_slug}-{charter.kind}.pdf"'
    return response


def charters_signature_pdf(
    request: HttpRequest, org_slug: str, community_slug: str, charter_signature_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    signature: Signature | None = selectors.signature_for_pdf(charter_signature_id)
    if signature is None or signature.version.charter.community_id != access.community.pk:
        raise Http404
    require(permissions.can_download_signature(access, signature))
    response = HttpResponse(documents.signed_charter_pdf(signature), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="charter-v{signature.version.number}-{signature.pk}.pdf"'
    )
    return response
