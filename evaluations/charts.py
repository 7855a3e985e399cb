"""Survey and report charts, drawn by `cdp.charts` (pygal, SVG `data:` URIs).

Readable in greyscale and without colour: every bar carries its value as text, series differ by
shade and are named in a legend, and the chart has a text alternative in the page.

Light on purpose: pygal's own stylesheets (some 11 kB per chart, every rule prefixed with the
chart's id, most of them for interactive tooltips we never ship) are replaced by the few rules
these bar charts use, and what only pygal's tooltip script reads (the script itself with the
chart's configuration, four `<desc>` elements per bar) is left out, as are its comments.
WeasyPrint parses and draws each chart of the annual PDF and the results page sends one per
question, so every rule and node counts: a chart is about 40 % of its former size and the PDF
draws it in about half the time.
"""

import base64
import re
from collections.abc import Sequence
from typing import Any

from cdp.charts import GREYSCALE, svg_data_uri

_STYLE = {
    **GREYSCALE,
    "label_font_size": 13,
    "major_label_font_size": 13,
    "value_font_size": 13,
    "legend_font_size": 13,
    "title_font_size": 15,
}
# The value printed on a bar: white on the dark shades, black on the light ones.
_ON_COLOR = ("#ffffff", "#000000", "#ffffff", "#000000")

_CSS = "inline:" + "".join(
    [
        f"text{{font-family:{GREYSCALE['font_family']};font-size:13px;fill:#111111;stroke:none}}",
        ".background{fill:white}",
        ".axis .line{stroke:#000000}",
        ".axis .guide.line{fill:none;stroke:#555555;stroke-dasharray:4,4}",
        ".horizontal .axis.y .guide.line,.vertical .axis.x .guide.line{display:none}",
        ".axis text.major{fill:#000000}",
        ".axis.x text{text-anchor:middle}",
        ".axis.x text[transform]{text-anchor:start}",
        ".axis.y text{text-anchor:end}",
        ".reactive{fill-opacity:.7;stroke-opacity:.8;stroke-width:1}",
        ".tooltip-overlay{display:none}",
        *(
            f".color-{i}{{fill:{color};stroke:{color}}}"
            f".text-overlay .color-{i} text{{fill:{_ON_COLOR[i]}}}"
            for i, color in enumerate(GREYSCALE["colors"])
        ),
    ]
)

# The serializer escapes "<" in text, so these patterns can only match the elements themselves.
_UNUSED = re.compile(rb"<script[^>]*>.*?</script>|<!--.*?-->|<desc[^>]*>[^<]*</desc>", re.DOTALL)


def _lean(uri: str) -> str:
    prefix, data = uri.split(",", 1)
    svg = _UNUSED.sub(b"", base64.b64decode(data))
    return f"{prefix},{base64.b64encode(svg).decode('ascii')}"


def _common(height: int, unit: str) -> dict[str, Any]:
    return {
        "style": _STYLE,
        "css": [_CSS],
        "width": 640,
        "height": height,
        "print_values": True,
        "truncate_label": 42,
        "show_y_guides": False,
        "margin": 12,
        "formatter": lambda v: f"{v:g}{unit}",
    }


def horizontal_bars(labels: Sequence[str], values: Sequence[float], *, unit: str = "") -> str:
    """One series of labelled horizontal bars, each showing its value."""
    # pygal draws horizontal bars bottom-up; reverse so the first label is on top.
    return _lean(
        svg_data_uri(
            "HorizontalBar",
            list(reversed(labels)),
            [("", list(reversed([float(v) for v in values])))],
            show_legend=False,
            # The value axis (drawn as x here) keeps its major graduations only.
            show_minor_x_labels=False,
            **{**_common(60 + 30 * max(len(labels), 1), unit), "width": 820},
        )
    )


def grouped_bars(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *, unit: str = ""
) -> str:
    """Vertical bars, several named series per label (e.g. enrolled and present per meeting)."""
    return _lean(
        svg_data_uri(
            "Bar",
            labels,
            [(name, [float(v) for v in values]) for name, values in series],
            legend_at_bottom=True,
            x_label_rotation=0 if len(labels) < 8 or max(map(len, labels)) < 3 else 30,
            show_legend=len(series) > 1,
            show_minor_y_labels=False,
            **_common(320, unit),
        )
    )
