"""Demo organisations and people (cdp/demo_content.py), created through the account services."""

from functools import cache

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django_scopes import scope, scopes_disabled

from accounts import services
from accounts.models import Organization, OrganizationMembership, OrgRole, User
from cdp.demo import DEMO_PASSWORD, DemoContext
from cdp.demo_content import ORGANISATIONS, PEOPLE

OPERATOR_EMAIL = "operateur@example.org"


@cache
def _demo_password_hash() -> str:
    # Hashing is deliberately slow; the demo hashes its one shared password once.
    return make_password(DEMO_PASSWORD)


def _person(email: str, **profile: object) -> User:
    with scopes_disabled():
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, None, **profile)
            user.password = _demo_password_hash()
            user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    return user


@transaction.atomic
def seed(ctx: DemoContext) -> None:
    for person in PEOPLE:
        ctx.people[person["email"]] = _person(
            person["email"],
            first_name=person["first_name"],
            last_name=person["last_name"],
            pronouns=person.get("pronouns", ""),
            job_title=person.get("job_title", ""),
            home_organization=person.get("home_organisation", ""),
            language=person.get("language", "fr"),
            directory_visible=True,
        )
    operator = _person(OPERATOR_EMAIL, first_name="Opérateur", last_name="Plateforme")
    if not operator.is_staff:
        operator.is_staff = operator.is_superuser = True
        operator.save(update_fields=["is_staff", "is_superuser"])
    ctx.people[OPERATOR_EMAIL] = operator

    for data in ORGANISATIONS:
        organization = Organization.objects.filter(slug=data["slug"]).first()
        if organization is None:
            organization = services.create_organization(
                name=data["name"],
                slug=data["slug"],
                privacy_contact=data["privacy_contact"],
                timezone_name=data.get("timezone", "America/Toronto"),
                description=data.get("description", ""),
            )
        ctx.organizations[data["slug"]] = organization
        for email, role in data["staff"].items():
            membership = services.ensure_org_membership(
                organization=organization, user=ctx.people[email], role=role
            )
            if membership.role != role:
                with scope(organization=organization):
                    OrganizationMembership.objects.filter(pk=membership.pk).update(role=role)
    ctx.log.append(f"{len(ctx.people)} people, {len(ctx.organizations)} organisations")


def demo_logins() -> list[tuple[str, str]]:
    """(email, what they are) for the people worth logging in as."""
    roles = []
    for data in ORGANISATIONS:
        for email, role in data["staff"].items():
            if role == OrgRole.COORDINATOR:
                roles.append((email, f"coordinator of {data['slug']}"))
    roles += [
        ("animatrice@example.org", "facilitator (centre-demo)"),
        ("animateur@example.org", "facilitator (centre-demo)"),
        ("membre@example.org", "member (centre-demo)"),
        (OPERATOR_EMAIL, "platform operator (/admin/)"),
    ]
    return roles
