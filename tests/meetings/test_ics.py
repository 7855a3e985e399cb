"""Calendar files, generated with icalendar and read back with a small RFC 5545 reader written
here (unfolding, components, TZID resolution through VTIMEZONE, RRULE expansion): it shares no
code with the generator, so a wrong offset or rule on either side shows."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import Client
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from meetings import services
from meetings.models import Meeting
from tests.conftest import Tenant
from tests.meetings.conftest import plan

TORONTO = ZoneInfo("America/Toronto")


@dataclass
class Component:
    name: str
    props: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list["Component"] = field(default_factory=list)

    def get(self, name: str) -> tuple[dict[str, str], str]:
        return next((params, value) for key, params, value in self.props if key == name)

    def all(self, name: str) -> list[tuple[dict[str, str], str]]:
        return [(params, value) for key, params, value in self.props if key == name]

    def find(self, name: str) -> list["Component"]:
        found = [child for child in self.children if child.name == name]
        for child in self.children:
            found += child.find(name)
        return found


def parse(data: bytes) -> Component:
    text = data.decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    raw_lines = text.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in raw_lines)
    lines: list[str] = []
    for line in raw_lines:
        if line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    root = Component("ROOT")
    stack = [root]
    for line in lines:
        head, value = line.split(":", 1)
        name, *raw_params = head.split(";")
        params = dict(part.split("=", 1) for part in raw_params)
        if name == "BEGIN":
            component = Component(value)
            stack[-1].children.append(component)
            stack.append(component)
        elif name == "END":
            assert stack.pop().name == value
        else:
            stack[-1].props.append((name, params, value))
    assert stack == [root]
    return root


def local(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%S")


def offset(value: str) -> timedelta:
    sign = -1 if value[0] == "-" else 1
    return sign * timedelta(hours=int(value[1:3]), minutes=int(value[3:5]))


def to_utc(calendar: Component, tzid: str, wall: datetime) -> datetime:
    """The UTC instant of a local time, from the onsets of the calendar's own VTIMEZONE."""
    [zone] = [z for z in calendar.find("VTIMEZONE") if z.get("TZID")[1] == tzid]
    onsets: list[tuple[datetime, timedelta]] = []
    for part in zone.children:
        to = offset(part.get("TZOFFSETTO")[1])
        onsets.append((local(part.get("DTSTART")[1]), to))
        for _params, value in part.all("RDATE"):
            onsets += [(local(day), to) for day in value.split(",")]
    applicable = [item for item in sorted(onsets) if item[0] <= wall]
    assert applicable, f"{wall} is before the VTIMEZONE's first onset"
    return (wall - applicable[-1][1]).replace(tzinfo=UTC)


def event_start_utc(calendar: Component, event: Component) -> datetime:
    params, value = event.get("DTSTART")
    return to_utc(calendar, params["TZID"], local(value))


def expand_weekly(event: Component) -> list[datetime]:
    """RRULE FREQ=WEEKLY with INTERVAL and COUNT, minus EXDATE, in local wall-clock time."""
    rule = dict(part.split("=") for part in event.get("RRULE")[1].split(";"))
    assert rule["FREQ"] == "WEEKLY"
    start = local(event.get("DTSTART")[1])
    step = timedelta(weeks=int(rule.get("INTERVAL", "1")))
    excluded = {local(value) for _params, value in event.all("EXDATE")}
    dates = [start + step * index for index in range(int(rule["COUNT"]))]
    return [day for day in dates if day not in excluded]


def _get(client: Client, name: str, **kwargs: object) -> bytes:
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    return response.content


def test_a_meeting_file_keeps_local_time_on_both_sides_of_the_november_change(
    tenant: Tenant,
) -> None:
    before = plan(tenant, starts_at=datetime(2026, 10, 28, 19, 0, tzinfo=TORONTO), title="Avant")
    after = plan(tenant, starts_at=datetime(2026, 11, 4, 19, 0, tzinfo=TORONTO), title="Après")
    client = Client()
    client.force_login(tenant.member)
    org, cdp = tenant.organization.slug, tenant.community.slug
    for meeting, expected_utc in (
        (before, datetime(2026, 10, 28, 23, 0, tzinfo=UTC)),
        (after, datetime(2026, 11, 5, 0, 0, tzinfo=UTC)),
    ):
        data = _get(client, "meetings_ics", org_slug=org, community_slug=cdp, meeting_id=meeting.pk)
        calendar = parse(data)
        [vcalendar] = calendar.children
        assert vcalendar.get("VERSION")[1] == "2.0"
        [event] = calendar.find("VEVENT")
        params, value = event.get("DTSTART")
        assert params == {"TZID": "America/Toronto"} and value.endswith("T190000")
        assert event_start_utc(calendar, event) == expected_utc == meeting.starts_at
        end_params, end_value = event.get("DTEND")
        assert to_utc(calendar, end_params["TZID"], local(end_value)) == meeting.ends_at
        assert event.get("UID")[1].startswith(f"meeting-{meeting.pk}@")
        assert meeting.title in event.get("SUMMARY")[1]


