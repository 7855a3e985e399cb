"""What members see and do: the meeting page, RSVP (page and signed email link), confidential
topics, calendar files and feed, self check-in."""

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_scopes import scope

from accounts.models import User
from cdp.mail import absolute_url
from cdp.tenancy import tenant_public
from charters.gate import has_access
from communities.permissions import require
from communities.selectors import get_community_access
from meetings import ics, permissions, selectors, services
from meetings.forms import TopicForm
from meetings.models import Meeting, MeetingSeries, RegistrationStatus
from meetings.tokens import read_checkin_token, read_rsvp_token
from meetings.views.common import current_user, meeting_redirect


def meeting_detail(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    page = selectors.get_meeting_page(access, current_user(request), meeting_id)
    require(access.can_view_content)
    meeting = page.meeting
    user_id = current_user(request).pk
    can_manage = permissions.can_manage_meetings(access)
    # The charter gate: until the member signs the current version, the recap stays hidden.
    charter_signed = can_manage or has_access(access.community, current_user(request))
    return render(
        request,
        "meetings/detail.html",
        {
            "access": access,
            "community": access.community,
            "page": page,
            "meeting": meeting,
            "can_manage": can_manage,
            "can_answer": permissions.can_answer(access),
            "can_edit_recap": permissions.can_edit_recap(access, meeting, user_id),
            "can_read_recap": charter_signed
            and permissions.can_read_recap(access, meeting, page.recap, user_id),
            "recap_blocked_by_charter": not charter_signed and page.recap is not None,
            "show_video": permissions.can_see_video_link(access, page.my_answer),
        },
    )


@require_POST
def meeting_rsvp(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(permissions.can_answer(access))
    try:
        registration = services.rsvp(
            meeting=meeting,
            user=current_user(request),
            answer=request.POST.get("answer", ""),
            note=request.POST.get("note", ""),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _answer_message(registration.status))
    return meeting_redirect(request, "meetings_detail", meeting, anchor="rsvp")


def _answer_message(status: str) -> str:
    messages_by_status: dict[str, str] = {
        RegistrationStatus.GOING: _("Thank you: you are registered."),
        RegistrationStatus.NOT_GOING: _(
            "Noted: you will be absent. Thank you for letting us know."
        ),
        RegistrationStatus.WAITLISTED: _("The meeting is full: you are on the waiting list."),
    }
    return messages_by_status[status]


@tenant_public
def rsvp_link(request: HttpRequest, org_slug: str, rsvp_token: str) -> HttpResponse:
    """The link in the email: GET asks to confirm, POST records the answer. The signed token
    authorises; no login needed."""
    try:
        claim = read_rsvp_token(rsvp_token)
    except signing.BadSignature:
        return render(request, "meetings/rsvp_link.html", {"invalid": True}, status=400)
    meeting = Meeting.objects.filter(pk=claim.meeting_id).select_related("community").first()
    person = User.objects.filter(pk=claim.user_id, is_active=True).first()
    if meeting is None or person is None:
        return render(request, "meetings/rsvp_link.html", {"invalid": True}, status=400)
    context = {
        "meeting": meeting,
        "community": meeting.community,
        "person": person,
        "answer": claim.answer,
        "token": rsvp_token,
    }
    if request.method == "POST":
        try:
            registration = services.rsvp(meeting=meeting, user=person, answer=claim.answer)
        except (ValidationError, PermissionDenied) as exc:
            messages_ = exc.messages if isinstance(exc, ValidationError) else []
            context["error"] = " ".join(messages_) or _(
                "You can no longer answer for this meeting."
            )
            return render(request, "meetings/rsvp_link.html", context, status=400)
        context["done"] = True
        context["message"] = _answer_message(registration.status)
    return render(request, "meetings/rsvp_link.html", context)


def topic_submit(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(permissions.can_answer(access))
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.submit_topic(
            meeting=meeting,
            author=current_user(request),
            text=form.cleaned_data["text"],
            present_anonymously=form.cleaned_data["present_anonymously"],
        )
        messages.success(request, _("Sent to the facilitators only. Thank you."))
        return meeting_redirect(request, "meetings_detail", meeting)
    return render(
        request,
        "meetings/topic.html",
        {"access": access, "community": access.community, "meeting": meeting, "form": form},
        status=400 if form.is_bound else 200,
    )


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def meeting_ics(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    page = selectors.get_meeting_page(access, current_user(request), meeting_id)
    require(access.can_view_content)
    url = absolute_url(
        reverse(
            "meetings_detail",
            kwargs={
                "org_slug": org_slug,
                "community_slug": community_slug,
                "meeting_id": meeting_id,
            },
        )
    )
    content = ics.meeting_ics(
        page.meeting,
        tzname=request.organization.timezone,  # type: ignore[attr-defined]
        url=url,
        with_video=permissions.can_see_video_link(access, page.my_answer),
    )
    return _ics_response(content, f"meeting-{meeting_id}.ics")


def series_ics(
    request: HttpRequest, org_slug: str, community_slug: str, series_id: int
) -> HttpResponse:
    access = get_community_access(request, community_slug)
    series = MeetingSeries.objects.filter(community=access.community, pk=series_id).first()
    if series is None:
        raise Http404
    require(access.can_view_content)
    last = series.meetings.order_by("-starts_at").values_list("starts_at", flat=True).first()
    content = ics.series_ics(
        series,
        tzname=request.organization.timezone,  # type: ignore[attr-defined]
        community_name=access.community.name,
        last_start=last or series.starts_at,
    )
    return _ics_response(content, f"series-{series_id}.ics")


def calendar(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Manage one's personal calendar feed: create (shown once), replace or revoke."""
    organization = request.organization  # type: ignore[attr-defined]
    user = current_user(request)
    new_url = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.revoke_calendar_feeds(organization=organization, user=user)
            messages.success(request, _("Your calendar link no longer works."))
            return redirect("meetings_calendar", org_slug=org_slug)
        _feed, token = services.create_calendar_feed(organization=organization, user=user)
        new_url = absolute_url(
            reverse("meetings_feed", kwargs={"org_slug": org_slug, "feed_token": token})
        )
    feed = selectors.active_feed(organization, user)
    return render(request, "meetings/calendar.html", {"feed": feed, "new_url": new_url})


@tenant_public
def feed(request: HttpRequest, org_slug: str, feed_token: str) -> HttpResponse:
    """The personal feed, read by calendar apps without a session: the secret token authorises."""
    organization = request.organization  # type: ignore[attr-defined]
    subscription = selectors.feed_for_token(organization, feed_token)
    if subscription is None:
        raise Http404
    user = subscription.user
    with scope(organization=organization):
        meetings, going = selectors.feed_meetings(user)
        services.record_feed_use(feed=subscription)

    def url_for(meeting: Meeting) -> str:
        return absolute_url(
            reverse(
                "meetings_detail",
                kwargs={
                    "org_slug": org_slug,
                    "community_slug": meeting.community.slug,
                    "meeting_id": meeting.pk,
                },
            )
        )

    content = ics.feed_ics(
        meetings,
        tzname=organization.timezone,
        name=f"cdp — {organization.name}",
        url_for=url_for,
        with_video=lambda meeting: meeting.pk in going and meeting.has_video,
    )
    return _ics_response(content, "cdp.ics")


def check_in(
    request: HttpRequest, org_slug: str, community_slug: str, meeting_id: int, checkin_token: str
) -> HttpResponse:
    """Self check-in from the link or QR code shown in the room: GET confirms, POST records."""
    access = get_community_access(request, community_slug)
    meeting = selectors.get_meeting(access, meeting_id)
    require(permissions.can_answer(access))
    try:
        valid = read_checkin_token(checkin_token) == meeting.pk
    except signing.BadSignature:
        valid = False
    context: dict[str, object] = {"community": access.community, "meeting": meeting, "valid": valid}
    if not valid:
        return render(request, "meetings/checkin.html", context, status=400)
    if request.method == "POST":
        try:
            context["attendance"] = services.self_check_in(
                meeting=meeting, user=current_user(request)
            )
        except ValidationError as exc:
            context["error"] = " ".join(exc.messages)
            return render(request, "meetings/checkin.html", context, status=400)
    return render(request, "meetings/checkin.html", context)
