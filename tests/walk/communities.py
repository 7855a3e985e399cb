"""Walk parameters and expectations for the communities URLs."""

from django_scopes import scopes_disabled

from communities.models import CommunityInvitation, Membership, MembershipRole, Objective, Theme
from communities.services import make_invitation_token
from tests.walk import Expect


def _member_membership(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Membership.objects.get(community=tenant.community, user=tenant.member).pk


def _member_role(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return MembershipRole.objects.get(
            membership__community=tenant.community, membership__user=tenant.member
        ).pk


def _theme(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Theme.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            title="Walk theme",
            normalized_title="walk theme",
        ).pk


def _objective(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Objective.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            kind="networking",
            text="Walk objective",
        ).pk


def _invite_token(tenant, other):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        invitation = CommunityInvitation.objects.create(
            organization=tenant.organization,
            community=tenant.community,
            email="walk-invitee@example.org",
        )
    return make_invitation_token(invitation)


PARAMS = {
    "step": lambda tenant, other: 1,
    "cm_id": _member_membership,
    "role_id": _member_role,
    "theme_id": _theme,
    "action": lambda tenant, other: "covered",
    "objective_id": _objective,
    "checklist": lambda tenant, other: "setup",
    "invite_token": _invite_token,
}

NOT_IN_COMMUNITY = ("staff_facilitator",)
MANAGERS_ONLY = ("member",)


def _post(
    role: str = "facilitator", status: int = 302, denied: tuple[str, ...] = MANAGERS_ONLY
) -> Expect:
    return Expect(role=role, status=status, denied=denied, method="post")


EXPECT = {
    "communities_invitation": Expect(role="outsider", public=True),
    "communities_directory": Expect(role="member"),
    "communities_create": Expect(role="staff_facilitator", denied=("member", "facilitator")),
    "communities_overview": Expect(denied=("member", "facilitator", "staff_facilitator")),
    "communities_setup": Expect(role="facilitator", denied=MANAGERS_ONLY + NOT_IN_COMMUNITY),
    "communities_clone": Expect(role="facilitator", denied=MANAGERS_ONLY + NOT_IN_COMMUNITY),
    "communities_members": Expect(role="member", denied=NOT_IN_COMMUNITY),
    "communities_themes": Expect(role="member", denied=NOT_IN_COMMUNITY),
    "communities_objectives": Expect(role="member", denied=NOT_IN_COMMUNITY),
    "communities_lifecycle": Expect(role="member", denied=NOT_IN_COMMUNITY),
    "communities_invite": _post(status=400),
    "communities_expertise": _post(role="member", denied=NOT_IN_COMMUNITY),
    "communities_approve": _post(),
    "communities_decline": _post(),
    "communities_give_role": _post(),
    "communities_withdraw_role": _post(),
    "communities_remove": _post(),
    # The walk's community is closed: nobody joins it on their own (joining is tested elsewhere).
    "communities_join": _post(role="member", status=403, denied=NOT_IN_COMMUNITY),
    "communities_leave": _post(role="member", denied=NOT_IN_COMMUNITY),
    "communities_theme_action": _post(),
    "communities_objective_review": _post(),
    "communities_stage": _post(),
    "communities_decision": _post(),
    "communities_checklist": _post(status=400),
}
