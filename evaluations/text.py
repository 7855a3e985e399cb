"""Bilingual content helpers: pick the viewer's language from a {"fr", "en"} mapping."""

from collections.abc import Mapping

from django.utils import translation


def current_language() -> str:
    language = (translation.get_language() or "fr")[:2]
    return language if language in ("fr", "en") else "fr"


def localized(text: Mapping[str, object] | str | None, language: str | None = None) -> str:
    """The text in `language` (default: the active one), falling back to French, then English."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    language = language or current_language()
    return str(text.get(language) or text.get("fr") or text.get("en") or "")
