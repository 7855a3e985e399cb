from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CdpConfig(AppConfig):
    name = "cdp"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from cdp import fragments, notifications, tenancy  # noqa: F401  (registers checks and kinds)

        fragments.connect_signals()
