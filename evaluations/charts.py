"""Charts as SVG rendered on the server with pygal, embedded as data: URIs (no script, no request).

Readable in greyscale and without colour: every bar carries its value as text, series differ by
shade and are named in a legend, and the chart has a text alternative in the page.
"""

import base64
from collections.abc import Sequence

import pygal
from pygal.style import Style

_STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#111111",
    foreground_strong="#000000",
    foreground_subtle="#555555",
    colors=("#2b2b2b", "#9a9a9a", "#5e5e5e", "#c8c8c8"),
    font_family="DejaVu Sans, Arial, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    legend_font_size=13,
    title_font_size=15,
)


def _data_uri(chart: pygal.graph.graph.Graph) -> str:
    svg = chart.render(is_unicode=False)
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _common(height: int) -> dict[str, object]:
    return {
        "style": _STYLE,
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
    chart = pygal.HorizontalBar(
        show_legend=False,
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
    chart = pygal.Bar(
        legend_at_bottom=True,
        x_label_rotation=0 if len(labels) < 8 or max(map(len, labels)) < 3 else 30,
        show_legend=len(series) > 1,
        formatter=lambda v: f"{v:g}{unit}",
        **_common(320),
    )
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, [float(v) for v in values])
    return _data_uri(chart)
