from django.urls import path

from meetings.views import agenda, followup, members, planning

community_urlpatterns = [
    path("meetings/", planning.meeting_list, name="meetings_list"),
    path("meetings/new/", planning.meeting_create, name="meetings_create"),
    path("meetings/series/new/", planning.series_create, name="meetings_series_create"),
    path(
        "meetings/series/<int:series_id>/calendar.ics",
        members.series_ics,
        name="meetings_series_ics",
    ),
    path("meetings/settings/", planning.meeting_settings, name="meetings_settings"),
    path("meetings/rotation/", planning.rotation, name="meetings_rotation"),
    path("meetings/dashboard/", followup.dashboard, name="meetings_dashboard"),
    path("meetings/<int:meeting_id>/", members.meeting_detail, name="meetings_detail"),
    path("meetings/<int:meeting_id>/edit/", planning.meeting_edit, name="meetings_edit"),
    path("meetings/<int:meeting_id>/cancel/", planning.meeting_cancel, name="meetings_cancel"),
    path("meetings/<int:meeting_id>/agenda/", agenda.agenda, name="meetings_agenda"),
    path(
        "meetings/<int:meeting_id>/agenda/reorder/",
        agenda.agenda_reorder,
        name="meetings_agenda_reorder",
    ),
    path(
        "meetings/<int:meeting_id>/agenda/<int:block_id>/",
        agenda.block_update,
        name="meetings_block_update",
    ),
    path(
        "meetings/<int:meeting_id>/agenda/<int:block_id>/move/",
        agenda.block_move,
        name="meetings_block_move",
    ),
    path(
        "meetings/<int:meeting_id>/agenda/<int:block_id>/delete/",
        agenda.block_delete,
        name="meetings_block_delete",
    ),
    path("meetings/<int:meeting_id>/rsvp/", members.meeting_rsvp, name="meetings_rsvp"),
    path("meetings/<int:meeting_id>/calendar.ics", members.meeting_ics, name="meetings_ics"),
    path("meetings/<int:meeting_id>/topic/", members.topic_submit, name="meetings_topic"),
    path("meetings/<int:meeting_id>/attendance/", followup.attendance, name="meetings_attendance"),
    path(
        "meetings/<int:meeting_id>/checkin/<str:checkin_token>/",
        members.check_in,
        name="meetings_checkin",
    ),
    path("meetings/<int:meeting_id>/recap/", followup.recap, name="meetings_recap"),
]

org_urlpatterns = [
    path("meetings/calendar/", members.calendar, name="meetings_calendar"),
    path("meetings/feed/<str:feed_token>.ics", members.feed, name="meetings_feed"),
    path("meetings/rsvp/<str:rsvp_token>/", members.rsvp_link, name="meetings_rsvp_link"),
]
