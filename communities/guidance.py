"""Advice read from the content module in the viewer's language: size guidance (never a blocker),
axis definitions, stage questions and checklists."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.utils import translation

from communities import content
from communities.models import Community, Format

SMALL_FORMATS = frozenset(content.SIZE_GUIDANCE["small_formats"])
LARGE_FORMATS = frozenset({Format.THEMATIC, Format.TAILOR_MADE})


def language() -> str:
    """The active interface language, reduced to a key of the content dicts."""
    return "en" if (translation.get_language() or "fr").startswith("en") else "fr"


def text(value: Mapping[str, str] | content.Text) -> str:
    return str(value.get(language()) or value["fr"])


def size_messages(community: Community, count: int) -> list[str]:
    """Size advice for facilitators for `count` active members, by format (DESIGN.md §4)."""
    guide = content.SIZE_GUIDANCE
    messages = guide["messages"]
    found: list[str] = []
    if community.format in SMALL_FORMATS:
        if 0 < count < guide["small_min"]:
            found.append(text(messages["too_small"]))
        elif count > guide["small_max"]:
            found.append(text(messages["too_large"]))
    elif community.format in LARGE_FORMATS:
        if 0 < count < guide["thematic_min"]:
            found.append(text(messages["too_small"]))
        elif count > guide["thematic_ideal_max"]:
            found.append(text(messages["subgroups"]))
    return [message.format(count=count) for message in found]


def meeting_size_message(expected: int) -> str:
    """Advice for one meeting by expected attendance (below 6 or above 20 is hard), or ""."""
    guide = content.SIZE_GUIDANCE
    if 0 < expected < guide["meeting_min_present"]:
        return text(guide["messages"]["meeting_too_small"]).format(count=expected)
    if expected > guide["meeting_max_present"]:
        return text(guide["messages"]["meeting_too_large"]).format(count=expected)
    return ""


def axis_definitions() -> list[dict[str, Any]]:
    """Every axis with its label, help and value definitions, in the viewer's language."""
    return [
        {
            "key": key,
            "label": text(axis["label"]),
            "help": text(axis["help"]),
            "values": [
                {"key": value, "label": text(data["label"]), "definition": text(data["definition"])}
                for value, data in axis["values"].items()
            ],
        }
        for key, axis in content.AXES.items()
    ]


def axis_help(key: str) -> str:
    axis = content.AXES.get(key)
    return text(axis["help"]) if axis else ""


def value_definition(axis: str, value: str) -> str:
    data = content.AXES.get(axis, {}).get("values", {}).get(value)
    return text(data["definition"]) if data else ""


def stage_info(key: str) -> dict[str, Any]:
    for stage in content.STAGES:
        if stage["key"] == key:
            return {
                "label": text(stage["label"]),
                "description": text(stage["description"]),
                "questions": [text(question) for question in stage["questions"]],
                "focus": text(stage["focus"]),
            }
    return {}


def checklist(kind: str, done: dict[str, Any]) -> list[dict[str, Any]]:
    items = content.SETUP_CHECKLIST if kind == "setup" else content.CLOSING_CHECKLIST
    return [
        {
            "key": item["key"],
            "label": text(item["label"]),
            "help": text(item["help"]) if "help" in item else "",
            "done": _dated(done.get(item["key"])),
        }
        for item in items
    ]


def _dated(tick: dict[str, Any] | None) -> dict[str, Any] | None:
    if not tick:
        return None
    try:
        return {**tick, "on": date.fromisoformat(tick["on"])}
    except (KeyError, TypeError, ValueError):
        return tick


def first_meeting_questions() -> list[str]:
    return [text(question) for question in content.FIRST_MEETING_QUESTIONS]


def not_a_cop() -> list[str]:
    return [text(item) for item in content.NOT_A_COP]


def presets() -> list[dict[str, str]]:
    return [
        {"key": preset["key"], "title": text(preset["title"]), "summary": text(preset["summary"])}
        for preset in content.PRESETS
    ]


def rubric(key: str) -> str:
    return text(content.DIRECTORY_RUBRICS[key])


def role_description(key: str) -> str:
    role = content.ROLES.get(key)
    return text(role["description"]) if role else ""
