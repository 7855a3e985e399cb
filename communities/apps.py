from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "communities"
    verbose_name = _("Communities")

    def ready(self) -> None:
        from cdp.notifications import register_kind
        from communities import emails, home_panels

        home_panels.register()
        register_kind(
            emails.KIND_REQUEST, _("Requests to join a community"), emails.build_join_request
        )
        register_kind(
            emails.KIND_ANSWER, _("Answers to my requests to join"), emails.build_request_answered
        )
