"""Community services: creation from presets, membership flows, waiting list, roles, themes,
objectives, lifecycle and the new cycle."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from cdp.models import AuditEntry, Notification
from communities import content, services
from communities.models import (
    Community,
    CommunityRole,
    Membership,
    MembershipStatus,
    Objective,
    ObjectiveStatus,
    Registration,
    Stage,
    Theme,
    ThemeStatus,
)
from communities.permissions import active_roles
from tests.factories import CommunityFactory, UserFactory, add_member


def status_of(community: Community, user) -> str:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Membership.objects.get(community=community, user=user).status


def test_every_preset_sets_every_axis_and_stays_editable(tenant) -> None:  # type: ignore[no-untyped-def]
    with scope(organization=tenant.organization):
        for preset in content.PRESETS:
            community = services.create_draft(
                actor=tenant.coordinator,
                organization=tenant.organization,
                name=f"Test {preset['key']}",
                preset=preset["key"],
            )
            for axis, value in preset["values"].items():
                assert getattr(community, axis) == value
            assert community.capacity == preset["capacity"]
            assert community.default_meeting_minutes == preset["meeting_minutes"]
            assert community.is_draft
            edited = services.update_community(
                actor=tenant.coordinator, community=community, fields={"modality": "hybrid"}
            )
            assert edited.modality == "hybrid"


def test_creator_facilitates_the_draft_and_slug_is_unique(tenant) -> None:  # type: ignore[no-untyped-def]
    with scope(organization=tenant.organization):
        first = services.create_draft(
            actor=tenant.staff_facilitator, organization=tenant.organization, name="Codev RH"
        )
        second = services.create_draft(
            actor=tenant.staff_facilitator, organization=tenant.organization, name="Codev RH"
        )
        assert first.slug == "codev-rh" and second.slug == "codev-rh-2"
        membership = Membership.objects.get(community=first, user=tenant.staff_facilitator)
        assert CommunityRole.FACILITATOR in active_roles(membership)
        assert first.stage_changes.count() == 1
        services.publish_community(actor=tenant.staff_facilitator, community=first)
        first.refresh_from_db()
        assert not first.is_draft


def test_open_community_admits_until_full_then_waitlists_and_promotes(tenant) -> None:  # type: ignore[no-untyped-def]
    community = CommunityFactory(
        organization=tenant.organization, registration=Registration.OPEN, capacity=2
    )
    first, second, third, fourth = (UserFactory() for _ in range(4))
    with scope(organization=tenant.organization):
        for person in (first, second, third, fourth):
            services.join_community(user=person, community=community)
        assert status_of(community, first) == MembershipStatus.ACTIVE
        assert status_of(community, second) == MembershipStatus.ACTIVE
        assert status_of(community, third) == MembershipStatus.WAITLISTED
        assert status_of(community, fourth) == MembershipStatus.WAITLISTED

        leaving = Membership.objects.get(community=community, user=first)
        services.leave_community(user=first, membership=leaving, reason="Trop de travail")
        leaving.refresh_from_db()
        assert leaving.status == MembershipStatus.LEFT
        assert leaving.leave_reason == "Trop de travail"
        # The person waiting longest takes the freed place (and is told), the next one waits.
        assert status_of(community, third) == MembershipStatus.ACTIVE
        assert status_of(community, fourth) == MembershipStatus.WAITLISTED
        with scopes_disabled():
            told = Notification.objects.filter(kind="communities.request_answered")
            assert list(told.values_list("email", flat=True)) == [third.email]

        services.update_community(
            actor=tenant.coordinator, community=community, fields={"capacity": 3}
        )
        assert status_of(community, fourth) == MembershipStatus.ACTIVE


def test_removal_by_a_facilitator_frees_a_place_and_is_audited(tenant) -> None:  # type: ignore[no-untyped-def]
    community = CommunityFactory(
        organization=tenant.organization, registration=Registration.OPEN, capacity=1
    )
    inside, waiting = UserFactory(), UserFactory()
    with scope(organization=tenant.organization):
        services.join_community(user=inside, community=community)
        services.join_community(user=waiting, community=community)
        membership = Membership.objects.get(community=community, user=inside)
        services.remove_member(actor=tenant.coordinator, membership=membership, reason="Absent")
        assert status_of(community, inside) == MembershipStatus.REMOVED
        assert status_of(community, waiting) == MembershipStatus.ACTIVE
        with pytest.raises(services.MembershipError, match="removed"):
            services.join_community(user=inside, community=community)
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="community_member.removed").count() == 1


def test_on_request_community_queues_requests_for_approval(tenant) -> None:  # type: ignore[no-untyped-def]
    community = CommunityFactory(
        organization=tenant.organization, registration=Registration.ON_REQUEST, capacity=1
    )
    asker, late = UserFactory(), UserFactory()
    with scope(organization=tenant.organization):
        request = services.join_community(user=asker, community=community, message="Je coordonne")
        assert request.status == MembershipStatus.PENDING
        assert request.request_message == "Je coordonne"
        approved = services.approve_request(actor=tenant.coordinator, membership=request)
        assert approved.status == MembershipStatus.ACTIVE
        with pytest.raises(services.MembershipError):
            services.approve_request(actor=tenant.coordinator, membership=approved)
        # Approving when the community is full puts the person on the waiting list.
        second = services.join_community(user=late, community=community)
        assert (
            services.approve_request(actor=tenant.coordinator, membership=second).status
            == MembershipStatus.WAITLISTED
        )


def test_declined_request_can_be_sent_again(tenant) -> None:  # type: ignore[no-untyped-def]
    community = CommunityFactory(
        organization=tenant.organization, registration=Registration.ON_REQUEST
    )
    asker = UserFactory()
    with scope(organization=tenant.organization):
        request = services.join_community(user=asker, community=community)
        services.decline_request(actor=tenant.coordinator, membership=request)
        assert status_of(community, asker) == MembershipStatus.DECLINED
        assert services.join_community(user=asker, community=community).status == "pending"


def test_closed_community_admits_only_by_invitation(
    tenant, mailoutbox, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    community = tenant.community
    assert community.registration == Registration.CLOSED
    known, newcomer = UserFactory(email="connue@example.org"), "nouvelle@example.org"
    with scope(organization=tenant.organization):
        with pytest.raises(services.MembershipError, match="closed"):
            services.join_community(user=known, community=community)
        with django_capture_on_commit_callbacks(execute=True):
            services.invite_to_community(
                actor=tenant.facilitator, community=community, email=known.email
            )
            invitation = services.invite_to_community(
                actor=tenant.facilitator, community=community, email=newcomer
            )
    assert len(mailoutbox) == 2
    assert "/community-invitations/" in mailoutbox[1].body
    assert status_of(community, known) == MembershipStatus.INVITED
    # The newcomer signs up later; accepting makes them part of the organisation too.
    person = UserFactory(email=newcomer)
    read = services.read_invitation(services.make_invitation_token(invitation))
    membership = services.accept_invitation(user=person, invitation=read)
    assert membership.status == MembershipStatus.ACTIVE
    with pytest.raises(services.MembershipError, match="used"):
        services.read_invitation(services.make_invitation_token(invitation))
    with scope(organization=tenant.organization):
        # The invited person already known can also accept from the community page.
        assert services.join_community(user=known, community=community).status == "active"


def test_invitation_token_is_checked() -> None:
    with pytest.raises(services.MembershipError, match="invalid"):
        services.read_invitation("not-a-token")


def test_guest_expert_needs_an_end_date_and_loses_access_after_it(tenant) -> None:  # type: ignore[no-untyped-def]
    guest = UserFactory()
    membership = add_member(tenant.community, guest)
    with scope(organization=tenant.organization):
        with pytest.raises(services.MembershipError, match="guest_needs_expiry"):
            services.give_role(
                actor=tenant.facilitator, membership=membership, role=CommunityRole.GUEST_EXPERT
            )
        services.withdraw_role(
            actor=tenant.facilitator, membership_role=membership.roles.get(role="member")
        )
        services.give_role(
            actor=tenant.facilitator,
            membership=membership,
            role=CommunityRole.GUEST_EXPERT,
            expires_at=timezone.now() + timedelta(days=7),
        )
        membership.roles.exclude(role=CommunityRole.GUEST_EXPERT).delete()
        fresh = Membership.objects.prefetch_related("roles").get(pk=membership.pk)
        assert active_roles(fresh) == {CommunityRole.GUEST_EXPERT}
        assert active_roles(fresh, now=timezone.now() + timedelta(days=8)) == frozenset()
    with scopes_disabled():
        actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert "community_role.given" in actions and "community_role.withdrawn" in actions


def test_last_facilitator_role_cannot_be_withdrawn(tenant) -> None:  # type: ignore[no-untyped-def]
    with scope(organization=tenant.organization):
        role = Membership.objects.get(
            community=tenant.community, user=tenant.facilitator
        ).roles.get(role=CommunityRole.FACILITATOR)
        with pytest.raises(services.MembershipError, match="last_facilitator"):
            services.withdraw_role(actor=tenant.coordinator, membership_role=role)


def test_duplicate_themes_are_flagged_by_normalised_title(tenant) -> None:  # type: ignore[no-untyped-def]
    assert services.normalize_title("  Le Racisme au quotidien! ") == "racisme quotidien"
    with scope(organization=tenant.organization):
        first = services.propose_theme(
            actor=tenant.member, community=tenant.community, title="Le racisme au quotidien"
        )
        twin = services.propose_theme(
            actor=tenant.member, community=tenant.community, title="racisme, au QUOTIDIEN"
        )
        other = services.propose_theme(
            actor=tenant.member, community=tenant.community, title="Le déchirement identitaire"
        )
        assert twin.duplicate_of == first
        assert other.duplicate_of is None
        planned = services.plan_theme(
            actor=tenant.facilitator, theme=first, planned_for=timezone.localdate()
        )
        assert planned.status == ThemeStatus.PLANNED
        covered = services.mark_theme_covered(actor=tenant.facilitator, theme=first)
        assert covered.status == ThemeStatus.COVERED
        assert covered.covered_on == timezone.localdate()


def test_objective_reviews_keep_their_history(tenant) -> None:  # type: ignore[no-untyped-def]
    with scope(organization=tenant.organization):
        objective = services.add_objective(
            actor=tenant.facilitator,
            community=tenant.community,
            kind="networking",
            text="Briser l'isolement",
        )
        services.review_objective(
            actor=tenant.facilitator, objective=objective, status=ObjectiveStatus.PARTLY
        )
        services.review_objective(
            actor=tenant.facilitator,
            objective=objective,
            status=ObjectiveStatus.ATTAINED,
            note="Bilan de fin d'année",
        )
        objective.refresh_from_db()
        assert objective.status == ObjectiveStatus.ATTAINED
        assert [r.status for r in objective.reviews.all()] == ["attained", "partly_attained"]


def test_stage_history_checklists_and_closing_decision(tenant) -> None:  # type: ignore[no-untyped-def]
    community = tenant.community
    with scope(organization=tenant.organization):
        with pytest.raises(ValueError):
            services.record_decision(
                actor=tenant.facilitator, community=community, decision="close"
            )
        # Checklist items can be ticked in any order.
        services.set_checklist_item(
            actor=tenant.facilitator,
            community=community,
            checklist="setup",
            key="technology",
            done=True,
        )
        updated = services.set_checklist_item(
            actor=tenant.facilitator,
            community=community,
            checklist="closing",
            key="celebration",
            done=True,
        )
        assert set(updated.setup_done) == {"technology"}
        assert updated.closing_done["celebration"]["on"] == timezone.localdate().isoformat()
        with pytest.raises(ValueError):
            services.set_checklist_item(
                actor=tenant.facilitator,
                community=community,
                checklist="setup",
                key="nope",
                done=True,
            )
        services.change_stage(actor=tenant.facilitator, community=community, stage=Stage.MATURING)
        services.change_stage(
            actor=tenant.facilitator, community=community, stage=Stage.TRANSFORMATION
        )
        assert [c.stage for c in community.stage_changes.all()] == ["transformation", "maturing"]
        closed = services.record_decision(
            actor=tenant.facilitator,
            community=community,
            decision="close",
            note="Mission accomplie",
        )
        assert closed.is_archived and closed.decision == "close"


def test_new_cycle_keeps_settings_objectives_and_themes_not_members(tenant) -> None:  # type: ignore[no-untyped-def]
    community = tenant.community
    with scope(organization=tenant.organization):
        services.update_community(
            actor=tenant.facilitator,
            community=community,
            fields={"mission": "Briser l'isolement", "capacity": 8, "modality": "hybrid"},
        )
        services.add_objective(
            actor=tenant.facilitator,
            community=community,
            kind="networking",
            text="Réseauter",
            status="attained",
        )
        services.propose_theme(actor=tenant.member, community=community, title="Gouvernance")
        clone = services.clone_community(
            actor=tenant.facilitator,
            community=Community.objects.get(pk=community.pk),
            name="Reprise",
            format="thematic",
        )
        assert clone.previous_cycle == community and clone.cycle == 2
        assert clone.mission == "Briser l'isolement" and clone.capacity == 8
        assert clone.modality == "hybrid" and clone.format == "thematic"
        objective = Objective.objects.get(community=clone)
        assert objective.text == "Réseauter" and objective.status == ""
        assert list(Theme.objects.filter(community=clone).values_list("title", flat=True)) == [
            "Gouvernance"
        ]
        people = set(clone.memberships.values_list("user__email", flat=True))
        assert people == {tenant.facilitator.email}
        with_members = services.clone_community(
            actor=tenant.facilitator, community=community, name="Reprise 2", keep_members=True
        )
        people = set(with_members.memberships.values_list("user__email", flat=True))
        assert people == {tenant.facilitator.email, tenant.member.email}


def test_join_requests_and_answers_are_emailed_through_the_outbox(tenant, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    from cdp.tasks import sweep_notifications

    community = CommunityFactory(
        organization=tenant.organization, registration=Registration.ON_REQUEST, name="Entraide"
    )
    add_member(community, tenant.facilitator, CommunityRole.FACILITATOR)
    asker = UserFactory(first_name="Léa", last_name="Tremblay")
    with scope(organization=tenant.organization):
        request = services.join_community(user=asker, community=community, message="Bonjour!")
    with scopes_disabled():
        rows = list(Notification.objects.filter(kind="communities.join_request"))
    assert [row.email for row in rows] == [tenant.facilitator.email]
    sweep_notifications()
    assert "Léa Tremblay" in mailoutbox[0].subject and "Bonjour!" in mailoutbox[0].body

    with scope(organization=tenant.organization):
        services.approve_request(actor=tenant.facilitator, membership=request)
    with scopes_disabled():
        answer = Notification.objects.get(kind="communities.request_answered")
    assert answer.email == asker.email
    sweep_notifications()
    assert "/c/" in mailoutbox[1].body and "Entraide" in mailoutbox[1].subject
