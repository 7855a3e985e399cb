from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("People and organisations")

    def ready(self) -> None:
        from accounts import privacy_admin  # noqa: F401
        from cdp import privacy
        from cdp.maintenance import register_daily_job

        register_daily_job("privacy.purge", privacy.purge_expired)
