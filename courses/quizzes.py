"""Quizzes read from a lesson's StreamField, and graded. Pure functions, no database.

Question and answer ids are the StreamField block ids, stable across edits and translations,
so a learner's stored answers keep pointing at the same question after an editor fixes a typo.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

TRUE, FALSE = "true", "false"


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # single_choice, multiple_choice, true_false
    prompt: str
    choices: tuple[Choice, ...]
    explanation: str = ""

    @property
    def multiple(self) -> bool:
        return self.kind == "multiple_choice"

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(choice.id for choice in self.choices if choice.correct)

    def choice(self, choice_id: str) -> Choice | None:
        return next((choice for choice in self.choices if choice.id == choice_id), None)


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    intro: str
    pass_mark: int
    max_attempts: int | None
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def choice_count(self) -> int:
        return sum(len(q.choices) for q in self.questions)


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    chosen: frozenset[str]
    correct: bool

    @property
    def chosen_choices(self) -> list[Choice]:
        return [choice for choice in self.question.choices if choice.id in self.chosen]


@dataclass(frozen=True)
class Grade:
    correct_count: int
    question_count: int
    score: int  # percent, rounded down so that a pass is never granted by rounding
    passed: bool
    results: tuple[QuestionResult, ...] = field(default=())


def _choices(value) -> tuple[Choice, ...]:
    result = []
    for index, child in enumerate(value["choices"].bound_blocks):
        item = child.value
        result.append(
            Choice(
                id=str(child.id or index),
                text=item["text"],
                correct=bool(item["correct"]),
                feedback=item.get("feedback") or "",
            )
        )
    return tuple(result)


def _question(block) -> Question:
    value = block.value
    if block.block_type == "true_false":
        answer = bool(value["answer"])
        choices = (Choice(TRUE, "", answer), Choice(FALSE, "", not answer))
    else:
        choices = _choices(value)
    return Question(
        id=str(block.id),
        kind=block.block_type,
        prompt=value["prompt"],
        choices=choices,
        explanation=value.get("explanation") or "",
    )


def quiz_from_block(block, *, default_pass_mark: int) -> Quiz:
    value = block.value
    return Quiz(
        id=str(block.id),
        title=value.get("title") or "",
        intro=value.get("intro") or "",
        pass_mark=value.get("pass_mark") or default_pass_mark,
        max_attempts=value.get("max_attempts") or None,
        questions=tuple(_question(child) for child in value["questions"]),
    )


def quizzes_in(body: Iterable, *, default_pass_mark: int) -> dict[str, Quiz]:
    """The quizzes of a lesson body, by block id, in page order."""
    return {
        str(block.id): quiz_from_block(block, default_pass_mark=default_pass_mark)
        for block in body
        if block.block_type == "quiz"
    }


def grade(quiz: Quiz, answers: Mapping[str, Iterable[str]]) -> Grade:
    """Grade already-validated answers: a question is right when the chosen set is exactly the
    set of correct choices (all of them for multiple choice, nothing extra)."""
    results = []
    for question in quiz.questions:
        chosen = frozenset(answers.get(question.id, ()))
        results.append(QuestionResult(question, chosen, chosen == question.correct_ids))
    correct = sum(1 for result in results if result.correct)
    total = len(quiz.questions)
    score = (correct * 100) // total if total else 0
    return Grade(
        correct_count=correct,
        question_count=total,
        score=score,
        passed=total > 0 and score >= quiz.pass_mark,
        results=tuple(results),
    )
