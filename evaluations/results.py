"""Survey results: the ONE place that decides what may be shown of a survey's answers.

The results page, the CSV, the annual report and every indicator built from answers call
`survey_results`, so the anonymity thresholds hold in all of them: for an anonymous survey, no
aggregate of a group smaller than MIN_RESPONDENTS, no free text from a group smaller than
MIN_FREE_TEXT, and a filter is refused when either the group it selects or the group it leaves
out is smaller than MIN_RESPONDENTS (so two filtered views cannot be subtracted to isolate a few
people).
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any, NamedTuple, Protocol

from evaluations.models import (
    CHOICE_KINDS,
    NOT_APPLICABLE,
    SCALE_KINDS,
    TEXT_KINDS,
    Question,
    QuestionKind,
    Survey,
)
from evaluations.text import current_language, localized

MIN_RESPONDENTS = 5
MIN_FREE_TEXT = 8
FILTERABLE_KINDS = frozenset(SCALE_KINDS | {QuestionKind.SINGLE, QuestionKind.SCALE10})


class Answered(Protocol):
    """What results read of a response: its answers ({question id: stored answer})."""

    @property
    def answers(self) -> Any: ...


class Answers(NamedTuple):
    """A response's answers alone: what the indicators read in bulk, lighter than a model row."""

    answers: dict[str, Any]


@dataclass
class Bar:
    label: str
    count: int
    percent: float


@dataclass
class QuestionResult:
    question: Question
    label: str
    kind: str
    theme: str
    answered: int = 0
    not_applicable: int = 0
    bars: list[Bar] = field(default_factory=list)
    mean: float | None = None
    median: float | None = None
    texts: list[str] = field(default_factory=list)
    objectives: list[tuple[str, list[Bar]]] = field(default_factory=list)
    hidden: bool = False

    @property
    def is_text(self) -> bool:
        return self.kind in TEXT_KINDS


@dataclass
class SurveyResults:
    survey: Survey
    invited: int
    respondents: int
    group_size: int
    filters: dict[int, str]
    filter_refused: bool
    aggregates_visible: bool
    free_text_visible: bool
    questions: list[QuestionResult]

    @property
    def response_rate(self) -> float | None:
        return round(100 * self.respondents / self.invited, 1) if self.invited else None


def thresholds_apply(survey: Survey) -> bool:
    return survey.is_anonymous


def select_group(
    survey: Survey, responses: Sequence[Answered], filters: Mapping[int, str] | None
) -> tuple[list[Answered], bool]:
    """The responses matching `filters` ({question id: stored answer}), and whether the filter was
    refused because the selected group or its complement is too small to stay anonymous."""
    if not filters:
        return list(responses), False
    group = [
        response
        for response in responses
        if all(_matches(response.answers.get(str(qid)), value) for qid, value in filters.items())
    ]
    if not thresholds_apply(survey):
        return group, False
    rest = len(responses) - len(group)
    if len(group) < MIN_RESPONDENTS or 0 < rest < MIN_RESPONDENTS:
        return [], True
    return group, False


def _matches(answer: object, value: str) -> bool:
    if isinstance(answer, list):
        return value in {str(item) for item in answer}
    return answer is not None and str(answer) == str(value)


def survey_results(
    survey: Survey,
    *,
    invited: int,
    responses: Sequence[Answered] | None = None,
    questions: Sequence[Question] | None = None,
    filters: Mapping[int, str] | None = None,
    objective_labels: Mapping[str, str] | None = None,
    language: str | None = None,
) -> SurveyResults:
    """What may be shown of `survey`'s answers (optionally of a filtered group) to anyone."""
    responses = list(survey.responses.all()) if responses is None else list(responses)
    questions = list(survey.questions.all()) if questions is None else list(questions)
    language = language or current_language()  # once, not for every label
    known = {q.pk for q in questions if q.kind in FILTERABLE_KINDS}
    clean_filters = {int(k): str(v) for k, v in (filters or {}).items() if int(k) in known}
    group, refused = select_group(survey, responses, clean_filters)
    size = len(group)
    guarded = thresholds_apply(survey)
    aggregates_visible = not refused and (not guarded or size >= MIN_RESPONDENTS)
    free_text_visible = not refused and (not guarded or size >= MIN_FREE_TEXT)
    results = [
        _question_result(
            q, group, aggregates_visible, free_text_visible, guarded, objective_labels, language
        )
        for q in questions
    ]
    return SurveyResults(
        survey=survey,
        invited=invited,
        respondents=len(responses),
        group_size=size,
        filters=clean_filters,
        filter_refused=refused,
        aggregates_visible=aggregates_visible,
        free_text_visible=free_text_visible,
        questions=results,
    )


