"""The benchmark's baseline: a hello-world view that goes through the full middleware stack.

`bench/run.py` compares the throughput of real pages with this view's, measured in the same run,
so the ratio says what the pages cost beyond the framework itself. It reads nothing and writes
nothing; it is public, like `healthz`.
"""

from django.http import HttpRequest, HttpResponse


def hello(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Hello, world\n", content_type="text/plain; charset=utf-8")
