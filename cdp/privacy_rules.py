"""The personal data inventory: one rule per way a model holds a person's data (see cdp/privacy.py).

KEEP rules leave rows that point to the person's account: once the account row is anonymised they
name nobody, and they keep annual counts, authored community content and histories whole.
`NOT_PERSONAL` lists fields the completeness test would flag by name or type but that hold no
personal data, each with the reason.
"""

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from cdp.privacy import Erase, Rule, anonymise_user, anonymous_email, pseudonym, register

NOT_PERSONAL: dict[str, str] = {
    "accounts.Organization.name": "the name of an organisation, not of a person",
    "accounts.Organization.privacy_contact": "a role address of the organisation (privacy officer)",
    "communities.Community.name": "the name of a community",
    "meetings.Meeting.room_address": "the address of a meeting venue, not of a person",
    "toolbox.ToolFile.filename": "the name of a tool's file",
}

AUTHORED = (
    "authored community content or a history of the community; it stays with the anonymised "
    "account, which no longer names anyone"
)


def _leave_communities(user: User, rows: "QuerySet[Any]") -> int:
    """Requests and invitations go; memberships end today, so past counts stay as they were."""
    now = timezone.now()
    changed = int(rows.filter(status__in=["pending", "invited", "waitlisted"]).delete()[0])
    changed += rows.filter(status="active").update(
        status="left", left_at=now, status_changed_at=now
    )
    return changed + rows.update(leave_reason="", request_message="", expertise="")


def _drop_registrations(user: User, rows: "QuerySet[Any]") -> int:
    """Answers to future meetings go, through the meetings app so that a freed seat goes to the
    first person waiting; past answers stay (without the note) for attendance rates."""
    from django.core.exceptions import PermissionDenied, ValidationError

    from meetings.services import rsvp

    now = timezone.now()
    for registration in rows.filter(
        meeting__starts_at__gte=now, meeting__status="planned", status="going"
    ).select_related("meeting"):
        try:
            rsvp(meeting=registration.meeting, user=user, answer="not_going", now=now)
        except (PermissionDenied, ValidationError):
            continue  # the meeting no longer takes answers: nothing to free
    changed = int(rows.filter(meeting__starts_at__gte=now).delete()[0])
    return changed + rows.exclude(note="").update(note="")


def _forget_notifications(user: User, rows: "QuerySet[Any]") -> int:
    """Nothing more is sent; the rows keep their keys (no resend) without the address."""
    rows.filter(state__in=["queued", "dispatched"]).update(state="cancelled")
    return int(rows.update(email=anonymous_email(user)))


