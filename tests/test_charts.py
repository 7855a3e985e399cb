"""The shared chart helper: pygal is imported only to draw, and its legacy import hook is gone."""

import base64
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdp.charts import svg_data_uri


def _svg(uri: str) -> str:
    prefix = "data:image/svg+xml;base64,"
    assert uri.startswith(prefix)
    return base64.b64decode(uri.removeprefix(prefix)).decode()


def test_a_chart_is_an_svg_data_uri_with_its_labels_and_series() -> None:
    svg = _svg(svg_data_uri("Bar", ["janvier", "février"], [("Présent·e·s", [3, 5])]))
    assert svg.lstrip().startswith("<?xml") and "</svg>" in svg
    assert "janvier" in svg and "février" in svg and "Présent·e·s" in svg


def test_after_a_chart_a_missing_module_is_an_import_error_not_a_warning() -> None:
    svg_data_uri("Line", ["a"], [("", [1])])
    assert not [f for f in sys.meta_path if type(f).__name__ == "PluginImportFixer"]
    # The tests turn warnings into errors: pygal's legacy finder would raise ImportWarning here.
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("cdp_no_such_module")


def test_starting_django_does_not_import_pygal() -> None:
    code = (
        "import sys, django; django.setup(); "
        "from django.urls import get_resolver; get_resolver().url_patterns; "
        "print('pygal' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
    )
    assert result.stdout.strip() == "False"
