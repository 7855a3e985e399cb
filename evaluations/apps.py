from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "evaluations"
    verbose_name = _("Evaluations")

    def ready(self) -> None:
        from cdp.notifications import register_kind
        from evaluations.notify import build_survey_relaunch

        register_kind("survey_relaunch", _("Survey reminders"), build_survey_relaunch)
        try:
            from communities.panels import register_panel
        except ImportError:
            return
        from evaluations.panels import surveys_panel

        register_panel(
            key="evaluations.surveys",
            template_name="evaluations/panels/surveys.html",
            context_function=surveys_panel,
            order=40,
        )
