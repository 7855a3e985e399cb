"""Charts as SVG rendered on the server with pygal, embedded as data: URIs (no script, no request).

Readable in greyscale and without colour: every bar carries its value as text, series differ by
shade and are named in a legend, and the chart has a text alternative in the page.

Light on purpose: pygal's own stylesheets (some 11 kB per chart, every rule prefixed with the
chart's id, most of them for interactive tooltips we never ship) are replaced by the few rules
these bar charts use, and the tooltip metadata (`<desc>` elements read only by pygal's script) is
left out. WeasyPrint parses and draws each chart of the annual PDF, and the results page sends one
per question, so every node and rule counts.
"""

import base64
import re
from collections.abc import Sequence

import pygal
from pygal.style import Style

_FONT = "DejaVu Sans, Arial, sans-serif"
_COLORS = ("#2b2b2b", "#9a9a9a", "#5e5e5e", "#c8c8c8")
# The value printed on a bar: white on the dark shades, black on the light ones.
_ON_COLOR = ("#ffffff", "#000000", "#ffffff", "#000000")

_STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#111111",
    foreground_strong="#000000",
    foreground_subtle="#555555",
    colors=_COLORS,
    font_family=_FONT,
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    legend_font_size=13,
    title_font_size=15,
)

_CSS = "inline:" + "".join(
    [
        f"text{{font-family:{_FONT};font-size:13px;fill:#111111;stroke:none}}",
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
            for i, color in enumerate(_COLORS)
        ),
    ]
)


class _Lean:
    """Leaves out the tooltip metadata: four `<desc>` elements per bar, read by pygal's script
    only, which these charts never include."""

    def _tooltip_data(self, *args: object, **kwargs: object) -> None:
        return None


class Bar(_Lean, pygal.Bar):  # type: ignore[misc]
    pass


class HorizontalBar(_Lean, pygal.HorizontalBar):  # type: ignore[misc]
    pass


# pygal always embeds its configuration as a <script> for its tooltips (some 5 kB, never run in an
# <img>), and three comments; the serializer escapes "<" in text, so these patterns match only them.
_UNUSED = re.compile(rb"<script[^>]*>.*?</script>|<!--.*?-->", re.DOTALL)


def _data_uri(chart: pygal.graph.graph.Graph) -> str:
    svg = _UNUSED.sub(b"", chart.render(is_unicode=False))
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _common(height: int) -> dict[str, object]:
    return {
        "style": _STYLE,
        "css": [_CSS],
        "width": 640,
        "height": height,
        "js": [],
        "print_values": True,
        "truncate_label": 42,
        "show_y_guides": False,
        "margin": 12,
    }


def horizontal_bars(labels: Sequence[str], values: Sequence[float], *, unit: str = "") -> str:
    """One series of labelled horizontal bars, each showing its value."""
    chart = HorizontalBar(
        show_legend=False,
        # The value axis (drawn as x here) keeps its major graduations only.
        show_minor_x_labels=False,
        formatter=lambda v: f"{v:g}{unit}",
        **{**_common(60 + 30 * max(len(labels), 1)), "width": 820},
    )
    # pygal draws horizontal bars bottom-up; reverse so the first label is on top.
    chart.x_labels = list(reversed(labels))
    chart.add("", list(reversed([float(v) for v in values])))
    return _data_uri(chart)


def grouped_bars(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *, unit: str = ""
) -> str:
    """Vertical bars, several named series per label (e.g. enrolled and present per meeting)."""
    chart = Bar(
        legend_at_bottom=True,
        x_label_rotation=0 if len(labels) < 8 or max(map(len, labels)) < 3 else 30,
        show_legend=len(series) > 1,
        show_minor_y_labels=False,
        formatter=lambda v: f"{v:g}{unit}",
        **_common(320),
    )
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, [float(v) for v in values])
    return _data_uri(chart)
