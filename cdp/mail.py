"""The one place emails are built: subject/text/HTML templates, the recipient's language and the
List-Unsubscribe headers. Every notification goes through `send_templated_email`."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

UNSUBSCRIBE_SALT = "cdp.mail.unsubscribe"


@dataclass
class Attachment:
    filename: str
    content: bytes
    mimetype: str


@dataclass
class EmailContent:
    """What a notification kind renders: a template folder, its context and attachments."""

    template: str
    context: dict[str, Any]
    attachments: Sequence[Attachment] = field(default_factory=tuple)


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def make_unsubscribe_token(user_id: int, kind: str) -> str:
    return signing.dumps({"u": user_id, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str, max_age_days: int = 365) -> tuple[int, str]:
    """Return (user_id, kind); raises signing.BadSignature (or SignatureExpired) when invalid."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=max_age_days * 86400)
    return int(data["u"]), str(data["k"])


def render_email(template: str, context: dict[str, Any], language: str) -> tuple[str, str, str]:
    """Render `<template>/subject.txt`, `body.txt` and `body.html` in `language`."""
    with translation.override(language):
        subject = render_to_string(f"{template}/subject.txt", context).strip()
        text = render_to_string(f"{template}/body.txt", context)
        html = render_to_string(f"{template}/body.html", context)
    return " ".join(subject.split()), text, html


def send_templated_email(
    *,
    to: str,
    content: EmailContent,
    language: str,
    kind: str | None = None,
    user_id: int | None = None,
    connection: BaseEmailBackend | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Render and send one email; with a kind and a user, add one-click unsubscribe (RFC 8058)."""
    context = dict(content.context)
    all_headers = dict(headers or {})
    if kind and user_id:
        url = absolute_url(
            reverse("unsubscribe", kwargs={"token": make_unsubscribe_token(user_id, kind)})
        )
        context["unsubscribe_url"] = url
        all_headers["List-Unsubscribe"] = f"<{url}>"
        all_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    context.setdefault("site_url", settings.SITE_URL)
    subject, text, html = render_email(content.template, context, language)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=all_headers,
        connection=connection or get_connection(),
    )
    message.attach_alternative(html, "text/html")
    for attachment in content.attachments:
        message.attach(attachment.filename, attachment.content, attachment.mimetype)
    message.send()


def chunked(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