def test_a_series_file_has_its_rule_and_exceptions_and_matches_the_meeting_rows(
    tenant: Tenant,
) -> None:
    first = datetime(2026, 10, 14, 19, 0, tzinfo=TORONTO)
    data = services.MeetingData(title="Codéveloppement", starts_at=first, duration_minutes=180)
    with scope(organization=tenant.organization):
        series = services.schedule_series(
            community=tenant.community,
            actor=tenant.facilitator,
            data=data,
            rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=5",
            exdates=[datetime(2026, 10, 28).date()],
            now=first - timedelta(days=60),
        )
    client = Client()
    client.force_login(tenant.member)
    content = _get(
        client,
        "meetings_series_ics",
        org_slug=tenant.organization.slug,
        community_slug=tenant.community.slug,
        series_id=series.pk,
    )
    calendar = parse(content)
    [event] = calendar.find("VEVENT")
    assert "FREQ=WEEKLY" in event.get("RRULE")[1]
    assert [value for _p, value in event.all("EXDATE")] == ["20261028T190000"]
    expected = [to_utc(calendar, "America/Toronto", day) for day in expand_weekly(event)]
    with scopes_disabled():
        rows = list(Meeting.objects.filter(series=series).values_list("starts_at", flat=True))
    assert sorted(rows) == expected
    assert [d.astimezone(TORONTO).hour for d in expected] == [19, 19, 19, 19]
    assert {d.utcoffset() for d in rows} == {timedelta(0)}
    assert [d.hour for d in sorted(rows)] == [23, 0, 0, 0]  # EDT, then EST after Nov 1


def test_the_personal_feed_works_without_a_session_and_stops_when_revoked(
    tenant: Tenant, other_tenant: Tenant
) -> None:
    coming = plan(tenant, days=5, title="Avec lien", video_link="https://visio.example.org/a")
    plan(tenant, days=6, title="Sans réponse", video_link="https://visio.example.org/b")
    plan(other_tenant, days=5, title="Autre organisme")
    with scope(organization=tenant.organization):
        services.rsvp(meeting=coming, user=tenant.member, answer="going")
        _feed, token = services.create_calendar_feed(
            organization=tenant.organization, user=tenant.member
        )
    url = reverse(
        "meetings_feed", kwargs={"org_slug": tenant.organization.slug, "feed_token": token}
    )
    calendar = parse(Client().get(url).content)
    events = {event.get("SUMMARY")[1].split(" — ")[0]: event for event in calendar.find("VEVENT")}
    assert set(events) == {"Avec lien", "Sans réponse"}
    assert "visio.example.org/a" in events["Avec lien"].get("LOCATION")[1]
    assert not events["Sans réponse"].all("LOCATION")
    other_url = reverse(
        "meetings_feed", kwargs={"org_slug": other_tenant.organization.slug, "feed_token": token}
    )
    assert Client().get(other_url).status_code == 404
    with scope(organization=tenant.organization):
        services.revoke_calendar_feeds(organization=tenant.organization, user=tenant.member)
    assert Client().get(url).status_code == 404


def test_a_cancelled_meeting_is_cancelled_in_the_calendar(tenant: Tenant) -> None:
    meeting = plan(tenant, days=5)
    with scope(organization=tenant.organization):
        services.cancel_meeting(meeting=meeting, actor=tenant.facilitator)
    client = Client()
    client.force_login(tenant.member)
    calendar = parse(
        _get(
            client,
            "meetings_ics",
            org_slug=tenant.organization.slug,
            community_slug=tenant.community.slug,
            meeting_id=meeting.pk,
        )
    )
    [event] = calendar.find("VEVENT")
    assert event.get("STATUS")[1] == "CANCELLED" and event.get("SEQUENCE")[1] == "1"
