"""Charts as SVG rendered on the server with pygal, embedded as `data:` URIs: the CSP allows
`data:` images, and the chart needs no script and no request.

pygal is imported only when a chart is drawn: most processes (workers, most requests) never draw
one, and the import costs about a tenth of a second.
"""

import base64
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, Literal

# Readable in greyscale: series differ by shade, not by hue.
GREYSCALE: Mapping[str, Any] = {
    "background": "white",
    "plot_background": "white",
    "foreground": "#111111",
    "foreground_strong": "#000000",
    "foreground_subtle": "#555555",
    "colors": ("#2b2b2b", "#9a9a9a", "#5e5e5e", "#c8c8c8"),
    "font_family": "DejaVu Sans, Arial, sans-serif",
}


def _import_pygal() -> ModuleType:
    """Import pygal and take out the `sys.meta_path` finder it appends for `pygal.maps` plugins
    (which we do not use): it only has the legacy `find_module`, so every later import that fails
    raises an ImportWarning, which `-W error` and the tests' `filterwarnings = error` turn into an
    exception where code expects an ImportError (pygal 3.1 still appends it)."""
    import pygal

    sys.meta_path[:] = [
        finder for finder in sys.meta_path if type(finder).__name__ != "PluginImportFixer"
    ]
    return pygal


def svg_data_uri(
    kind: Literal["Bar", "HorizontalBar", "Line"],
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    style: Mapping[str, Any] = GREYSCALE,
    **options: Any,
) -> str:
    """Draw a pygal chart of `kind` (one series a `(name, values)` pair, values per label) and
    return it as `data:image/svg+xml;base64,…`; `options` are pygal's chart options."""
    pygal = _import_pygal()
    from pygal.style import Style

    chart = getattr(pygal, kind)(style=Style(**style), js=[], **options)
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, list(values))
    svg = chart.render(is_unicode=False)
    if isinstance(svg, str):  # pygal returns text when `disable_xml_declaration` is set
        svg = svg.encode()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
