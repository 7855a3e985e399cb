"""URL walk entry for the benchmark's hello-world view (public, like healthz)."""

from tests.walk import Expect

EXPECT = {
    "bench_hello": Expect(public=True),
}
