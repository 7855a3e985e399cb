"""Two people taking the last place at the same moment: exactly one gets it, the other waits."""

import threading

import pytest
from django.db import connection, connections
from django_scopes import scope, scopes_disabled

from communities.models import Membership, MembershipStatus
from communities.services.membership import join_community
from tests.factories import CommunityFactory, UserFactory, add_member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite serialises writes)"
)
@pytest.mark.parametrize("attempt", range(3))
def test_two_members_racing_for_the_last_place(tenant, attempt) -> None:
    with scopes_disabled():
        community = CommunityFactory(
            organization=tenant.organization,
            registration="open",
            capacity=2,
            slug=f"race-{attempt}",
        )
        if hasattr(community, "is_draft"):
            community.is_draft = False
            community.save()
    add_member(community, UserFactory(email=f"first{attempt}@example.org"))  # one place left
    racers = [UserFactory(email=f"racer{attempt}-{i}@example.org") for i in range(2)]
    barrier = threading.Barrier(len(racers))
    outcomes: dict[str, str] = {}
    errors: list[BaseException] = []

    def race(user) -> None:
        try:
            barrier.wait(timeout=10)
            with scope(organization=tenant.organization):
                outcomes[user.email] = join_community(user=user, community=community).status
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=race, args=(user,)) for user in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert sorted(outcomes.values()) == [MembershipStatus.ACTIVE, MembershipStatus.WAITLISTED]
    with scopes_disabled():
        active = Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
        assert active.count() == 2
