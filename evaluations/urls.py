from django.urls import path

from evaluations.views import reports, reviews, surveys

S = "evaluations/surveys/<int:survey_id>/"

community_urlpatterns = [
    path("evaluations/", surveys.survey_list, name="evaluations_surveys"),
    path("evaluations/surveys/new/", surveys.survey_create, name="evaluations_survey_create"),
    path(S, surveys.survey_edit, name="evaluations_survey_edit"),
    path(S + "questions/new/", surveys.question_edit, name="evaluations_question_add"),
    path(
        S + "questions/<int:question_id>/", surveys.question_edit, name="evaluations_question_edit"
    ),
    path(
        S + "questions/<int:question_id>/delete/",
        surveys.question_delete,
        name="evaluations_question_delete",
    ),
    path(
        S + "questions/<int:question_id>/move/",
        surveys.question_move,
        name="evaluations_question_move",
    ),
    path(S + "answer/", surveys.survey_answer, name="evaluations_survey_answer"),
    path(S + "results/", surveys.survey_results, name="evaluations_survey_results"),
    path(S + "results.csv", surveys.survey_csv, name="evaluations_survey_csv"),
    path(S + "relaunch/", surveys.survey_relaunch, name="evaluations_survey_relaunch"),
    path(S + "present/", surveys.survey_present, name="evaluations_survey_present"),
    path(S + "testimonials/", reviews.testimonials, name="evaluations_testimonials"),
    path(
        "evaluations/testimonials/<int:testimonial_id>/remove/",
        reviews.testimonial_remove,
        name="evaluations_testimonial_remove",
    ),
    path("evaluations/review/", reviews.review, name="evaluations_review"),
    path("evaluations/logbook/", reviews.logbook, name="evaluations_logbook"),
    path(
        "evaluations/logbook/<int:logbook_entry_id>/delete/",
        reviews.logbook_delete,
        name="evaluations_logbook_delete",
    ),
    path(
        "evaluations/indicators/",
        reviews.community_indicators,
        name="evaluations_community_indicators",
    ),
    path("evaluations/certificates/", reviews.certificates, name="evaluations_certificates"),
    path(
        "evaluations/certificates/<int:certificate_id>/pdf/",
        reviews.certificate_download,
        name="evaluations_certificate_pdf",
    ),
]

org_urlpatterns = [
    path("evaluations/", reports.dashboard, name="evaluations_dashboard"),
    path("evaluations/indicators.csv", reports.dashboard_csv, name="evaluations_dashboard_csv"),
    path("evaluations/reports/new/", reports.report_request, name="evaluations_report_request"),
    path(
        "evaluations/reports/<int:annual_report_id>/",
        reports.report_status,
        name="evaluations_report",
    ),
    path(
        "evaluations/reports/<int:annual_report_id>/pdf/",
        reports.report_pdf,
        name="evaluations_report_pdf",
    ),
    path(
        "evaluations/reports/<int:annual_report_id>/csv/",
        reports.report_csv,
        name="evaluations_report_csv",
    ),
]
