"""Charter text built from the bilingual templates and clause library of `charters.content`.

A charter body is plain text: paragraphs separated by blank lines, `## ` starts a section
heading and `### ` a clause heading. The same text is what is fingerprinted, so nothing here may
depend on the viewer or on the time.
"""

from charters import content

CLAUSES = {clause["key"]: clause for clause in content.CLAUSES}
TEMPLATES = {template["kind"]: template for template in content.TEMPLATES}
LANGUAGES = ("fr", "en")


def clause_text(key: str, language: str) -> str:
    clause = CLAUSES[key]
    return f"### {clause['title'][language]}\n\n{clause['body'][language]}"  # type: ignore[literal-required]


def template_title(kind: str, language: str) -> str:
    return content.KINDS[kind][language]  # type: ignore[literal-required]


def template_body(kind: str, language: str) -> str:
    """The full text of the template of `kind` in `language`."""
    template = TEMPLATES[kind]
    parts = [template["preamble"][language]]  # type: ignore[literal-required]
    for section in template["sections"]:
        parts.append(f"## {section['title'][language]}")  # type: ignore[literal-required]
        intro = section["body"][language]  # type: ignore[literal-required]
        if intro:
            parts.append(intro)
        parts.extend(clause_text(key, language) for key in section["clause_keys"])
    return "\n\n".join(parts)


def consent_wording(*, title: str, number: int, language: str) -> str:
    """The exact consent sentence shown next to the checkbox, stored on each signature."""
    wording = content.CONSENT_WORDING["en" if language == "en" else "fr"]
    return wording.format(title=title, version=number)


def clause_choices(language: str) -> list[tuple[str, str]]:
    return [(c["key"], c["title"][language]) for c in content.CLAUSES]  # type: ignore[literal-required]


def blocks(body: str) -> list[tuple[str, str]]:
    """Split a body into ("h2" | "h3" | "p", text) blocks for display in pages and PDFs."""
    result: list[tuple[str, str]] = []
    for chunk in body.replace("\r\n", "\n").split("\n\n"):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith("### "):
            result.append(("h3", chunk[4:].strip()))
        elif chunk.startswith("## "):
            result.append(("h2", chunk[3:].strip()))
        else:
            result.append(("p", chunk))
    return result
