"""The one way cdp renders PDFs: a Django template through WeasyPrint, offline.

`render_pdf("app/pdf/thing.html", context)` returns the PDF bytes. Resources named in the HTML
(stylesheets, images, fonts) are fetched by `RestrictedURLFetcher`, which serves only:

- `data:` URLs;
- our static files, named `/static/...` (or `<SITE_URL>/static/...`), found like `{% static %}`
  finds them (STATIC_ROOT, STATICFILES_DIRS, the apps' `static/` folders);
- uploaded files under MEDIA_ROOT, named `/media/...` (or `<SITE_URL>/media/...`);
- `file://` URLs whose real path lies inside one of those folders.

Anything else (http to another host, `file:///etc/passwd`, `..` escapes, ftp) is refused and left
out of the document, so a template or a user-supplied text can never make the server reach the
network or read the file system. Use `{% static %}` in PDF templates as in pages.

Accessibility: pass `pdf_variant="pdf/ua-1"` to get a tagged PDF/UA document (WeasyPrint then
also needs `<html lang>` and a `<title>`); `pdf_tags=True` tags without claiming PDF/UA.
Other WeasyPrint `write_pdf` options can be passed through `options`.

WeasyPrint is imported on first use only, so modules that merely reference this helper stay light.
"""

import logging
import mimetypes
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

PDF_UA = "pdf/ua-1"


def _is_inside(path: Path, roots: Iterable[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


@lru_cache(maxsize=1)
def static_roots() -> tuple[Path, ...]:
    """Every folder static files are served from (resolved)."""
    roots: list[Path] = [Path(settings.STATIC_ROOT)]
    roots += [
        Path(entry[1] if isinstance(entry, tuple) else entry)
        for entry in getattr(settings, "STATICFILES_DIRS", [])
    ]
    for finder in finders.get_finders():
        for storage in getattr(finder, "storages", {}).values():
            location = getattr(storage, "location", None)
            if location:
                roots.append(Path(location))
    return tuple(dict.fromkeys(root.resolve() for root in roots))


def media_root() -> Path:
    return Path(settings.MEDIA_ROOT).resolve()


def resolve_local(url: str) -> Path | None:
    """The file a URL may be served from, or None when the URL is not one of ours."""
    parts = urlsplit(url)
    site = urlsplit(settings.SITE_URL)
    if parts.scheme == "file":
        path = Path(unquote(parts.path)).resolve()
        return path if _is_inside(path, (*static_roots(), media_root())) else None
    if parts.scheme in ("http", "https") and parts.netloc != site.netloc:
        return None
    if parts.scheme not in ("http", "https", ""):
        return None
    path_part = unquote(parts.path)
    if path_part.startswith(settings.STATIC_URL):
        relative = path_part[len(settings.STATIC_URL) :]
        if ".." in Path(relative).parts:
            return None
        found = finders.find(relative)
        candidate = Path(found if isinstance(found, str) else Path(settings.STATIC_ROOT) / relative)
        candidate = candidate.resolve()
        return candidate if _is_inside(candidate, static_roots()) else None
    if settings.MEDIA_URL and path_part.startswith(settings.MEDIA_URL):
        candidate = (media_root() / path_part[len(settings.MEDIA_URL) :]).resolve()
        return candidate if _is_inside(candidate, (media_root(),)) else None
    return None


def _fetcher_class() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class RestrictedURLFetcher(URLFetcher):  # type: ignore[misc]
        """Serve data: URLs and our own static and media files; refuse everything else."""

        def __init__(self) -> None:
            super().__init__(
                allowed_protocols={"data", "file", "http", "https"}, allow_redirects=False
            )

        def fetch(self, url: str, headers: dict[str, str] | None = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = resolve_local(url)
            if path is None or not path.is_file():
                logger.warning("PDF rendering refused to fetch %s", url[:200])
                raise ValueError(f"refused by cdp.pdf: {url[:200]}")
            mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                url, body=path.read_bytes(), headers={"Content-Type": mimetype}
            )

    return RestrictedURLFetcher


def render_pdf(
    template_name: str,
    context: dict[str, Any],
    *,
    base_url: str | None = None,
    pdf_variant: str | None = None,
    options: dict[str, Any] | None = None,
) -> bytes:
    """Render `template_name` with `context` to PDF bytes, fetching only our own files."""
    from weasyprint import HTML

    html = render_to_string(template_name, context)
    write_options: dict[str, Any] = dict(options or {})
    if pdf_variant:
        write_options["pdf_variant"] = pdf_variant
    document = HTML(
        string=html,
        base_url=base_url or f"{settings.SITE_URL}/",
        url_fetcher=_fetcher_class()(),
    )
    return bytes(document.write_pdf(**write_options))
