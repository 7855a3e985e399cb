"""The personal data inventory is complete: every field that can hold personal data has a rule."""

import re
from typing import Any

import pytest
from django.apps import apps
from django.db import models

from accounts.models import User
from cdp import privacy
from cdp.privacy import Erase, Rule
from cdp.privacy_rules import NOT_PERSONAL

APPS = ("accounts", "cdp", "communities", "meetings", "charters", "toolbox", "evaluations")
PERSONAL_NAME = re.compile(
    r"(name|email|phone|ip_address|user_agent|pronoun|address|job_title|home_organization"
    r"|typed_name|reason|expertise)"
)


def _is_personal(field: Any) -> bool:
    if field.is_relation and field.related_model is User and (field.concrete or field.many_to_many):
        return True
    if isinstance(field, models.EmailField | models.GenericIPAddressField):
        return True
    return bool(PERSONAL_NAME.search(field.name))


def personal_fields(app_labels: tuple[str, ...] = APPS) -> set[str]:
    """`app.Model.field` for every concrete or many-to-many field that may hold personal data."""
    found = set()
    for label in app_labels:
        for model in apps.get_app_config(label).get_models():
            if model._meta.proxy:
                continue
            for field in model._meta.get_fields():
                if not (getattr(field, "concrete", False) or field.many_to_many):
                    continue
                if field.auto_created and not field.concrete:
                    continue
                if _is_personal(field):
                    found.add(f"{model._meta.label}.{field.name}")
    return found


def covered() -> set[str]:
    return {
        f"{rule.model_class._meta.label}.{name}"
        for rule in privacy.all_rules()
        for name in rule.covered_fields()
    }


def test_every_personal_field_has_an_erasure_rule() -> None:
    missing = sorted(personal_fields() - covered() - set(NOT_PERSONAL))
    assert not missing, (
        "These fields may hold personal data but no rule in cdp/privacy_rules.py covers them "
        f"(add a Rule, or a NOT_PERSONAL entry with the reason): {missing}"
    )


def test_the_detector_sees_the_kinds_of_personal_field() -> None:
    fields = personal_fields()
    assert "charters.Signature.ip_address" in fields  # GenericIPAddressField
    assert "accounts.OrganizationInvitation.email" in fields  # EmailField
    assert "meetings.Attendance.user" in fields  # foreign key to the user
    assert "meetings.Meeting.co_facilitators" in fields  # many-to-many to the user
    assert "communities.Membership.expertise" in fields  # by name
    assert "meetings.AgendaBlock.title" not in fields


def test_not_personal_entries_name_real_fields_with_a_reason() -> None:
    for dotted, reason in NOT_PERSONAL.items():
        app_model, _dot, field = dotted.rpartition(".")
        apps.get_model(app_model)._meta.get_field(field)
        assert reason.strip()
    assert not set(NOT_PERSONAL) & covered(), "a field is both covered and declared not personal"


@pytest.mark.django_db
def test_every_rule_resolves_its_paths_and_export_fields(member: User) -> None:
    from django_scopes import scopes_disabled

    with scopes_disabled():
        for rule in privacy.all_rules():
            rows = privacy.rows_for(rule, member)
            list(rows.values(*rule.export)[:1])  # raises FieldError on a wrong name
            for name in rule.replace:
                rule.model_class._meta.get_field(name)


def test_a_rule_states_its_reason_and_consistent_treatment() -> None:
    with pytest.raises(ValueError):
        Rule(model="x.Y", paths=("user",), erase=Erase.KEEP, reason=" ", export=("id",))
    with pytest.raises(ValueError):
        Rule(model="x.Y", paths=("user",), erase=Erase.PSEUDONYMISE, reason="r", export=("id",))
    with pytest.raises(ValueError):
        Rule(model="x.Y", paths=("user",), erase=Erase.CUSTOM, reason="r", export=("id",))


def test_the_user_row_is_anonymised_last() -> None:
    assert privacy.all_rules()[-1].model == "accounts.User"
