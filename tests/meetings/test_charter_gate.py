"""With the charter gate on, a member reads the recap only after signing the current charter."""

from django.urls import reverse
from django_scopes import scope

from meetings import services
from tests.charters.helpers import published_charter, sign
from tests.meetings.conftest import plan


def test_the_recap_is_hidden_until_the_member_signs(client, tenant) -> None:
    meeting = plan(tenant, days=-2)
    with scope(organization=tenant.organization):
        recap = services.save_recap(
            meeting=meeting, actor=tenant.facilitator, summary="Synthèse très secrète"
        )
        services.publish_recap(recap=recap, actor=tenant.facilitator, send_summary=False)
    url = reverse(
        "meetings_detail",
        kwargs={
            "org_slug": tenant.organization.slug,
            "community_slug": tenant.community.slug,
            "meeting_id": meeting.pk,
        },
    )
    client.force_login(tenant.member)
    assert "Synthèse très secrète" in client.get(url).content.decode()  # no gated charter yet

    charter = published_charter(tenant, requires_signature=True)
    page = client.get(url)
    assert "Synthèse très secrète" not in page.content.decode()
    assert page.context["recap_blocked_by_charter"]

    sign(tenant, charter, tenant.member)
    assert "Synthèse très secrète" in client.get(url).content.decode()

    client.force_login(tenant.facilitator)  # facilitators are never blocked
    assert "Synthèse très secrète" in client.get(url).content.decode()
