"""Charts as SVG data URIs (the CSP allows `data:` images and no inline script)."""

import base64
import sys
from collections.abc import Sequence
from types import ModuleType


def import_pygal() -> ModuleType:
    """Import pygal without its import hook for `pygal.maps` plugins: the hook uses the
    deprecated `find_module` and makes every later import warn."""
    import pygal

    sys.meta_path[:] = [
        finder for finder in sys.meta_path if type(finder).__name__ != "PluginImportFixer"
    ]
    return pygal


def attendance_chart(labels: Sequence[str], counts: Sequence[int], title: str, legend: str) -> str:
    """A line chart of people present per meeting, as `data:image/svg+xml;base64,…`."""
    pygal = import_pygal()
    from pygal.style import Style

    style = Style(
        background="white",
        plot_background="white",
        foreground="#1b1b1b",
        foreground_strong="#1b1b1b",
        foreground_subtle="#555",
        colors=("#0a5c4a", "#b54708"),
        font_family="sans-serif",
    )
    chart = pygal.Line(
        style=style,
        width=720,
        height=300,
        show_legend=False,
        js=[],
        disable_xml_declaration=True,
        x_label_rotation=30,
        min_scale=1,
        include_x_axis=True,
        title=title,
    )
    chart.x_labels = list(labels)
    chart.add(legend, list(counts))
    svg = chart.render()
    if isinstance(svg, str):
        svg = svg.encode()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def qr_data_uri(url: str) -> str:
    import segno

    return str(segno.make(url, error="m").svg_data_uri(scale=6, border=2))
