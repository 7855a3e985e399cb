"""Meeting screens: what each person sees and can do, bad input, htmx fragments, query budgets."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from meetings import notify, services
from meetings.models import AgendaBlock, Attendance, Meeting, Recap, TopicSubmission
from meetings.tokens import make_checkin_token, make_rsvp_token
from tests.conftest import Tenant
from tests.factories import UserFactory, add_member
from tests.meetings.conftest import plan, rows, send_due


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def url(name: str, tenant: Tenant, **kwargs: object) -> str:
    return reverse(
        name,
        kwargs={
            "org_slug": tenant.organization.slug,
            "community_slug": tenant.community.slug,
            **kwargs,
        },
    )


def test_planning_a_meeting_from_the_form_opens_its_agenda(tenant: Tenant) -> None:
    start = (timezone.localtime() + timedelta(days=14)).strftime("%Y-%m-%dT19:00")
    response = client_for(tenant.facilitator).post(
        url("meetings_create", tenant),
        {
            "title": "Relations avec le CA",
            "starts_at": start,
            "duration_minutes": 60,
            "modality": "virtual",
            "video_link": "https://visio.example.org/ca",
            "agenda_template": "thematic_virtual_60",
        },
    )
    with scopes_disabled():
        meeting = Meeting.objects.get()
        assert meeting.blocks.count() == 7
    assert response.status_code == 302
    assert response["Location"].endswith(f"/meetings/{meeting.pk}/agenda/")
    assert timezone.localtime(meeting.starts_at).hour == 19
    assert rows(kind=notify.INVITATION)


def test_bad_input_rerenders_the_form_with_errors_and_keeps_what_was_typed(tenant: Tenant) -> None:
    response = client_for(tenant.facilitator).post(
        url("meetings_create", tenant),
        {
            "title": "Rencontre en salle",
            "starts_at": "demain",
            "duration_minutes": 60,
            "modality": "in_person",
            "reminders": "bientôt",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Rencontre en salle" in body
    assert "adresse de la salle" in body  # in-person needs a room, said in French
    assert "7j, 1j, 2h" in body
    with scopes_disabled():
        assert not Meeting.objects.exists()


def test_the_video_link_is_shown_only_to_members_who_are_coming(tenant: Tenant) -> None:
    meeting = plan(tenant, video_link="https://visio.example.org/secret")
    page = url("meetings_detail", tenant, meeting_id=meeting.pk)
    member = client_for(tenant.member)
    assert "visio.example.org/secret" not in member.get(page).content.decode()
    member.post(url("meetings_rsvp", tenant, meeting_id=meeting.pk), {"answer": "going"})
    assert "visio.example.org/secret" in member.get(page).content.decode()
    assert "visio.example.org/secret" in client_for(tenant.facilitator).get(page).content.decode()


def test_confidential_topics_reach_only_the_facilitators(tenant: Tenant) -> None:
    meeting = plan(tenant)
    member = client_for(tenant.member)
    response = member.post(
        url("meetings_topic", tenant, meeting_id=meeting.pk),
        {"text": "Une situation délicate avec mon CA", "present_anonymously": "on"},
    )
    assert response.status_code == 302
    page = url("meetings_detail", tenant, meeting_id=meeting.pk)
    assert "situation délicate" not in member.get(page).content.decode()
    agenda = url("meetings_agenda", tenant, meeting_id=meeting.pk)
    assert "situation délicate" in client_for(tenant.facilitator).get(agenda).content.decode()
    assert "1 sujet confidentiel reçu" in client_for(tenant.facilitator).get(page).content.decode()
    assert (
        member.post(url("meetings_topic", tenant, meeting_id=meeting.pk), {"text": ""}).status_code
        == 400
    )
    with scopes_disabled():
        assert TopicSubmission.objects.count() == 1


def test_a_member_says_they_will_be_absent(tenant: Tenant) -> None:
    meeting = plan(tenant)
    client_for(tenant.member).post(
        url("meetings_rsvp", tenant, meeting_id=meeting.pk), {"answer": "not_going"}
    )
    sheet = client_for(tenant.facilitator).get(
        url("meetings_attendance", tenant, meeting_id=meeting.pk)
    )
    body = sheet.content.decode()
    assert f'name="status_{tenant.member.pk}"' in body
    assert 'value="excused" selected' in body  # prefilled from the answer


def test_members_cannot_reach_facilitator_fragments(tenant: Tenant) -> None:
    meeting = plan(tenant, agenda_template="thematic_virtual_60")
    with scopes_disabled():
        block = AgendaBlock.objects.filter(meeting=meeting).first()
    response = client_for(tenant.member).post(
        url("meetings_block_move", tenant, meeting_id=meeting.pk, block_id=block.pk),
        {"direction": "down"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 403


def test_another_organisations_block_is_not_found(tenant: Tenant, other_tenant: Tenant) -> None:
    mine = plan(tenant, agenda_template="thematic_virtual_60")
    theirs = plan(other_tenant, agenda_template="thematic_virtual_60")
    with scopes_disabled():
        foreign = AgendaBlock.objects.filter(meeting=theirs).first()
    response = client_for(tenant.facilitator).post(
        url("meetings_block_delete", tenant, meeting_id=mine.pk, block_id=foreign.pk)
    )
    assert response.status_code == 404
    with scopes_disabled():
        assert AgendaBlock.objects.filter(pk=foreign.pk).exists()


def test_agenda_editing_with_htmx_returns_the_fragment_with_the_total(tenant: Tenant) -> None:
    meeting = plan(tenant, duration_minutes=60, agenda_template="thematic_virtual_60")
    with scopes_disabled():
        blocks = list(AgendaBlock.objects.filter(meeting=meeting))
    client = client_for(tenant.facilitator)
    moved = client.post(
        url("meetings_block_move", tenant, meeting_id=meeting.pk, block_id=blocks[1].pk),
        {"direction": "up"},
        HTTP_HX_REQUEST="true",
    )
    assert moved.status_code == 200
    body = moved.content.decode()
    assert body.lstrip().startswith('<section id="agenda"') and "<html" not in body
    longer = client.post(
        url("meetings_block_update", tenant, meeting_id=meeting.pk, block_id=blocks[0].pk),
        {"minutes": blocks[0].minutes + 15, "title": blocks[0].title},
        HTTP_HX_REQUEST="true",
    )
    assert "15 minutes" in longer.content.decode() and "dépasse" in longer.content.decode()
    bad = client.post(
        url("meetings_block_update", tenant, meeting_id=meeting.pk, block_id=blocks[0].pk),
        {"minutes": 0},
        HTTP_HX_REQUEST="true",
    )
    assert bad.status_code == 400
    with scopes_disabled():
        order = list(AgendaBlock.objects.filter(meeting=meeting).values_list("pk", flat=True))
    assert order[:2] == [blocks[1].pk, blocks[0].pk]


def test_agenda_works_without_javascript_and_can_be_reordered_by_drag(tenant: Tenant) -> None:
    meeting = plan(tenant, duration_minutes=60)
    client = client_for(tenant.facilitator)
    agenda = url("meetings_agenda", tenant, meeting_id=meeting.pk)
    for kind in ("mood_check", "discussion", "closing_3a"):
        response = client.post(agenda, {"kind": kind, "minutes": 20})
        assert response.status_code == 302
    page = client.get(agenda).content.decode()
    assert "Total : 60 minutes sur 60." in page
    with scopes_disabled():
        ids = list(AgendaBlock.objects.filter(meeting=meeting).values_list("pk", flat=True))
    client.post(
        url("meetings_agenda_reorder", tenant, meeting_id=meeting.pk),
        {"block": list(reversed(ids))},
        HTTP_HX_REQUEST="true",
    )
    with scopes_disabled():
        kinds = list(AgendaBlock.objects.filter(meeting=meeting).values_list("kind", flat=True))
    assert kinds == ["closing_3a", "discussion", "mood_check"]
    bad = client.post(
        url("meetings_agenda_reorder", tenant, meeting_id=meeting.pk), {"block": ids[:1]}
    )
    assert bad.status_code == 400


def test_attendance_then_recap_publication_sends_the_follow_up(tenant: Tenant) -> None:
    meeting = plan(tenant, starts_at=timezone.now() - timedelta(hours=3), duration_minutes=120)
    client = client_for(tenant.facilitator)
    client.post(
        url("meetings_attendance", tenant, meeting_id=meeting.pk),
        {f"status_{tenant.member.pk}": "online", f"status_{tenant.facilitator.pk}": "in_room"},
    )
    with scopes_disabled():
        assert Attendance.objects.filter(meeting=meeting).count() == 2
    recap = url("meetings_recap", tenant, meeting_id=meeting.pk)
    client.post(
        recap,
        {
            "action": "add_follow_up",
            "text": "Envoyer le gabarit",
            "owner": tenant.member.pk,
            "due_date": "2026-12-15",
        },
    )
    client.post(recap, {"action": "add_tool", "title": "Gabarit de budget"})
    assert (
        client.post(
            recap, {"action": "publish", "summary": "", "visibility": "members"}
        ).status_code
        == 400
    )
    client.post(
        recap,
        {
            "action": "publish",
            "summary": "Trois pistes retenues.",
            "next_theme": "Gouvernance",
            "visibility": "members",
        },
    )
    with scopes_disabled():
        assert Recap.objects.get().is_published
    mail.outbox.clear()
    send_due()
    summary = [m for m in mail.outbox if m.to == [tenant.member.email]]
    assert len(summary) == 1 and "Envoyer le gabarit" in summary[0].body
    detail = client_for(tenant.member).get(url("meetings_detail", tenant, meeting_id=meeting.pk))
    assert "Trois pistes retenues." in detail.content.decode()


def test_a_draft_recap_is_hidden_from_members(tenant: Tenant) -> None:
    meeting = plan(tenant, starts_at=timezone.now() - timedelta(hours=3))
    with scope(organization=tenant.organization):
        services.save_recap(meeting=meeting, actor=tenant.facilitator, summary="Brouillon secret")
    page = url("meetings_detail", tenant, meeting_id=meeting.pk)
    assert "Brouillon secret" not in client_for(tenant.member).get(page).content.decode()
    assert "Brouillon secret" in client_for(tenant.facilitator).get(page).content.decode()


def test_self_check_in_by_link(tenant: Tenant) -> None:
    meeting = plan(tenant, starts_at=timezone.now() - timedelta(minutes=2))
    checkin = url(
        "meetings_checkin",
        tenant,
        meeting_id=meeting.pk,
        checkin_token=make_checkin_token(meeting.pk),
    )
    member = client_for(tenant.member)
    assert member.get(checkin).status_code == 200
    assert member.post(checkin).status_code == 200
    with scopes_disabled():
        assert Attendance.objects.get(user=tenant.member).status == "online"
    other = url(
        "meetings_checkin",
        tenant,
        meeting_id=meeting.pk,
        checkin_token=make_checkin_token(meeting.pk + 1000),
    )
    assert member.get(other).status_code == 400
    page = client_for(tenant.facilitator).get(
        url("meetings_attendance", tenant, meeting_id=meeting.pk)
    )
    assert b"data:image/svg+xml" in page.content


def test_the_rsvp_link_rejects_forged_or_foreign_tokens(tenant: Tenant) -> None:
    meeting = plan(tenant)
    token = make_rsvp_token(meeting_id=meeting.pk, user_id=tenant.member.pk, answer="going")
    link = reverse(
        "meetings_rsvp_link",
        kwargs={"org_slug": tenant.organization.slug, "rsvp_token": token[:-3] + "abc"},
    )
    assert Client().get(link).status_code == 400
    with scope(organization=tenant.organization):
        services.cancel_meeting(meeting=meeting, actor=tenant.facilitator)
    good = reverse(
        "meetings_rsvp_link", kwargs={"org_slug": tenant.organization.slug, "rsvp_token": token}
    )
    assert Client().post(good).status_code == 400


def test_an_rsvp_token_does_not_open_another_organisations_meeting(
    tenant: Tenant, other_tenant: Tenant
) -> None:
    theirs = plan(other_tenant)
    token = make_rsvp_token(meeting_id=theirs.pk, user_id=other_tenant.member.pk, answer="going")
    link = reverse(
        "meetings_rsvp_link", kwargs={"org_slug": tenant.organization.slug, "rsvp_token": token}
    )
    assert Client().post(link).status_code == 400


def test_community_reminder_settings(tenant: Tenant) -> None:
    client = client_for(tenant.facilitator)
    settings_url = url("meetings_settings", tenant)
    assert "7j, 1j" in client.get(settings_url).content.decode()
    assert client.post(settings_url, {"reminders": "3j, 2h"}).status_code == 302
    assert "3j, 2h" in client.get(settings_url).content.decode()
    assert client.post(settings_url, {"reminders": "souvent"}).status_code == 400


def test_the_rotation_is_visible_to_members_and_set_by_facilitators(tenant: Tenant) -> None:
    meeting = plan(tenant)
    rotation = url("meetings_rotation", tenant)
    client_for(tenant.facilitator).post(rotation, {f"presenter_{meeting.pk}": tenant.member.pk})
    page = client_for(tenant.member).get(rotation).content.decode()
    assert tenant.member.display_name in page
    assert client_for(tenant.member).post(rotation, {}).status_code == 403


def test_cancel_from_the_page(tenant: Tenant) -> None:
    meeting = plan(tenant)
    client_for(tenant.facilitator).post(url("meetings_cancel", tenant, meeting_id=meeting.pk))
    meeting.refresh_from_db()
    assert meeting.is_cancelled


def test_the_community_home_shows_the_next_meeting(tenant: Tenant) -> None:
    plan(tenant, title="Prochaine rencontre de test")
    home = reverse(
        "community_home",
        kwargs={"org_slug": tenant.organization.slug, "community_slug": tenant.community.slug},
    )
    assert "Prochaine rencontre de test" in client_for(tenant.member).get(home).content.decode()


def test_english_speakers_get_the_interface_in_english(tenant: Tenant) -> None:
    with scopes_disabled():
        tenant.member.language = "en"
        tenant.member.save()
    meeting = plan(tenant)
    body = client_for(tenant.member).get(url("meetings_detail", tenant, meeting_id=meeting.pk))
    assert "Will you come?" in body.content.decode()


# --- Query budgets ------------------------------------------------------------------------------


def _grow(tenant: Tenant, size: int) -> Meeting:
    """A meeting with `size` registrations and attendance, a published recap, and `size` other
    meetings in the community."""
    people = [UserFactory(email=f"q{size}-{i}@example.org") for i in range(size)]
    for person in people:
        add_member(tenant.community, person)
    meeting = plan(
        tenant,
        starts_at=timezone.now() + timedelta(hours=1),
        agenda_template="thematic_guest_120",
        co_facilitators=[tenant.facilitator],
        note_taker=tenant.member,
        capacity=500,
    )
    for index in range(size):
        plan(
            tenant,
            starts_at=timezone.now() - timedelta(days=7 * (index + 1)),
            title=f"Passée {index}",
        )
    with scope(organization=tenant.organization):
        for person in people:
            services.rsvp(meeting=meeting, user=person, answer="going")
        recap = services.save_recap(meeting=meeting, actor=tenant.facilitator, summary="s")
        for person in people[:size]:
            services.add_follow_up(recap=recap, actor=tenant.facilitator, text="x", owner=person)
            services.add_shared_tool(recap=recap, actor=tenant.facilitator, title="t")
        past = list(Meeting.objects.filter(title__startswith="Passée"))
        for old in past:
            services.record_attendance(
                meeting=old,
                actor=tenant.facilitator,
                statuses={p.pk: "in_room" for p in people},
            )
    return meeting


@pytest.mark.parametrize("size", [1, 25])
def test_query_budget_of_the_meeting_page(
    tenant: Tenant, size: int, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    meeting = _grow(tenant, size)
    client = client_for(tenant.facilitator)
    client.get(url("meetings_detail", tenant, meeting_id=meeting.pk))  # warm the session
    with django_assert_max_num_queries(12):
        response = client.get(url("meetings_detail", tenant, meeting_id=meeting.pk))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["meetings_dashboard", "meetings_list", "meetings_rotation"])
@pytest.mark.parametrize("size", [1, 25])
def test_query_budget_of_community_pages(
    tenant: Tenant, size: int, name: str, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    _grow(tenant, size)
    client = client_for(tenant.facilitator)
    with django_assert_max_num_queries(12):
        response = client.get(url(name, tenant))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["meetings_agenda", "meetings_attendance", "meetings_recap"])
@pytest.mark.parametrize("size", [1, 25])
def test_query_budget_of_facilitator_meeting_pages(
    tenant: Tenant, size: int, name: str, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    meeting = _grow(tenant, size)
    client = client_for(tenant.facilitator)
    with django_assert_max_num_queries(12):
        response = client.get(url(name, tenant, meeting_id=meeting.pk))
    assert response.status_code == 200


def test_the_theme_can_come_from_the_backlog(tenant: Tenant) -> None:
    from communities.models import Theme

    with scopes_disabled():
        Theme.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            title="Gouvernance et planification",
            normalized_title="gouvernance et planification",
        )
    client = client_for(tenant.facilitator)
    form = client.get(url("meetings_create", tenant)).content.decode()
    assert "Gouvernance et planification" in form
    start = (timezone.localtime() + timedelta(days=14)).strftime("%Y-%m-%dT19:00")
    client.post(
        url("meetings_create", tenant),
        {
            "title": "Rencontre",
            "starts_at": start,
            "duration_minutes": 90,
            "modality": "virtual",
            "backlog_theme": "Gouvernance et planification",
        },
    )
    with scopes_disabled():
        assert Meeting.objects.get().theme == "Gouvernance et planification"


def _tool(tenant: Tenant, title: str, community=None, status: str = "published"):  # type: ignore[no-untyped-def]
    from toolbox.models import Tool

    with scopes_disabled():
        return Tool.objects.create(
            organization=tenant.organization,
            community=community,
            title=title,
            purpose="Pour animer",
            status=status,
            created_by=tenant.facilitator,
        )


def test_a_block_links_a_tool_of_the_toolbox(tenant: Tenant, other_tenant: Tenant) -> None:
    meeting = plan(tenant, duration_minutes=60, agenda_template="thematic_virtual_60")
    shared = _tool(tenant, "Jauge d'humeur illustrée")
    pending = _tool(tenant, "Outil en attente", status="pending")
    foreign = _tool(other_tenant, "Outil d'un autre organisme")
    with scopes_disabled():
        block = AgendaBlock.objects.filter(meeting=meeting).first()
    client = client_for(tenant.facilitator)
    agenda = url("meetings_agenda", tenant, meeting_id=meeting.pk)
    editor = client.get(agenda).content.decode()
    assert "Jauge d&#x27;humeur illustrée" in editor and "Outil en attente" not in editor
    assert "Outil d&#x27;un autre organisme" not in editor
    update = url("meetings_block_update", tenant, meeting_id=meeting.pk, block_id=block.pk)
    for refused in (pending, foreign):
        response = client.post(update, {"minutes": 10, "tool": refused.pk}, HTTP_HX_REQUEST="true")
        assert response.status_code == 400
        assert "pas offert à cette communauté" in response.content.decode()
    client.post(update, {"minutes": 10, "tool": shared.pk, "notes": "Apporter les cartes"})
    with scopes_disabled():
        block.refresh_from_db()
        assert (block.tool_id, block.notes) == (shared.pk, "Apporter les cartes")
        assert list(shared.agenda_blocks.all()) == [block]
    page = client_for(tenant.member).get(url("meetings_detail", tenant, meeting_id=meeting.pk))
    assert f"/toolbox/{shared.pk}/" in page.content.decode()
    client.post(update, {"minutes": 10, "tool": ""})
    with scopes_disabled():
        block.refresh_from_db()
        assert block.tool_id is None


def test_the_calendar_page_creates_a_link_shown_once(tenant: Tenant) -> None:
    client = client_for(tenant.member)
    calendar = reverse("meetings_calendar", kwargs={"org_slug": tenant.organization.slug})
    created = client.post(calendar, {"action": "create"}).content.decode()
    link = re.search(r'value="(http[^"]+\.ics)"', created).group(1)  # type: ignore[union-attr]
    assert Client().get(link.split("8000", 1)[1]).status_code == 200
    again = client.get(calendar).content.decode()
    assert link not in again and "Dernière lecture" in again
    client.post(calendar, {"action": "revoke"})
    assert Client().get(link.split("8000", 1)[1]).status_code == 404


def test_operators_see_meetings_in_the_admin(tenant: Tenant) -> None:
    meeting = plan(tenant)
    with scopes_disabled():
        admin_user = UserFactory(email="ops@example.org", is_staff=True, is_superuser=True)
    client = client_for(admin_user)
    assert client.get(reverse("admin:meetings_meeting_changelist")).status_code == 200
    change = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    assert client.get(change).status_code == 200
