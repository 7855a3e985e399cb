"""Pure predicates on what a person may do with a meeting; views and templates share them."""

from communities.permissions import CommunityAccess
from meetings.models import Meeting, Recap, RecapVisibility, RegistrationStatus


def can_manage_meetings(access: CommunityAccess) -> bool:
    """Plan, edit and cancel meetings, build agendas, take attendance, see confidential topics."""
    return access.can_manage


def can_edit_recap(access: CommunityAccess, meeting: Meeting, user_id: int) -> bool:
    return access.can_manage or (access.is_member and meeting.note_taker_id == user_id)


def can_see_video_link(access: CommunityAccess, answer: str) -> bool:
    """The video link is for registered members (and the people running the meeting)."""
    return access.can_manage or (access.is_member and answer == RegistrationStatus.GOING)


def can_read_recap(
    access: CommunityAccess, meeting: Meeting, recap: Recap | None, user_id: int
) -> bool:
    if recap is None:
        return False
    if can_edit_recap(access, meeting, user_id):
        return True
    if not recap.is_published:
        return False
    return recap.visibility == RecapVisibility.MEMBERS and access.can_view_content


def can_answer(access: CommunityAccess) -> bool:
    """RSVP, say one will be absent, send a confidential topic, check in."""
    return access.is_member
