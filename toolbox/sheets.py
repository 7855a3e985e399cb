"""Library sheets as downloadable PDFs, in the reader's language, cached until the sheet changes."""

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from toolbox.models import LibraryTool

CACHE_SECONDS = 24 * 3600


def steps(text: str) -> list[str]:
    """The numbered lines of a « how to » text, without their numbers."""
    lines = []
    for line in text.splitlines():
        line = line.strip()
        head, dot, rest = line.partition(". ")
        lines.append(rest if dot and head.isdigit() else line)
    return [line for line in lines if line]


def sheet_pdf(tool: LibraryTool, language: str) -> bytes:
    """The sheet as a PDF document in `language` (fr or en)."""
    key = f"toolbox:sheet:{tool.slug}:{language}:{tool.updated_at.timestamp():.0f}"
    cached = cache.get(key)
    if cached is not None:
        return bytes(cached)
    from weasyprint import HTML

    with translation.override(language):
        html = render_to_string(
            "toolbox/pdf/sheet.html", {"tool": tool, "steps": steps(tool.how_to)}
        )
    pdf = bytes(HTML(string=html).write_pdf())
    cache.set(key, pdf, CACHE_SECONDS)
    return pdf
