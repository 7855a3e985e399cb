"""Every write of the evaluations app (surveys, reviews, reports), keyword-only and atomic."""

from evaluations.services.reviews import (
    add_logbook_entry,
    delete_logbook_entry,
    issue_certificate,
    remove_testimonial,
    save_review,
    select_testimonial,
)
from evaluations.services.surveys import (
    MAX_RELAUNCHES,
    audience_ids,
    can_answer,
    create_survey,
    delete_question,
    move_question,
    non_respondent_ids,
    relaunch_survey,
    save_draft,
    save_question,
    submit_response,
    update_survey,
)

__all__ = [
    "MAX_RELAUNCHES",
    "add_logbook_entry",
    "audience_ids",
    "can_answer",
    "create_survey",
    "delete_logbook_entry",
    "delete_question",
    "issue_certificate",
    "move_question",
    "non_respondent_ids",
    "relaunch_survey",
    "remove_testimonial",
    "save_draft",
    "save_question",
    "save_review",
    "select_testimonial",
    "submit_response",
    "update_survey",
]
