"""The meeting emails through the outbox: each sent once, in the right language, when relevant."""

import re
from datetime import timedelta

from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp import notifications
from cdp.models import Notification, NotificationState
from cdp.tasks import send_notification_batch, sweep_notifications
from meetings import notify, services
from meetings.models import Registration
from tests.conftest import Tenant
from tests.meetings.conftest import plan, rows, send_due


def _to(email: str, kind_subject: str = "") -> list:  # type: ignore[type-arg]
    return [m for m in mail.outbox if m.to == [email] and kind_subject in m.subject]


def test_the_invitation_is_sent_once_with_a_calendar_file(tenant: Tenant) -> None:
    plan(tenant, title="Gouvernance")
    first = send_due()
    second = send_due()
    assert first["sent"] == 2 and second["sent"] == 0
    messages = _to(tenant.member.email)
    assert len(messages) == 1
    message = messages[0]
    assert "Gouvernance" in message.subject
    filename, content, mimetype = message.attachments[0]
    assert filename == "meeting.ics" and mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in str(content)
    html = message.alternatives[0]
    assert html[1] == "text/html" and "Gouvernance" in html[0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_emails_follow_the_recipients_language(tenant: Tenant) -> None:
    with scopes_disabled():
        tenant.member.language = "en"
        tenant.member.save()
    plan(tenant, title="Budget")
    send_due()
    english = _to(tenant.member.email)[0]
    french = _to(tenant.facilitator.email)[0]
    assert english.subject.startswith("Invitation: Budget")
    assert "You are invited" in english.body
    assert "Vous êtes invité" in french.body
    assert re.search(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", french.body)
    assert re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", english.body)


def test_the_same_batch_delivered_twice_sends_once(tenant: Tenant) -> None:
    plan(tenant)
    batches = notifications.sweep()
    assert notifications.sweep() == []  # a second sweep finds nothing more to dispatch
    ids = [i for batch in batches for i in batch]
    first = send_notification_batch(ids)
    again = send_notification_batch(ids)
    assert first["sent"] == 2 and again == {**again, "sent": 0, "skipped": 2}
    assert len(mail.outbox) == 2


def test_the_periodic_task_sends_due_rows(tenant: Tenant) -> None:
    plan(tenant)
    assert sweep_notifications() == 1  # eager in tests: the batch task runs inline
    assert len(mail.outbox) == 2
    assert sweep_notifications() == 0


@override_settings(NOTIFICATION_CLAIM_TIMEOUT_SECONDS=60)
def test_a_row_left_sending_becomes_uncertain_and_is_never_resent(tenant: Tenant) -> None:
    plan(tenant)
    batches = notifications.sweep()
    ids = batches[0]
    crashed = ids[0]
    # A worker claimed the first row, then died before sending it.
    with scopes_disabled():
        Notification.objects.filter(pk=crashed).update(
            state=NotificationState.SENDING, claimed_at=timezone.now()
        )
    notifications.deliver_batch(ids)
    assert len(mail.outbox) == 1
    later = timezone.now() + timedelta(minutes=5)
    send_due(now=later)
    with scopes_disabled():
        assert Notification.objects.get(pk=crashed).state == NotificationState.UNCERTAIN
    send_due(now=later + timedelta(minutes=5))
    assert len(mail.outbox) == 1


def test_reminders_are_sent_at_their_time_and_skip_those_who_are_absent(tenant: Tenant) -> None:
    meeting = plan(tenant, days=10)
    send_due()
    mail.outbox.clear()
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.facilitator, answer="not_going")
    send_due(now=meeting.starts_at - timedelta(days=7) + timedelta(minutes=1))
    assert [m.to for m in mail.outbox] == [[tenant.member.email]]
    assert "7" in mail.outbox[0].subject


def test_still_coming_goes_to_those_who_said_yes_instead_of_the_last_reminder(
    tenant: Tenant,
) -> None:
    meeting = plan(tenant, days=10)
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.member, answer="going")
    send_due(now=meeting.starts_at - timedelta(hours=2))
    member_mail = [m.subject for m in _to(tenant.member.email)]
    facilitator_mail = [m.subject for m in _to(tenant.facilitator.email)]
    assert len(member_mail) == 3  # invitation, 7-day reminder, still coming?
    assert any("demain" in subject for subject in member_mail)
    assert len(facilitator_mail) == 3  # invitation, 7-day and 1-day reminders
    assert not any("demain" in subject for subject in facilitator_mail)
    video = _to(tenant.member.email)[-1].body
    assert "rsvp" in video


