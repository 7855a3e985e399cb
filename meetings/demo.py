"""Demo meetings for the communities of cdp/demo_content.py, created through the services.

Past meetings are held, with attendance (the `present` figure of the narrative), an agenda and a
published recap; future ones are planned with their reminders queued. Idempotent: each meeting is
found again by `demo:<community slug>:<index>`.
"""

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from accounts.models import User
from cdp.demo import DemoContext
from cdp.demo_content import COMMUNITIES
from communities.models import Community, Modality
from meetings import services
from meetings.content import AGENDA_TEMPLATES
from meetings.models import Meeting, RegistrationStatus

START: dict[str, time] = {
    Modality.VIRTUAL.value: time(13, 30),
    Modality.IN_PERSON.value: time(9, 30),
    Modality.HYBRID.value: time(13, 30),
}
ROOM = "Salle communautaire, 1234 rue de la Visitation, Montréal"
VIDEO = "https://visio.example.org/{slug}"
TOOLS = ["Gabarit de compte rendu", "Jauge d'humeur", "Fiche « Mettre la table »"]


def _template(format_key: str, minutes: int) -> str:
    candidates = [t for t in AGENDA_TEMPLATES if t["format"] == format_key] or AGENDA_TEMPLATES
    return min(candidates, key=lambda t: abs(t["total_minutes"] - minutes))["key"]


def _starts_at(ctx: DemoContext, offset_weeks: int, modality: str, tzname: str) -> datetime:
    day = ctx.today + timedelta(weeks=offset_weeks)
    return datetime.combine(day, START.get(modality, time(13, 30)), tzinfo=ZoneInfo(tzname))


def _attendees(members: list[User], index: int, present: int) -> list[User]:
    """`present` members, rotating who is missing from one meeting to the next."""
    if not members:
        return []
    shift = (index * 2) % len(members)
    ordered = members[shift:] + members[:shift]
    return ordered[: min(present, len(members))]


@transaction.atomic
def _seed_meeting(
    ctx: DemoContext,
    data: dict[str, Any],
    community: Community,
    index: int,
    item: dict[str, Any],
    members: list[User],
) -> Meeting:
    key = f"demo:{data['slug']}:{index}"
    existing = Meeting.objects.filter(community=community, seed_key=key).first()
    if existing is not None:
        return existing
    facilitator = ctx.people[data["facilitators"][0]]
    tzname = community.organization.timezone
    modality = item.get("modality", community.modality)
    minutes = int(item.get("minutes", community.default_meeting_minutes))
    starts_at = _starts_at(ctx, item["offset_weeks"], modality, tzname)
    meeting = services.schedule_meeting(
        community=community,
        actor=facilitator,
        data=services.MeetingData(
            title=item["theme"][:200],
            theme=item["theme"],
            starts_at=starts_at,
            duration_minutes=minutes,
            modality=modality,
            room_address=ROOM if modality != Modality.VIRTUAL else "",
            video_link=VIDEO.format(slug=data["slug"]) if modality != Modality.IN_PERSON else "",
            co_facilitators=[ctx.people[email] for email in data["facilitators"][1:]],
            agenda_template=_template(community.format, minutes),
        ),
        seed_key=key,
    )
    if starts_at > timezone.now():
        for person in members[: max(1, len(members) // 2)]:
            services.rsvp(meeting=meeting, user=person, answer=RegistrationStatus.GOING)
        return meeting
    present = _attendees(members, index, int(item.get("present", 0)))
    status = "online" if modality == Modality.VIRTUAL else "in_room"
    statuses = {person.pk: status for person in present}
    statuses.update({person.pk: "absent" for person in members if person not in present})
    services.record_attendance(meeting=meeting, actor=facilitator, statuses=statuses)
    recap = services.save_recap(
        meeting=meeting,
        actor=facilitator,
        summary=(
            f"Rencontre sur « {item['theme']} » avec {len(present)} personnes. Chacun·e a décrit "
            "une situation vécue; le groupe a dégagé des pistes concrètes et les outils à partager."
        ),
        next_theme=_next_theme(data, index),
    )
    owner = present[0] if present else None
    services.add_follow_up(
        recap=recap,
        actor=facilitator,
        text="Partager le gabarit présenté pendant la rencontre",
        owner=owner,
        due_date=(starts_at + timedelta(days=14)).date(),
    )
    services.add_shared_tool(recap=recap, actor=facilitator, title=TOOLS[index % len(TOOLS)])
    services.publish_recap(recap=recap, actor=facilitator, send_summary=False)
    return meeting


def _next_theme(data: dict[str, Any], index: int) -> str:
    meetings = data["meetings"]
    return str(meetings[index + 1]["theme"]) if index + 1 < len(meetings) else ""


def seed(ctx: DemoContext) -> None:
    for data in COMMUNITIES:
        community = ctx.communities.get(data["slug"])
        if community is None:
            continue
        organization = ctx.organizations[data["org"]]
        with scope(organization=organization):
            community = Community.objects.select_related("organization").get(pk=community.pk)
            dropouts = {d["email"] if isinstance(d, dict) else d for d in data.get("dropouts", [])}
            members = [
                ctx.people[email]
                for email in data["members"]
                if email in ctx.people and email not in dropouts
            ]
            for index, item in enumerate(data["meetings"]):
                _seed_meeting(ctx, data, community, index, item, members)
            ctx.log.append(f"{community.name}: {len(data['meetings'])} meetings")
