"""Pages facilitators use: drafts, clauses, publication, comments, status, gate, relaunch."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from charters import forms, permissions, selectors, services
from charters.views.common import _charter, _error, _language, _user, _version_page
from communities.permissions import require


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
