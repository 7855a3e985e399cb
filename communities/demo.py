"""Demo communities (cdp/demo_content.py COMMUNITIES), created through the community services.

Idempotent: a community whose slug already exists in its organisation is left as it is.
"""

from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from cdp.demo import DemoContext
from cdp.demo_content import COMMUNITIES
from communities import content, services
from communities.models import (
    Community,
    CommunityRole,
    Membership,
    MembershipStatus,
    Stage,
    ThemeStatus,
)

FIELD_NAMES = {"meeting_minutes": "default_meeting_minutes"}
AGREED_NORMS = (
    "Ce qui se dit dans le groupe reste dans le groupe.\n"
    "On parle de sa propre pratique, sans viser personne.\n"
    "On avise l'animation en cas d'absence."
)

# « Qui sait quoi? »: what a few people offer to help with, in every community they belong to.
EXPERTISE = {
    "caroline.ouellet@example.org": "Gestion financière et demandes de subvention",
    "julie.morin@example.org": "Gouvernance et relations avec le conseil d'administration",
    "francois.lefebvre@example.org": "Achats regroupés et cuisines collectives",
    "fatou.diallo@example.org": "Accueil et accompagnement des personnes immigrantes",
    "patrick.bergeron@example.org": "Recrutement et rétention des bénévoles",
    "josee.paquette@example.org": "Concertation territoriale et portrait du quartier",
    "melanie.boucher@example.org": "Intervention en situation de crise",
    "wei.chen@example.org": "Programmes municipaux de développement social",
    "samuel.joseph@example.org": "Mobilisation citoyenne et assemblées de quartier",
}


def _fields(data: dict[str, Any], today: date) -> dict[str, Any]:
    fields = {FIELD_NAMES.get(key, key): value for key, value in data["overrides"].items()}
    offsets = [meeting["offset_weeks"] for meeting in data["meetings"]]
    fields.update(
        target_audience=data["target_audience"],
        description=data["description"],
        mission=data["mission"],
        agreed_norms=AGREED_NORMS,
        not_list=[item["fr"] for item in content.NOT_A_COP[:3]],
    )
    if offsets:
        fields["start_date"] = today + timedelta(weeks=min(offsets))
    return fields


def _meeting_dates(data: dict[str, Any], today: date) -> tuple[list[date], list[date]]:
    dates = sorted(today + timedelta(weeks=m["offset_weeks"]) for m in data["meetings"])
    return [d for d in dates if d <= today], [d for d in dates if d > today]


@transaction.atomic
def _seed_community(ctx: DemoContext, data: dict[str, Any]) -> Community:
    organization = ctx.organizations[data["org"]]
    people = ctx.people
    existing = Community.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    lead = people[data["facilitators"][0]]
    community = services.create_draft(
        actor=lead,
        organization=organization,
        name=data["name"],
        slug=data["slug"],
        preset=data["preset"],
        fields=_fields(data, ctx.today),
    )
    roles: dict[str, list[str]] = data["roles"]
    for email in data["facilitators"]:
        services.enrol_member(
            actor=lead,
            community=community,
            user=people[email],
            roles=tuple(roles.get(email, [CommunityRole.FACILITATOR])),
        )
    if CommunityRole.FACILITATOR not in roles.get(lead.email, [CommunityRole.FACILITATOR]):
        founder_role = Membership.objects.get(community=community, user=lead).roles.get(
            role=CommunityRole.FACILITATOR
        )
        services.withdraw_role(actor=lead, membership_role=founder_role)
    for email in data["members"]:
        membership = services.enrol_member(actor=lead, community=community, user=people[email])
        for role in roles.get(email, []):
            services.give_role(actor=lead, membership=membership, role=role)
    for email, extra in roles.items():
        if email in data["members"] or email in data["facilitators"]:
            continue
        services.enrol_member(
            actor=lead,
            community=community,
            user=people[email],
            roles=tuple(extra),
            expires_at=timezone.now() + timedelta(days=60),
        )
    for membership in Membership.objects.filter(
        community=community, user__email__in=list(EXPERTISE)
    ).select_related("user"):
        services.update_member_profile(
            membership=membership, expertise=EXPERTISE[membership.user.email]
        )
    for dropout in data["dropouts"]:
        membership = Membership.objects.get(community=community, user=people[dropout["email"]])
        services.leave_community(
            user=people[dropout["email"]], membership=membership, reason=dropout["reason"]
        )
    for objective in data["objectives"]:
        services.add_objective(
            actor=lead,
            community=community,
            kind=objective["kind"],
            text=objective["text"],
            status=objective["status"],
        )
    held, upcoming = _meeting_dates(data, ctx.today)
    member_emails = data["members"] or data["facilitators"]
    for index, theme_data in enumerate(data["themes"]):
        proposer = people[member_emails[index % len(member_emails)]]
        theme = services.propose_theme(
            actor=proposer, community=community, title=theme_data["title"]
        )
        if theme_data["status"] == ThemeStatus.COVERED:
            covered_on = held[min(index, len(held) - 1)] if held else ctx.today
            services.mark_theme_covered(actor=lead, theme=theme, covered_on=covered_on)
        elif theme_data["status"] == ThemeStatus.PLANNED:
            planned_for = upcoming[0] if upcoming else ctx.today + timedelta(weeks=2)
            services.plan_theme(actor=lead, theme=theme, planned_for=planned_for)
    stages = Stage.values
    for stage in stages[1 : stages.index(data["stage"]) + 1]:
        services.change_stage(actor=lead, community=community, stage=stage)
    for item in content.SETUP_CHECKLIST[: 2 + 2 * stages.index(data["stage"])]:
        services.set_checklist_item(
            actor=lead, community=community, checklist="setup", key=item["key"], done=True
        )
    return services.publish_community(actor=lead, community=community)


def seed(ctx: DemoContext) -> None:
    for data in COMMUNITIES:
        organization = ctx.organizations[data["org"]]
        with scope(organization=organization):
            community = _seed_community(ctx, data)
            active = Membership.objects.filter(
                community=community, status=MembershipStatus.ACTIVE
            ).count()
        ctx.communities[data["slug"]] = community
        ctx.log.append(f"{community.name}: {active} active members")