def test_the_video_link_is_only_in_emails_to_registered_members(tenant: Tenant) -> None:
    meeting = plan(tenant, days=10, video_link="https://visio.example.org/cercle")
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.member, answer="going")
    send_due(now=meeting.starts_at - timedelta(days=7) + timedelta(minutes=1))
    member_reminder = _to(tenant.member.email)[-1]
    facilitator_reminder = _to(tenant.facilitator.email)[-1]
    assert "visio.example.org" in member_reminder.body
    assert "visio.example.org" not in facilitator_reminder.body


def test_the_rsvp_link_in_the_email_records_the_answer(tenant: Tenant) -> None:
    plan(tenant)
    send_due()
    body = _to(tenant.member.email)[0].body
    yes = re.search(r"http://[^\s]+/rsvp/[^\s]+/", body).group(0)  # type: ignore[union-attr]
    path = yes.split("127.0.0.1:8000", 1)[1]
    client = Client()
    page = client.get(path)
    assert page.status_code == 200
    with scopes_disabled():
        assert not Registration.objects.exists()  # GET only asks to confirm
    assert client.post(path).status_code == 200
    with scopes_disabled():
        assert Registration.objects.get().status == "going"


def test_a_cancelled_meeting_tells_registrants_and_sends_no_reminder(tenant: Tenant) -> None:
    meeting = plan(tenant, days=10)
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.member, answer="going")
        services.cancel_meeting(meeting=meeting, actor=tenant.facilitator)
    send_due(now=meeting.starts_at + timedelta(days=5))
    subjects = [m.subject for m in _to(tenant.member.email)]
    assert len(subjects) == 1 and subjects[0].startswith("Annulée")


def test_a_moved_meeting_sends_the_new_time_with_a_calendar_file(tenant: Tenant) -> None:
    meeting = plan(tenant, days=10)
    send_due()
    mail.outbox.clear()
    with scope(organization=tenant.organization):
        services.rsvp(meeting=meeting, user=tenant.member, answer="going")
        data = services.MeetingData(
            title=meeting.title, starts_at=meeting.starts_at + timedelta(days=1)
        )
        services.update_meeting(meeting=meeting, actor=tenant.facilitator, data=data)
    send_due()
    [message] = mail.outbox
    assert message.to == [tenant.member.email]
    assert message.attachments and "SEQUENCE:1" in str(message.attachments[0][1])


def test_unsubscribing_from_reminders_stops_them_only(tenant: Tenant) -> None:
    meeting = plan(tenant, days=10)
    with scopes_disabled():
        tenant.member.email_opt_outs = [notify.REMINDER]
        tenant.member.save()
    send_due(now=meeting.starts_at - timedelta(hours=30))
    subjects = [m.subject for m in _to(tenant.member.email)]
    assert len(subjects) == 1 and subjects[0].startswith("Invitation")


def test_recap_summary_and_nudge(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    send_due(now=meeting.ends_at + timedelta(days=2, minutes=1))
    nudges = [m for m in mail.outbox if "compte rendu" in m.subject]
    assert [m.to for m in nudges] == [[tenant.facilitator.email]]
    with scope(organization=tenant.organization):
        recap = services.save_recap(
            meeting=meeting, actor=tenant.facilitator, summary="Trois pistes.", next_theme="Budget"
        )
        services.add_follow_up(recap=recap, actor=tenant.facilitator, text="Partager le gabarit")
        services.add_shared_tool(
            recap=recap, actor=tenant.facilitator, title="Gabarit", url="https://example.org/g"
        )
        services.publish_recap(recap=recap, actor=tenant.facilitator)
    mail.outbox.clear()
    send_due(now=meeting.ends_at + timedelta(days=3))
    message = _to(tenant.member.email)[0]
    assert "Trois pistes." in message.body and "Partager le gabarit" in message.body
    assert "https://example.org/g" in message.body and "Budget" in message.body


def test_the_nudge_is_dropped_once_the_recap_is_published(tenant: Tenant) -> None:
    meeting = plan(tenant, days=1)
    with scope(organization=tenant.organization):
        recap = services.save_recap(meeting=meeting, actor=tenant.facilitator, summary="ok")
        services.publish_recap(recap=recap, actor=tenant.facilitator)
    send_due(now=meeting.ends_at + timedelta(days=3))
    assert not [m for m in mail.outbox if "compte rendu" in m.subject]
    assert {r.state for r in rows(kind=notify.RECAP_NUDGE)} == {NotificationState.CANCELLED}
