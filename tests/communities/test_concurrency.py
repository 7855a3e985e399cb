"""Two people pressing « join » at the same moment cannot both take the last place."""

import threading

import pytest
from django.db import connection
from django_scopes import scope, scopes_disabled

from communities import services
from communities.models import Membership, Registration
from tests.factories import CommunityFactory, UserFactory


@pytest.mark.django_db(transaction=True)
def test_the_last_place_goes_to_one_person_only(tenant) -> None:  # type: ignore[no-untyped-def]
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; row locks are exercised on PostgreSQL")
    community = CommunityFactory(
        organization=tenant.organization, registration=Registration.OPEN, capacity=1
    )
    people = [UserFactory(), UserFactory(), UserFactory()]
    barrier = threading.Barrier(len(people))
    errors: list[BaseException] = []

    def join(person) -> None:  # type: ignore[no-untyped-def]
        try:
            barrier.wait()
            with scope(organization=tenant.organization):
                services.join_community(user=person, community=community)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=join, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with scopes_disabled():
        statuses = sorted(
            Membership.objects.filter(community=community).values_list("status", flat=True)
        )
    assert statuses == ["active", "waitlisted", "waitlisted"]
