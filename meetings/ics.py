"""iCalendar (RFC 5545) files: one meeting, a series with its RRULE, a personal feed."""

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from meetings.models import Meeting, MeetingSeries, MeetingStatus

PRODID = "-//cdp//meetings//FR"


def _calendar(name: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def uid(meeting: Meeting) -> str:
    host = settings.SITE_URL.split("//")[-1].split("/")[0].split(":")[0] or "cdp"
    return f"meeting-{meeting.pk}@{host}"


def _location(meeting: Meeting, with_video: bool) -> str:
    parts = []
    if meeting.has_room and meeting.room_address:
        parts.append(meeting.room_address.replace("\r", "").replace("\n", ", "))
    if with_video and meeting.has_video and meeting.video_link:
        parts.append(meeting.video_link)
    return " · ".join(parts)


def meeting_event(
    meeting: Meeting, *, tzname: str, url: str = "", with_video: bool = False
) -> Event:
    """One VEVENT with local times (TZID) so calendars keep the wall-clock time across DST."""
    zone = ZoneInfo(tzname)
    event = Event()
    event.add("uid", uid(meeting))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(meeting.starts_at, zone))
    event.add("dtend", timezone.localtime(meeting.ends_at, zone))
    event.add("summary", f"{meeting.title} — {meeting.community.name}")
    event.add("sequence", meeting.sequence)
    event.add("status", "CANCELLED" if meeting.status == MeetingStatus.CANCELLED else "CONFIRMED")
    location = _location(meeting, with_video)
    if location:
        event.add("location", location)
    description = [meeting.theme] if meeting.theme else []
    if url:
        event.add("url", url)
        description.append(url)
    if description:
        event.add("description", "\n\n".join(description))
    return event


def _finish(calendar: Calendar, starts: list[datetime]) -> bytes:
    if starts:
        calendar.add_missing_timezones(
            first_date=(min(starts) - timedelta(days=1)).date(),
            last_date=(max(starts) + timedelta(days=1)).date(),
        )
    return bytes(calendar.to_ical())


def meeting_ics(meeting: Meeting, *, tzname: str, url: str = "", with_video: bool = False) -> bytes:
    calendar = _calendar()
    calendar.add_component(meeting_event(meeting, tzname=tzname, url=url, with_video=with_video))
    return _finish(calendar, [meeting.starts_at])


def series_ics(
    series: MeetingSeries, *, tzname: str, community_name: str, last_start: datetime
) -> bytes:
    """The series as one recurring VEVENT: RRULE and EXDATE in local time."""
    zone = ZoneInfo(tzname)
    start = timezone.localtime(series.starts_at, zone)
    calendar = _calendar()
    event = Event()
    host = settings.SITE_URL.split("//")[-1].split("/")[0].split(":")[0] or "cdp"
    event.add("uid", f"series-{series.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=series.duration_minutes))
    event.add("summary", f"{series.title} — {community_name}")
    event.add("rrule", _rrule_dict(series.rrule))
    for day in series.exdates:
        excluded = datetime.fromisoformat(day).replace(
            hour=start.hour, minute=start.minute, tzinfo=zone
        )
        event.add("exdate", excluded)
    calendar.add_component(event)
    return _finish(calendar, [series.starts_at, last_start])


def _rrule_dict(rule: str) -> dict[str, str]:
    parts = [part for part in rule.upper().removeprefix("RRULE:").split(";") if "=" in part]
    return {key: value for key, value in (part.split("=", 1) for part in parts)}


def feed_ics(
    meetings: Iterable[Meeting],
    *,
    tzname: str,
    name: str,
    url_for: Callable[[Meeting], str],
    with_video: Callable[[Meeting], bool],
) -> bytes:
    calendar = _calendar(name)
    starts = []
    for meeting in meetings:
        calendar.add_component(
            meeting_event(
                meeting, tzname=tzname, url=url_for(meeting), with_video=with_video(meeting)
            )
        )
        starts.append(meeting.starts_at)
    return _finish(calendar, starts)
