from django_scopes import scope

from charters import selectors
from tests.charters.helpers import published_charter, sign


def test_a_member_signs_and_is_signed(tenant) -> None:
    charter = published_charter(tenant)
    signature = sign(tenant, charter, tenant.member)
    assert len(signature.fingerprint) == 64
    with scope(organization=tenant.organization):
        statuses = {s.user.pk: s.status for s in selectors.member_statuses(charter)}
    assert statuses[tenant.member.pk] == "signed"
