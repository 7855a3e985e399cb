"""After the meeting: attendance, recap and the facilitator dashboard."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cdp.mail import absolute_url
from communities.permissions import require
from communities.selectors import get_community_access
from meetings import charts, permissions, selectors, services
from meetings.content import ATTENDANCE_DROP_CAUSES
from meetings.forms import FollowUpForm, RecapForm, SharedToolForm
from meetings.models import AttendanceStatus, FollowUp, Recap, SharedTool
from meetings.services.agenda import content_language
from meetings.tokens import make_checkin_token
from meetings.views.common import current_user, meeting_redirect


def attendance(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(permissions.can_manage_meetings(access))
    if request.method == "POST":
        statuses = {
            int(key.removeprefix("status_")): str(request.POST.get(key, ""))
            for key in request.POST
            if key.startswith("status_") and key.removeprefix("status_").isdigit()
        }
        try:
            services.record_attendance(
                meeting=meeting, actor=current_user(request), statuses=statuses
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Attendance saved."))
            return meeting_redirect(request, "meetings_attendance", meeting)
    checkin_url = absolute_url(
        reverse(
            "meetings_checkin",
            kwargs={
                "org_slug": org_slug,
                "community_slug": community_slug,
                "meeting_id": meeting.pk,
                "checkin_token": make_checkin_token(meeting.pk),
            },
        )
    )
    return render(
        request,
        "meetings/attendance.html",
        {
            "access": access,
            "community": access.community,
            "meeting": meeting,
            "rows": selectors.attendance_sheet(meeting),
            "statuses": AttendanceStatus.choices,
            "checkin_url": checkin_url,
            "qr": charts.qr_data_uri(checkin_url),
        },
        status=400 if request.method == "POST" else 200,
    )


def recap(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    """Write the recap: summary, follow-ups, tools shared, next theme; then publish it."""
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(permissions.can_edit_recap(access, meeting, current_user(request).pk))
    actor = current_user(request)
    current = (
        Recap.objects.filter(meeting=meeting)
        .prefetch_related(
            Prefetch("follow_ups", queryset=FollowUp.objects.select_related("owner")),
            "shared_tools",
        )
        .first()
    )
    members = selectors.active_members(access.community)
    form = RecapForm(
        initial={
            "summary": current.summary,
            "next_theme": current.next_theme,
            "visibility": current.visibility,
        }
        if current
        else {"visibility": "members"}
    )
    follow_up_form = FollowUpForm(members=members)
    tool_form = SharedToolForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "save")
        try:
            status = _recap_action(request, action, meeting, current, members, actor)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            status = 400
        if isinstance(status, tuple):
            status, bad = status
            form = bad if isinstance(bad, RecapForm) else form
            follow_up_form = bad if isinstance(bad, FollowUpForm) else follow_up_form
            tool_form = bad if isinstance(bad, SharedToolForm) else tool_form
        elif status == 200:
            return meeting_redirect(request, "meetings_recap", meeting)
    return render(
        request,
        "meetings/recap.html",
        {
            "access": access,
            "community": access.community,
            "meeting": meeting,
            "recap": current,
            "form": form,
            "follow_up_form": follow_up_form,
            "tool_form": tool_form,
        },
        status=status,
    )


def _recap_action(request, action, meeting, current, members, actor):  # type: ignore[no-untyped-def]
    """Run one recap action; 200 on success, (400, bound form) on invalid input."""
    if action in {"save", "publish"}:
        form = RecapForm(request.POST)
        if not form.is_valid():
            return 400, form
        recap = services.save_recap(meeting=meeting, actor=actor, **form.cleaned_data)
        if action == "publish":
            services.publish_recap(recap=recap, actor=actor)
            messages.success(request, _("Recap published; the follow-up summary is on its way."))
        else:
            messages.success(request, _("Recap saved."))
        return 200
    recap = current or services.get_or_create_recap(meeting=meeting)
    if action == "add_follow_up":
        form = FollowUpForm(request.POST, members=members)
        if not form.is_valid():
            return 400, form
        services.add_follow_up(recap=recap, actor=actor, **form.cleaned_data)
        return 200
    if action == "add_tool":
        form = SharedToolForm(request.POST)
        if not form.is_valid():
            return 400, form
        services.add_shared_tool(recap=recap, actor=actor, **form.cleaned_data)
        return 200
    if action in {"done", "undone", "delete_follow_up"}:
        follow_up = FollowUp.objects.filter(recap=recap, pk=_int(request.POST.get("id"))).first()
        if follow_up is None:
            raise Http404
        if action == "delete_follow_up":
            services.delete_follow_up(follow_up=follow_up, actor=actor)
        else:
            services.set_follow_up_done(follow_up=follow_up, actor=actor, done=action == "done")
        return 200
    if action == "delete_tool":
        tool = SharedTool.objects.filter(recap=recap, pk=_int(request.POST.get("id"))).first()
        if tool is None:
            raise Http404
        services.delete_shared_tool(tool=tool, actor=actor)
        return 200
    return 400


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


def dashboard(request: HttpRequest, org_slug: str, community_slug: str) -> HttpResponse:
    access = get_community_access(request, community_slug)
    require(permissions.can_manage_meetings(access))
    data = selectors.dashboard(access.community)
    labels = [
        date_format(timezone.localtime(meeting.starts_at), "SHORT_DATE_FORMAT")
        for meeting in data.held
    ]
    chart = (
        charts.attendance_chart(labels, data.counts, _("People present per meeting"), _("Present"))
        if data.held
        else ""
    )
    lang = content_language()
    return render(
        request,
        "meetings/dashboard.html",
        {
            "access": access,
            "community": access.community,
            "data": data,
            "chart": chart,
            "rows": list(zip(data.held, data.counts, strict=True)),
            "causes": [cause[lang] for cause in ATTENDANCE_DROP_CAUSES],
            "today": timezone.localdate(),
        },
    )
