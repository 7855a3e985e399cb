"""Upload checks: the type comes from the content, never from the name, against an allow-list.

Every refusal is a ValidationError with a message the uploader can act on; nothing is stored
until `inspect_upload` has accepted the file.
"""

import hashlib
import posixpath
import zipfile
from dataclasses import dataclass
from typing import IO

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

# Expansion limits for zip containers (plain zips and Office/OpenDocument files alike).
ZIP_MAX_MEMBERS = 1000
ZIP_MAX_TOTAL_BYTES = 200 * 1024 * 1024
ZIP_MAX_RATIO = 100

# What we accept: detected kind → (content type, extensions allowed on the name, default one).
ALLOWED: dict[str, tuple[str, tuple[str, ...], str]] = {
    "pdf": ("application/pdf", ("pdf",), "pdf"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ("docx",),
        "docx",
    ),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ("xlsx",),
        "xlsx",
    ),
    "pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ("pptx",),
        "pptx",
    ),
    "odt": ("application/vnd.oasis.opendocument.text", ("odt",), "odt"),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", ("ods",), "ods"),
    "odp": ("application/vnd.oasis.opendocument.presentation", ("odp",), "odp"),
    "png": ("image/png", ("png",), "png"),
    "jpg": ("image/jpeg", ("jpg", "jpeg"), "jpg"),
    "gif": ("image/gif", ("gif",), "gif"),
    "webp": ("image/webp", ("webp",), "webp"),
    "txt": ("text/plain; charset=utf-8", ("txt", "md", "csv"), "txt"),
    "zip": ("application/zip", ("zip",), "zip"),
}
OOXML_PREFIX = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
# Markup a browser would sniff as HTML (WHATWG MIME sniffing), plus SVG and XML.
_MARKUP_STARTS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
    b"<?xml",
    b"<svg",
    b"<meta",
    b"<link",
    b"<object",
    b"<embed",
    b"<img",
    b"<form",
)


@dataclass(frozen=True)
class CheckedUpload:
    filename: str
    content_type: str
    size: int
    sha256: str
    kind: str


def _refuse(message: str, code: str) -> ValidationError:
    return ValidationError(message, code=code)


def _read_all(upload: IO[bytes]) -> bytes:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def _looks_like_markup(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    for marker in _MARKUP_STARTS:
        if start.startswith(marker):
            rest = start[len(marker) : len(marker) + 1]
            if marker in (b"<!--", b"<?xml") or rest in (
                b"",
                b" ",
                b">",
                b"\t",
                b"\n",
                b"\r",
                b"/",
            ):
                return True
    return False


def _is_plain_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_member_name(name: str) -> None:
    normalised = name.replace("\\", "/")
    parts = normalised.split("/")
    if normalised.startswith("/") or ".." in parts or (len(name) > 1 and name[1] == ":"):
        raise _refuse(
            _("The archive contains a file with an unsafe path (%(name)s).") % {"name": name[:80]},
            "zip_path",
        )


def _inspect_zip(upload: IO[bytes], size: int) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(_("The archive is damaged and cannot be opened."), "zip_damaged") from exc
    members = archive.infolist()
    if len(members) > ZIP_MAX_MEMBERS:
        raise _refuse(
            _("The archive holds too many files (at most %(max)s).") % {"max": ZIP_MAX_MEMBERS},
            "zip_members",
        )
    total = 0
    for info in members:
        _check_member_name(info.filename)
        if info.flag_bits & 0x1:
            raise _refuse(_("Encrypted archives are not accepted."), "zip_encrypted")
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > ZIP_MAX_RATIO:
            raise _refuse(
                _("The archive expands far beyond its size (a “zip bomb”); it is refused."),
                "zip_bomb",
            )
    if total > ZIP_MAX_TOTAL_BYTES or (size and total / size > ZIP_MAX_RATIO):
        raise _refuse(
            _("The archive expands far beyond its size (a “zip bomb”); it is refused."),
            "zip_bomb",
        )
    return archive


def _container_kind(upload: IO[bytes], size: int) -> str:
    """Office OOXML, OpenDocument or a plain zip, decided from the members, not the name."""
    archive = _inspect_zip(upload, size)
    names = set(archive.namelist())
    if "[Content_Types].xml" in names:
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise _refuse(_("Office files with macros are not accepted."), "macros")
        for kind, prefix in OOXML_PREFIX.items():
            if any(name.startswith(prefix) for name in names):
                return kind
        raise _refuse(_("This Office file type is not accepted."), "type")
    if "mimetype" in names:
        declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
        if declared in ODF_MIMETYPES:
            if any(name.lower().startswith("basic/") for name in names):
                raise _refuse(_("OpenDocument files with macros are not accepted."), "macros")
            return ODF_MIMETYPES[declared]
    return "zip"


def _detect_kind(upload: IO[bytes], data: bytes, size: int) -> str:
    guess = filetype.guess(data[:8192])
    extension = guess.extension if guess else None
    if extension in {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "jar"}:
        upload.seek(0)
        kind = _container_kind(upload, size)
        upload.seek(0)
        return kind
    if extension == "apng":
        return "png"
    if extension in {"pdf", "png", "jpg", "gif", "webp"}:
        return str(extension)
    if extension is None and _is_plain_text(data):
        if _looks_like_markup(data[:1024]):
            raise _refuse(
                _("Web pages and SVG or XML files are not accepted (they can run scripts)."),
                "markup",
            )
        return "txt"
    raise _refuse(
        _(
            "This file type is not accepted. Accepted: PDF, Word, Excel, PowerPoint, "
            "OpenDocument, PNG, JPEG, GIF, WebP images, plain text and zip archives."
        ),
        "type",
    )


def safe_filename(original: str, kind: str) -> str:
    """Strip any path, keep one extension that matches the detected type, sanitise the rest."""
    _content_type, extensions, default = ALLOWED[kind]
    base = posixpath.basename(original.replace("\\", "/")).strip().strip(".")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    extension = extension.lower()
    if extension and extension not in extensions:
        readable = {"txt": _("plain text")}.get(kind, kind.upper())
        raise _refuse(
            _("The file name ends in “.%(ext)s” but the file is %(kind)s; rename it and try again.")
            % {"ext": extension[:10], "kind": readable},
            "extension",
        )
    stem = stem.replace(".", "_") or "file"
    try:
        cleaned = get_valid_filename(stem)
    except Exception:
        cleaned = "file"
    return f"{cleaned[:150]}.{extension or default}"


def inspect_upload(upload: IO[bytes], original_name: str, size: int | None = None) -> CheckedUpload:
    """Accept the upload only if its content is of an allowed type and within the size cap."""
    max_bytes = int(settings.UPLOAD_MAX_BYTES)
    declared = size if size is not None else getattr(upload, "size", None)
    if declared is not None and declared > max_bytes:
        raise _refuse(
            _("The file is too large (%(size)s); the limit is %(max)s.")
            % {"size": filesizeformat(declared), "max": filesizeformat(max_bytes)},
            "too_large",
        )
    data = _read_all(upload)
    if len(data) > max_bytes:
        raise _refuse(
            _("The file is too large (%(size)s); the limit is %(max)s.")
            % {"size": filesizeformat(len(data)), "max": filesizeformat(max_bytes)},
            "too_large",
        )
    if not data:
        raise _refuse(_("The file is empty."), "empty")
    kind = _detect_kind(upload, data, len(data))
    return CheckedUpload(
        filename=safe_filename(original_name, kind),
        content_type=ALLOWED[kind][0],
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        kind=kind,
    )