def _bars(labels: Sequence[str], counter: Counter[str], total: int) -> list[Bar]:
    return [
        Bar(
            label,
            counter.get(str(index), 0),
            round(100 * counter.get(str(index), 0) / total, 1) if total else 0.0,
        )
        for index, label in enumerate(labels)
    ]


def _question_result(
    question: Question,
    group: Sequence[Answered],
    aggregates_visible: bool,
    free_text_visible: bool,
    guarded: bool,
    objective_labels: Mapping[str, str] | None,
    language: str | None,
) -> QuestionResult:
    result = QuestionResult(
        question=question,
        label=localized(question.text, language),
        kind=question.kind,
        theme=question.theme,
    )
    key = str(question.pk)
    answers = [a for r in group if (a := r.answers.get(key)) not in (None, "", [])]
    if question.kind in TEXT_KINDS:
        if not free_text_visible:
            result.hidden = True
            return result
        result.texts = sorted(str(a).strip() for a in answers if str(a).strip())
        result.answered = len(result.texts)
        return result
    if not aggregates_visible:
        result.hidden = True
        return result
    if question.kind == QuestionKind.OBJECTIVE:
        return _objective_result(result, answers, guarded, objective_labels or {}, language)
    labels = [localized(t, language) for t in question.scale()]
    counter: Counter[str] = Counter()
    numbers: list[int] = []
    for answer in answers:
        if answer == NOT_APPLICABLE:
            result.not_applicable += 1
            continue
        values = answer if isinstance(answer, list) else [answer]
        for value in values:
            counter[str(value)] += 1
        if question.kind not in CHOICE_KINDS and str(answer).isdigit():
            numbers.append(int(answer))
    result.answered = len(answers) - result.not_applicable
    if guarded and result.answered < MIN_RESPONDENTS:
        result.hidden = True
        return result
    result.bars = _bars(labels, counter, result.answered)
    if numbers:
        offset = 0 if question.kind == QuestionKind.SCALE10 else 1
        # Whole numbers: an exact sum and one correctly rounded division, as mean() gives (slower).
        result.mean = round((sum(numbers) + offset * len(numbers)) / len(numbers), 1)
        result.median = float(median(n + offset for n in numbers))
    return result


def _objective_result(
    result: QuestionResult,
    answers: Sequence[object],
    guarded: bool,
    objective_labels: Mapping[str, str],
    language: str | None,
) -> QuestionResult:
    from evaluations.content import OBJECTIVE_STATUSES

    statuses = list(OBJECTIVE_STATUSES)
    labels = [localized(OBJECTIVE_STATUSES[s], language) for s in statuses]
    per_objective: dict[str, Counter[str]] = {}
    for answer in answers:
        if not isinstance(answer, dict):
            continue
        for objective_id, status in answer.items():
            if status in statuses:
                per_objective.setdefault(objective_id, Counter())[str(statuses.index(status))] += 1
    result.answered = len(answers)
    for objective_id, counter in sorted(per_objective.items()):
        total = sum(counter.values())
        if guarded and total < MIN_RESPONDENTS:
            continue
        name = objective_labels.get(objective_id, objective_id)
        result.objectives.append((name, _bars(labels, counter, total)))
    result.hidden = not result.objectives and bool(answers)
    return result
