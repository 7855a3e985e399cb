from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from cdp.maintenance import register_daily_job
        from cdp.notifications import register_kind
        from meetings import emails, notify
        from meetings.services import ensure_upcoming_sequences

        register_kind(notify.INVITATION, _("Meeting invitations"), emails.build_invitation)
        register_kind(notify.REMINDER, _("Meeting reminders"), emails.build_reminder)
        register_kind(
            notify.STILL_COMING, _("“Still coming?” the day before"), emails.build_still_coming
        )
        register_kind(notify.RECAP, _("Meeting follow-up summaries"), emails.build_recap)
        register_kind(
            notify.RECAP_NUDGE, _("Reminders to write a meeting recap"), emails.build_recap_nudge
        )
        register_kind(
            notify.CHANGED,
            _("Meeting moved or cancelled"),
            emails.build_changed,
            can_unsubscribe=False,
        )
        register_daily_job("meetings.upcoming_sequences", ensure_upcoming_sequences)
        from communities.panels import register_panel
        from meetings.panels import next_meeting_panel

        register_panel(
            key="meetings.next",
            template_name="meetings/panels/next.html",
            context_function=next_meeting_panel,
            order=10,
        )
