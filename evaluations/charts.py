"""Survey and report charts, drawn by `cdp.charts` (pygal, SVG `data:` URIs).

Readable in greyscale and without colour: every bar carries its value as text, series differ by
shade and are named in a legend, and the chart has a text alternative in the page.
"""

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


def _common(height: int, unit: str) -> dict[str, Any]:
    return {
        "style": _STYLE,
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
    return svg_data_uri(
        "HorizontalBar",
        list(reversed(labels)),
        [("", list(reversed([float(v) for v in values])))],
        show_legend=False,
        **{**_common(60 + 30 * max(len(labels), 1), unit), "width": 820},
    )


def grouped_bars(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *, unit: str = ""
) -> str:
    """Vertical bars, several named series per label (e.g. enrolled and present per meeting)."""
    return svg_data_uri(
        "Bar",
        labels,
        [(name, [float(v) for v in values]) for name, values in series],
        legend_at_bottom=True,
        x_label_rotation=0 if len(labels) < 8 or max(map(len, labels)) < 3 else 30,
        show_legend=len(series) > 1,
        **_common(320, unit),
    )
