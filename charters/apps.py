from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChartersConfig(AppConfig):
    name = "charters"
    verbose_name = _("Charters")

    def ready(self) -> None:
        from cdp.maintenance import register_daily_job
        from cdp.notifications import register_kind
        from charters import emails, services, tasks

        register_kind(services.KIND_REQUEST, _("Charter to sign"), emails.build_sign_request)
        register_kind(
            services.KIND_RELAUNCH, _("Reminders to sign a charter"), emails.build_sign_request
        )
        register_kind(
            services.KIND_RECEIPT,
            _("Charter signature receipt"),
            emails.build_receipt,
            can_unsubscribe=False,
        )
        register_daily_job("charters.relaunches", tasks.enqueue_daily_relaunches)
        self._register_panel()

    def _register_panel(self) -> None:
        try:
            from communities import panels
        except ImportError:
            return
        from charters.panels import register

        register(panels)
