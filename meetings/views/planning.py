"""Facilitator screens to plan meetings: list, create (single or series), edit, cancel, settings,
co-development rotation."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from communities.permissions import require
from communities.selectors import get_community_access
from meetings import notify, selectors, services
from meetings.forms import MeetingForm, SeriesForm, SettingsForm, format_offsets
from meetings.permissions import can_manage_meetings
from meetings.views.common import current_user, meeting_redirect


def meeting_list(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(access.can_view_content)
    upcoming, past = selectors.list_meetings(access.community, current_user(request))
    return render(
        request,
        "meetings/list.html",
        {
            "access": access,
            "community": access.community,
            "upcoming": upcoming,
            "past": past,
            "can_manage": can_manage_meetings(access),
        },
    )


def _form_kwargs(access):  # type: ignore[no-untyped-def]
    return {
        "members": selectors.active_members(access.community),
        "community_format": access.community.format,
        "backlog": selectors.backlog_themes(access.community),
    }


def meeting_create(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_meetings(access))
    community = access.community
    initial = {
        "duration_minutes": community.default_meeting_minutes,
        "modality": community.modality,
    }
    form = MeetingForm(request.POST or None, initial=initial, **_form_kwargs(access))
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.schedule_meeting(
                community=community,
                actor=current_user(request),
                data=form.to_data(),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("The meeting is planned; the invitations are on their way.")
            )
            return meeting_redirect(request, "meetings_agenda", meeting)
    return render(
        request,
        "meetings/form.html",
        {"access": access, "community": community, "form": form, "is_new": True},
        status=400 if form.is_bound else 200,
    )


def series_create(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_meetings(access))
    community = access.community
    initial = {
        "duration_minutes": community.default_meeting_minutes,
        "modality": community.modality,
    }
    form = SeriesForm(request.POST or None, initial=initial, **_form_kwargs(access))
    if request.method == "POST" and form.is_valid():
        try:
            series = services.schedule_series(
                community=community,
                actor=current_user(request),
                data=form.to_data(),
                rrule=form.rrule(),
                exdates=form.cleaned_data["exdates"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("%(count)s meetings planned.") % {"count": series.meetings.count()},
            )
            return redirect("meetings_list", org_slug=org_slug, community_slug=community_slug)
    return render(
        request,
        "meetings/form.html",
        {"access": access, "community": community, "form": form, "is_series": True},
        status=400 if form.is_bound else 200,
    )


def meeting_edit(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(can_manage_meetings(access))
    form = MeetingForm(
        request.POST or None,
        initial=MeetingForm.initial_for(meeting),
        with_template=False,
        **_form_kwargs(access),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_meeting(
                meeting=meeting, actor=current_user(request), data=form.to_data()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The meeting was updated."))
            return meeting_redirect(request, "meetings_detail", meeting)
    return render(
        request,
        "meetings/form.html",
        {"access": access, "community": access.community, "form": form, "meeting": meeting},
        status=400 if form.is_bound else 200,
    )


@require_POST
def meeting_cancel(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(can_manage_meetings(access))
    services.cancel_meeting(meeting=meeting, actor=current_user(request))
    messages.success(request, _("The meeting is cancelled; the people registered will be told."))
    return meeting_redirect(request, "meetings_detail", meeting)


def meeting_settings(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(can_manage_meetings(access))
    current = notify.community_offsets(access.community.pk)
    form = SettingsForm(request.POST or None, initial={"reminders": format_offsets(current)})
    if request.method == "POST" and form.is_valid():
        services.set_community_offsets(
            community=access.community,
            actor=current_user(request),
            offsets=form.cleaned_data["reminders"],
        )
        messages.success(request, _("Reminders saved."))
        return redirect("meetings_settings", org_slug=org_slug, community_slug=community_slug)
    return render(
        request,
        "meetings/settings.html",
        {"access": access, "community": access.community, "form": form},
        status=400 if form.is_bound else 200,
    )


def rotation(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    """Who presents at which meeting: visible to the group, set by the facilitators."""
    access = get_community_access(request, community_slug)
    require(access.can_view_content)
    upcoming, past = selectors.list_meetings(access.community, current_user(request))
    members = selectors.active_members(access.community)
    if request.method == "POST":
        require(can_manage_meetings(access))
        assignments: dict[int, int | None] = {}
        for meeting in upcoming:
            value = request.POST.get(f"presenter_{meeting.pk}", "")
            assignments[meeting.pk] = int(value) if value.isdigit() else None
        try:
            services.assign_rotation(
                community=access.community,
                actor=current_user(request),
                assignments=assignments,
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return render(
                request,
                "meetings/rotation.html",
                {
                    "access": access,
                    "community": access.community,
                    "upcoming": upcoming,
                    "past": past,
                    "members": members,
                    "can_manage": True,
                },
                status=400,
            )
        messages.success(request, _("Rotation saved."))
        return redirect("meetings_rotation", org_slug=org_slug, community_slug=community_slug)
    return render(
        request,
        "meetings/rotation.html",
        {
            "access": access,
            "community": access.community,
            "upcoming": upcoming,
            "past": past,
            "members": members,
            "can_manage": can_manage_meetings(access),
        },
    )
