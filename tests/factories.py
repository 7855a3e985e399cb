"""Factories for the shared models; each runs with scopes disabled, as test set-up does."""

from typing import Any

import factory
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import Organization, OrganizationMembership, OrgRole, User
from communities.models import Community, CommunityRole, Membership, MembershipRole

PASSWORD = "a-strong-test-password-42"


class UnscopedFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Any:
        with scopes_disabled():
            return super()._create(model_class, *args, **kwargs)


class UserFactory(UnscopedFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name", locale="fr_CA")
    last_name = factory.Faker("last_name", locale="fr_CA")
    language = "fr"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            from allauth.account.models import EmailAddress

            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )
            self.save()


class OrganizationFactory(UnscopedFactory):
    class Meta:
        model = Organization
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Organisme {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    privacy_contact = "vie-privee@example.org"


class OrgMembershipFactory(UnscopedFactory):
    class Meta:
        model = OrganizationMembership

    organization = factory.SubFactory(OrganizationFactory)
    user = factory.SubFactory(UserFactory)
    role = OrgRole.MEMBER


class CommunityFactory(UnscopedFactory):
    class Meta:
        model = Community

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Communauté {n}")
    slug = factory.Sequence(lambda n: f"communaute-{n}")


class MembershipFactory(UnscopedFactory):
    class Meta:
        model = Membership

    community = factory.SubFactory(CommunityFactory)
    organization = factory.SelfAttribute("community.organization")
    user = factory.SubFactory(UserFactory)
    status = "active"
    joined_at = factory.LazyFunction(timezone.now)


def add_member(community: Community, user: User, *roles: str) -> Membership:
    """Make `user` an active member of `community` (and of its organisation) with `roles`."""
    with scopes_disabled():
        OrganizationMembership.objects.get_or_create(
            organization=community.organization, user=user, defaults={"role": OrgRole.MEMBER}
        )
        membership, _ = Membership.objects.get_or_create(
            community=community,
            user=user,
            defaults={
                "organization": community.organization,
                "status": "active",
                "joined_at": timezone.now(),
            },
        )
        for role in roles or (CommunityRole.MEMBER,):
            MembershipRole.objects.get_or_create(
                membership=membership, role=role, defaults={"organization": community.organization}
            )
    return membership
