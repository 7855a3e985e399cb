from django import template

from charters.selectors import SignatureStatus

register = template.Library()


@register.filter
def status_label(value: str) -> str:
    return str(SignatureStatus(value).label)
