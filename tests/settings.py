"""Test settings: the real settings module, with tasks run inline and a private var folder.

Set DATABASE_URL / REDIS_URL to run the same suite on PostgreSQL + Redis.
"""

import os
import tempfile

os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
os.environ.setdefault("CDP_EMAIL", "locmem")
os.environ.setdefault("CDP_VAR_DIR", tempfile.mkdtemp(prefix="cdp-test-"))

from cdp.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file database (not :memory:) so live-server threads of browser tests open their own
    # connections instead of sharing the test thread's.
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(os.environ["CDP_VAR_DIR"], "test.sqlite3")}  # noqa: F405
