"""The recap (compte rendu): summary, follow-ups, tools shared, next theme; then publication."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from communities.models import Membership
from meetings import notify
from meetings.models import (
    FollowUp,
    Meeting,
    MeetingStatus,
    Recap,
    RecapVisibility,
    SharedTool,
)


def get_or_create_recap(*, meeting: Meeting) -> Recap:
    recap, _created = Recap.objects.get_or_create(
        meeting=meeting, defaults={"organization_id": meeting.organization_id}
    )
    return recap


@transaction.atomic
def save_recap(
    *,
    meeting: Meeting,
    actor: User,
    summary: str,
    next_theme: str = "",
    visibility: str = RecapVisibility.MEMBERS,
) -> Recap:
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("A cancelled meeting has no recap."))
    if visibility not in RecapVisibility.values:
        raise ValidationError(_("Unknown visibility."))
    recap = get_or_create_recap(meeting=meeting)
    recap.summary = summary
    recap.next_theme = next_theme
    recap.visibility = visibility
    recap.updated_by = actor
    recap.save()
    return recap


@transaction.atomic
def add_follow_up(
    *, recap: Recap, actor: User, text: str, owner: User | None = None, due_date: date | None = None
) -> FollowUp:
    if not text.strip():
        raise ValidationError(_("Describe the follow-up."))
    if (
        owner is not None
        and not Membership.objects.filter(
            community_id=recap.meeting.community_id, user=owner
        ).exists()
    ):
        raise ValidationError(_("The owner must be a member of the community."))
    return FollowUp.objects.create(
        organization_id=recap.organization_id,
        recap=recap,
        text=text.strip(),
        owner=owner,
        due_date=due_date,
    )


@transaction.atomic
def set_follow_up_done(*, follow_up: FollowUp, actor: User, done: bool = True) -> FollowUp:
    follow_up.is_done = done
    follow_up.save(update_fields=["is_done"])
    return follow_up


@transaction.atomic
def delete_follow_up(*, follow_up: FollowUp, actor: User) -> None:
    follow_up.delete()


@transaction.atomic
def add_shared_tool(*, recap: Recap, actor: User, title: str, url: str = "") -> SharedTool:
    if not title.strip():
        raise ValidationError(_("Name the tool."))
    return SharedTool.objects.create(
        organization_id=recap.organization_id, recap=recap, title=title.strip(), url=url
    )


@transaction.atomic
def delete_shared_tool(*, tool: SharedTool, actor: User) -> None:
    tool.delete()


def recap_audience(recap: Recap) -> list[User]:
    """Who receives the follow-up summary: the readers of the recap, plus follow-up owners."""
    meeting = recap.meeting
    if recap.visibility == RecapVisibility.MEMBERS:
        people = {user.pk: user for user in notify.member_users(meeting.community_id)}
    else:
        people = {user.pk: user for user in notify.facilitator_users(meeting)}
        if meeting.note_taker is not None:
            people.setdefault(meeting.note_taker.pk, meeting.note_taker)
    for follow_up in recap.follow_ups.select_related("owner"):
        if follow_up.owner is not None and follow_up.owner.is_active:
            people.setdefault(follow_up.owner.pk, follow_up.owner)
    return list(people.values())


@transaction.atomic
def publish_recap(*, recap: Recap, actor: User, send_summary: bool = True) -> Recap:
    """Publish the recap and queue the follow-up summary (once per person, even if republished);
    `send_summary=False` publishes an old recap without emailing anyone (imports, demo)."""
    if not recap.summary.strip():
        raise ValidationError(_("Write a summary before publishing."))
    meeting = recap.meeting
    if recap.published_at is None:
        recap.published_at = timezone.now()
        recap.updated_by = actor
        recap.save(update_fields=["published_at", "updated_by", "updated_at"])
    if meeting.status == MeetingStatus.PLANNED and meeting.starts_at <= timezone.now():
        meeting.status = MeetingStatus.HELD
        meeting.save(update_fields=["status", "updated_at"])
    if send_summary:
        notify.queue_recap_summary(meeting, users=recap_audience(recap))
    return recap
