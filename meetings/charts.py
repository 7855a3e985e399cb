"""Charts and QR codes as SVG data URIs (the CSP allows `data:` images and no inline script)."""

from collections.abc import Sequence

from cdp.charts import svg_data_uri

_STYLE = {
    "background": "white",
    "plot_background": "white",
    "foreground": "#1b1b1b",
    "foreground_strong": "#1b1b1b",
    "foreground_subtle": "#555",
    "colors": ("#0a5c4a", "#b54708"),
    "font_family": "sans-serif",
}


def attendance_chart(labels: Sequence[str], counts: Sequence[int], title: str, legend: str) -> str:
    """A line chart of people present per meeting, as `data:image/svg+xml;base64,…`."""
    return svg_data_uri(
        "Line",
        labels,
        [(legend, counts)],
        style=_STYLE,
        width=720,
        height=300,
        show_legend=False,
        disable_xml_declaration=True,
        x_label_rotation=30,
        min_scale=1,
        include_x_axis=True,
        title=title,
    )


def qr_data_uri(url: str) -> str:
    import segno

    return str(segno.make(url, error="m").svg_data_uri(scale=6, border=2))