def _forget_admin_log(user: User, rows: "QuerySet[Any]") -> int:
    """Operators' log entries about the account keep the action, not the name they showed."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    return int(
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
        ).update(object_repr=pseudonym(user), change_message="")
    )


def _pseudonymise_signatures(user: User, rows: "QuerySet[Any]") -> int:
    from charters.services import pseudonymise_signatures

    return pseudonymise_signatures(user)


register(
    # accounts
    Rule(
        model="accounts.User",
        section="profile",
        paths=("pk",),
        erase=Erase.CUSTOM,
        handler=anonymise_user,
        reason="the row stays so that counts add up; every identifying field is blanked, the "
        "email becomes deleted-<id>@invalid, the password unusable and the account inactive",
        export=(
            "email",
            "first_name",
            "last_name",
            "pronouns",
            "job_title",
            "home_organization",
            "language",
            "email_opt_outs",
            "directory_visible",
            "date_joined",
            "last_login",
        ),
        covers=(
            "email",
            "first_name",
            "last_name",
            "pronouns",
            "job_title",
            "home_organization",
            "email_opt_outs",
            "groups",
            "user_permissions",
        ),
    ),
    Rule(
        model="accounts.ConsentRecord",
        section="consent_log",
        paths=("user",),
        erase=Erase.KEEP,
        reason="proof of the choices made; the wording holds no identity and the account is "
        "anonymised",
        export=("topic", "granted", "wording", "source", "created_at"),
    ),
    Rule(
        model="accounts.OrganizationMembership",
        paths=("user",),
        erase=Erase.DELETE,
        reason="the person leaves every organisation",
        export=("organization__name", "role", "created_at"),
    ),
    Rule(
        model="accounts.OrganizationInvitation",
        paths=("email", "accepted_by"),
        erase=Erase.DELETE,
        reason="invitations addressed to the person",
        export=("organization__name", "email", "role", "status", "created_at", "accepted_at"),
    ),
    Rule(
        model="accounts.OrganizationInvitation",
        section="accounts.OrganizationInvitation.sent",
        paths=("invited_by",),
        erase=Erase.KEEP,
        reason="invitations the person sent belong to the invitee; the sender is anonymised",
        export=("organization__name", "role", "status", "created_at"),
    ),
    Rule(
        model="account.EmailAddress",
        paths=("user",),
        erase=Erase.DELETE,
        reason="sign-in addresses of the account",
        export=("email", "verified", "primary"),
    ),
    Rule(
        model="guardian.UserObjectPermission",
        paths=("user",),
        erase=Erase.DELETE,
        reason="per-object exceptions granted to the person",
        export=("permission__codename", "object_pk"),
    ),
    Rule(
        model="admin.LogEntry",
        paths=("user",),
        erase=Erase.CUSTOM,
        handler=_forget_admin_log,
        reason="what an operator did stays; entries about the person's account lose the name",
        export=("action_time", "content_type__model", "object_repr", "action_flag"),
    ),
    # cdp
    Rule(
        model="cdp.Notification",
        paths=("recipient", "email"),
        erase=Erase.CUSTOM,
        handler=_forget_notifications,
        reason="pending emails are cancelled; sent ones keep their key without the address",
        export=("kind", "email", "state", "due_at", "sent_at"),
    ),
    Rule(
        model="cdp.AuditEntry",
        paths=("target",),
        erase=Erase.PSEUDONYMISE,
        replace={"target": anonymous_email},
        reason="the audit log keeps what happened (7 years) with the address replaced",
        export=("organization__name", "action", "target", "created_at"),
    ),
    Rule(
        model="cdp.AuditEntry",
        section="cdp.AuditEntry.actor",
        paths=("actor",),
        erase=Erase.KEEP,
        reason="changes the person made stay in the audit log under the anonymised account",
        # Not the target: it may name someone else.
        export=("organization__name", "action", "created_at"),
    ),
    # Before the memberships end: cancelling an answer needs an active member.
    Rule(
        model="meetings.Registration",
        paths=("user",),
        erase=Erase.CUSTOM,
        handler=_drop_registrations,
        reason="answers to future meetings are deleted; past ones stay (without the note) for "
        "attendance rates",
        export=(
            "meeting__community__name",
            "meeting__title",
            "meeting__starts_at",
            "status",
            "note",
            "responded_at",
        ),
    ),
    # communities
    Rule(
        model="communities.Membership",
        paths=("user",),
        erase=Erase.CUSTOM,
        handler=_leave_communities,
        reason="memberships end today (past enrolment counts unchanged); requests, invitations "
        "and waiting-list places are deleted; reasons, messages and expertise are blanked",
        export=(
            "community__organization__name",
            "community__name",
            "status",
            "joined_at",
            "left_at",
            "leave_reason",
            "request_message",
            "expertise",
        ),
        covers=("leave_reason", "expertise", "request_message"),
    ),
    Rule(
        model="communities.MembershipRole",
        paths=("membership__user",),
        erase=Erase.KEEP,
        reason="roles held, counted in reports; the membership is anonymised",
        export=("membership__community__name", "role", "expires_at", "created_at"),
    ),
    Rule(
        model="communities.MembershipRole",
        section="communities.MembershipRole.granted",
        paths=("granted_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("membership__community__name", "role", "created_at"),
    ),
    Rule(
        model="communities.CommunityInvitation",
        paths=("email", "accepted_by"),
        erase=Erase.DELETE,
        reason="invitations addressed to the person",
        export=("community__name", "email", "state", "created_at", "accepted_at"),
    ),
    Rule(
        model="communities.CommunityInvitation",
        section="communities.CommunityInvitation.sent",
        paths=("invited_by",),
        erase=Erase.KEEP,
        reason="invitations the person sent belong to the invitee; the sender is anonymised",
        export=("community__name", "state", "created_at"),
    ),
    Rule(
        model="communities.Community",
        paths=("created_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("organization__name", "name", "created_at"),
    ),
    Rule(
        model="communities.StageChange",
        paths=("changed_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "stage", "note", "changed_at"),
    ),
    Rule(
        model="communities.ObjectiveReview",
        paths=("reviewed_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("objective__community__name", "objective__text", "status", "note", "reviewed_at"),
    ),
    Rule(
        model="communities.Theme",
        paths=("proposed_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "title", "details", "status", "created_at"),
    ),
    Rule(
        model="communities.CommunityUserObjectPermission",
        paths=("user",),
        erase=Erase.DELETE,
        reason="per-community exceptions granted to the person",
        export=("content_object__name", "permission__codename"),
    ),
    # meetings
    Rule(
        model="meetings.MeetingSeries",
        paths=("created_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "title", "created_at"),
    ),
    Rule(
        model="meetings.Meeting",
        paths=("created_by", "note_taker", "presenter", "co_facilitators"),
        erase=Erase.KEEP,
        reason="the meeting's history (who planned, took notes, presented, co-facilitated) "
        "stays with the anonymised account",
        export=("community__name", "title", "starts_at", "status"),
    ),
    Rule(
        model="meetings.Attendance",
        paths=("user",),
        erase=Erase.KEEP,
        reason="attendance is counted in annual reports; the account is anonymised",
        export=(
            "meeting__community__name",
            "meeting__title",
            "meeting__starts_at",
            "status",
            "self_checked_in",
        ),
    ),
    Rule(
        model="meetings.Attendance",
        section="meetings.Attendance.recorded",
        paths=("recorded_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("meeting__title", "meeting__starts_at", "recorded_at"),
    ),
    Rule(
        model="meetings.TopicSubmission",
        paths=("author",),
        erase=Erase.DELETE,
        reason="situations confided to the facilitators are the person's own story",
        export=(
            "meeting__community__name",
            "meeting__title",
            "text",
            "present_anonymously",
            "created_at",
        ),
    ),
    Rule(
        model="meetings.Recap",
        paths=("updated_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("meeting__title", "summary", "updated_at"),
    ),
    Rule(
        model="meetings.FollowUp",
        paths=("owner",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("recap__meeting__title", "text", "due_date", "is_done"),
    ),
    Rule(
        model="meetings.CalendarFeed",
        paths=("user",),
        erase=Erase.DELETE,
        reason="personal calendar subscriptions stop working",
        export=("organization__name", "created_at", "revoked_at", "last_used_at"),
    ),
    # charters
    Rule(
        model="charters.CharterVersion",
        paths=("created_by", "published_by"),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("charter__community__name", "charter__kind", "number", "status", "created_at"),
    ),
    Rule(
        model="charters.CharterComment",
        paths=("author",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("version__charter__community__name", "version__number", "body", "created_at"),
    ),
    Rule(
        model="charters.Signature",
        paths=("user",),
        erase=Erase.CUSTOM,
        handler=_pseudonymise_signatures,
        reason="signatures are evidence and stay (append-only); the charters app replaces the "
        "name with a pseudonym and empties IP address, browser and reason",
        export=(
            "version__charter__community__name",
            "version__charter__kind",
            "version__number",
            "kind",
            "method",
            "signer_name",
            "fingerprint",
            "reason",
            "signed_at",
            "ip_address",
            "user_agent",
        ),
        covers=("signer_name", "reason", "ip_address", "user_agent"),
    ),
    # toolbox
    Rule(
        model="toolbox.Tool",
        paths=("created_by", "reviewed_by"),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "title", "status", "contributed_as"),
    ),
    Rule(
        model="toolbox.ToolFile",
        paths=("uploaded_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("tool__title", "filename", "version"),
    ),
    # evaluations
    Rule(
        model="evaluations.Survey",
        paths=("created_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "title", "created_at"),
    ),
    Rule(
        model="evaluations.NamedResponse",
        paths=("user",),
        erase=Erase.DELETE,
        reason="only the link to the person is deleted: the answers stay in the survey's totals "
        "without a name, like anonymous answers (which are never touched)",
        export=(
            "response__survey__community__name",
            "response__survey__title",
            "response__answers",
            "submitted_at",
        ),
    ),
    Rule(
        model="evaluations.Participation",
        paths=("user",),
        erase=Erase.KEEP,
        reason="response rates and relaunch dedupe; it says only that the anonymised account "
        "answered, on which day",
        export=("survey__community__name", "survey__title", "answered_on"),
    ),
    Rule(
        model="evaluations.Draft",
        paths=("user",),
        erase=Erase.DELETE,
        reason="unfinished answers are of no use to anyone else",
        export=("survey__community__name", "survey__title", "answers", "updated_at"),
    ),
    Rule(
        model="evaluations.FacilitatorReview",
        paths=("author",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "period_start", "period_end", "lessons", "next_steps"),
    ),
    Rule(
        model="evaluations.LogbookEntry",
        paths=("author",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "entry_date", "category", "text"),
    ),
    Rule(
        model="evaluations.Testimonial",
        paths=("selected_by",),
        erase=Erase.KEEP,
        reason=AUTHORED,
        export=("community__name", "text", "selected_on"),
    ),
    Rule(
        model="evaluations.AnnualReport",
        paths=("requested_by",),
        erase=Erase.KEEP,
        reason="reports requested by the person belong to the organisation",
        export=("community__name", "period_start", "period_end", "status", "created_at"),
    ),
    Rule(
        model="evaluations.Certificate",
        paths=("user",),
        erase=Erase.DELETE,
        reason="the person's participation certificates; the hours stay in attendance",
        export=(
            "community__name",
            "period_start",
            "period_end",
            "meetings_attended",
            "minutes_attended",
            "signed_at",
        ),
    ),
    Rule(
        model="evaluations.Certificate",
        section="evaluations.Certificate.signed",
        paths=("signed_by",),
        erase=Erase.PSEUDONYMISE,
        replace={"signed_by_name": pseudonym},
        reason="certificates the person signed for others stay valid under a pseudonym",
        export=("community__name", "period_start", "period_end", "signed_at"),
    ),
)
