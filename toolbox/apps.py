from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolboxConfig(AppConfig):
    name = "toolbox"
    verbose_name = _("Toolbox")

    def ready(self) -> None:
        from cdp.notifications import register_kind
        from toolbox import emails
        from toolbox.panels import register_panels

        register_kind(emails.KIND_PROPOSAL, _("Tools proposed for approval"), emails.build_proposal)
        register_panels()
