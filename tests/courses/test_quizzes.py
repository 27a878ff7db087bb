"""Grading rules of ``courses.quizzes``: pure functions, no database.

A question is right only when the learner picked exactly its set of correct choices; the score
is the share of right questions, rounded down; the quiz passes when the score reaches the quiz's
pass mark, or the course's when the quiz sets none; a quiz without questions never passes.
"""

import pytest

from courses.blocks import LessonBodyBlock
from courses.quizzes import FALSE, TRUE, Choice, Question, Quiz, grade, quizzes_in

# Building quizzes -----------------------------------------------------------------------------


def single(question_id, *, right="right", wrong=("wrong",)):
    return Question(
        id=question_id,
        kind="single_choice",
        prompt=f"Single choice {question_id}",
        choices=(
            Choice(f"{question_id}-{right}", right, True),
            *(Choice(f"{question_id}-{w}", w, False) for w in wrong),
        ),
    )


def multiple(question_id, *, right=("a", "b"), wrong=("c",)):
    return Question(
        id=question_id,
        kind="multiple_choice",
        prompt=f"Multiple choice {question_id}",
        choices=(
            *(Choice(f"{question_id}-{r}", r, True) for r in right),
            *(Choice(f"{question_id}-{w}", w, False) for w in wrong),
        ),
    )


def true_false(question_id, *, answer: bool):
    return Question(
        id=question_id,
        kind="true_false",
        prompt=f"Statement {question_id}",
        choices=(Choice(TRUE, "", answer), Choice(FALSE, "", not answer)),
    )


def make_quiz(*questions, pass_mark=70, max_attempts=None):
    return Quiz(
        id="quiz",
        title="Check your understanding",
        intro="",
        pass_mark=pass_mark,
        max_attempts=max_attempts,
        questions=tuple(questions),
    )


def body(*blocks):
    """A lesson body as the StreamField gives it to the grader."""
    return LessonBodyBlock().to_python(list(blocks))


def quiz_block(block_id, *questions, pass_mark=None, max_attempts=None):
    return {
        "type": "quiz",
        "id": block_id,
        "value": {
            "title": f"Quiz {block_id}",
            "intro": "",
            "pass_mark": pass_mark,
            "max_attempts": max_attempts,
            "questions": list(questions),
        },
    }


def single_block(block_id, *, choices):
    """``choices``: (id, correct) pairs."""
    return {
        "type": "single_choice",
        "id": block_id,
        "value": {
            "prompt": "Which one?",
            "explanation": "",
            "choices": [
                {
                    "type": "item",
                    "id": choice_id,
                    "value": {"text": choice_id, "correct": correct, "feedback": ""},
                }
                for choice_id, correct in choices
            ],
        },
    }


def multiple_block(block_id, *, choices):
    block = single_block(block_id, choices=choices)
    block["type"] = "multiple_choice"
    return block


def true_false_block(block_id, *, answer):
    return {
        "type": "true_false",
        "id": block_id,
        "value": {"prompt": "Is it so?", "answer": answer, "explanation": ""},
    }


# Single choice ----------------------------------------------------------------------------------


def test_single_choice_is_right_with_the_correct_choice():
    quiz = make_quiz(single("q1"))

    result = grade(quiz, {"q1": ["q1-right"]})

    assert result.results[0].correct
    assert (result.correct_count, result.question_count, result.score) == (1, 1, 100)


def test_single_choice_is_wrong_with_an_incorrect_choice():
    quiz = make_quiz(single("q1"))

    result = grade(quiz, {"q1": ["q1-wrong"]})

    assert not result.results[0].correct
    assert (result.correct_count, result.score, result.passed) == (0, 0, False)


def test_single_choice_is_wrong_when_every_choice_is_ticked():
    quiz = make_quiz(single("q1"))

    assert not grade(quiz, {"q1": ["q1-right", "q1-wrong"]}).results[0].correct


# True or false ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "chosen", "correct"),
    [
        (True, TRUE, True),
        (True, FALSE, False),
        (False, FALSE, True),
        (False, TRUE, False),
    ],
)
def test_true_false_is_right_when_the_judgement_matches_the_statement(answer, chosen, correct):
    quiz = make_quiz(true_false("q1", answer=answer))

    assert grade(quiz, {"q1": [chosen]}).results[0].correct is correct


def test_true_false_question_offers_exactly_true_and_false_whatever_the_answer():
    lesson = body(
        quiz_block(
            "quiz",
            true_false_block("t", answer=True),
            true_false_block("f", answer=False),
        )
    )

    quiz = quizzes_in(lesson, default_pass_mark=70)["quiz"]

    for question, answer in zip(quiz.questions, (True, False), strict=True):
        assert question.kind == "true_false"
        assert [choice.id for choice in question.choices] == ["true", "false"]
        assert question.correct_ids == {"true" if answer else "false"}


# Multiple choice --------------------------------------------------------------------------------


def test_multiple_choice_is_right_with_exactly_the_correct_set():
    quiz = make_quiz(multiple("q1", right=("a", "b"), wrong=("c", "d")))

    assert grade(quiz, {"q1": ["q1-a", "q1-b"]}).results[0].correct
    assert grade(quiz, {"q1": ["q1-b", "q1-a"]}).results[0].correct, "order does not matter"


@pytest.mark.parametrize(
    "chosen",
    [
        pytest.param(["q1-a"], id="one-correct-choice-missing"),
        pytest.param(["q1-a", "q1-b", "q1-c"], id="one-incorrect-choice-added"),
        pytest.param(["q1-a", "q1-b", "q1-c", "q1-d"], id="every-choice-ticked"),
        pytest.param(["q1-c"], id="only-incorrect"),
        pytest.param([], id="nothing-ticked"),
    ],
)
def test_multiple_choice_is_wrong_unless_the_chosen_set_is_exactly_the_correct_set(chosen):
    quiz = make_quiz(multiple("q1", right=("a", "b"), wrong=("c", "d")))

    assert not grade(quiz, {"q1": chosen}).results[0].correct


def test_multiple_choice_with_a_single_correct_answer_needs_just_that_one():
    quiz = make_quiz(multiple("q1", right=("a",), wrong=("b", "c")))

    assert grade(quiz, {"q1": ["q1-a"]}).results[0].correct
    assert not grade(quiz, {"q1": ["q1-a", "q1-b"]}).results[0].correct


def test_questions_and_choices_are_known_by_their_block_ids():
    lesson = body(
        {"type": "paragraph", "id": "intro", "value": "<p>Read this first.</p>"},
        quiz_block(
            "quiz-1",
            multiple_block("q-multi", choices=[("c-1", True), ("c-2", False), ("c-3", True)]),
        ),
    )

    quiz = quizzes_in(lesson, default_pass_mark=70)["quiz-1"]

    question = quiz.question("q-multi")
    assert question.multiple
    assert [choice.id for choice in question.choices] == ["c-1", "c-2", "c-3"]
    assert question.correct_ids == {"c-1", "c-3"}
    assert grade(quiz, {"q-multi": ["c-1", "c-3"]}).passed


# Score and pass mark ----------------------------------------------------------------------------


def test_score_is_rounded_down_so_two_of_three_is_66_and_fails_a_67_pass_mark():
    quiz = make_quiz(single("q1"), single("q2"), single("q3"), pass_mark=67)

    result = grade(quiz, {"q1": ["q1-right"], "q2": ["q2-right"], "q3": ["q3-wrong"]})

    assert (result.correct_count, result.question_count) == (2, 3)
    assert result.score == 66
    assert not result.passed


def test_score_of_66_passes_a_66_pass_mark():
    quiz = make_quiz(single("q1"), single("q2"), single("q3"), pass_mark=66)

    result = grade(quiz, {"q1": ["q1-right"], "q2": ["q2-right"]})

    assert result.score == 66
    assert result.passed


@pytest.mark.parametrize(
    ("right", "total", "score"),
    [(0, 3, 0), (1, 3, 33), (2, 3, 66), (3, 3, 100), (1, 7, 14), (6, 7, 85), (49, 50, 98)],
)
def test_score_is_the_share_of_right_questions_rounded_down(right, total, score):
    quiz = make_quiz(*(single(f"q{n}") for n in range(total)))
    answers = {f"q{n}": [f"q{n}-right"] for n in range(right)}

    assert grade(quiz, answers).score == score


def test_a_score_equal_to_the_pass_mark_passes_and_one_point_below_fails():
    quiz = make_quiz(single("q1"), single("q2"), pass_mark=50)
    half = {"q1": ["q1-right"]}

    assert grade(quiz, half).passed
    assert not grade(make_quiz(single("q1"), single("q2"), pass_mark=51), half).passed


def test_unanswered_questions_count_as_wrong():
    quiz = make_quiz(single("q1"), true_false("q2", answer=False), pass_mark=50)

    nothing = grade(quiz, {})
    half = grade(quiz, {"q1": ["q1-right"]})

    assert (nothing.correct_count, nothing.score, nothing.passed) == (0, 0, False)
    assert [r.correct for r in half.results] == [True, False]
    assert half.score == 50


def test_results_keep_what_the_learner_chose_for_each_question_in_quiz_order():
    quiz = make_quiz(single("q1", wrong=("x", "y")), true_false("q2", answer=True))

    result = grade(quiz, {"q2": [FALSE], "q1": ["q1-x"]})

    assert [r.question.id for r in result.results] == ["q1", "q2"]
    assert [c.id for c in result.results[0].chosen_choices] == ["q1-x"]
    assert [c.id for c in result.results[1].chosen_choices] == [FALSE]


def test_pass_mark_set_on_the_quiz_wins_over_the_course_default():
    lesson = body(quiz_block("quiz", single_block("q1", choices=[("a", True)]), pass_mark=40))

    quiz = quizzes_in(lesson, default_pass_mark=90)["quiz"]

    assert quiz.pass_mark == 40


def test_quiz_without_a_pass_mark_uses_the_course_default():
    lesson = body(quiz_block("quiz", single_block("q1", choices=[("a", True), ("b", False)])))

    quiz = quizzes_in(lesson, default_pass_mark=90)["quiz"]

    assert quiz.pass_mark == 90


def test_course_default_pass_mark_decides_the_grade_of_a_quiz_without_its_own():
    two_questions = quiz_block(
        "quiz",
        single_block("q1", choices=[("a", True), ("b", False)]),
        single_block("q2", choices=[("c", True), ("d", False)]),
    )
    half = {"q1": ["a"]}

    lenient = quizzes_in(body(two_questions), default_pass_mark=50)["quiz"]
    strict = quizzes_in(body(two_questions), default_pass_mark=70)["quiz"]

    assert grade(lenient, half).passed
    assert not grade(strict, half).passed


def test_max_attempts_left_empty_means_unlimited():
    lesson = body(
        quiz_block("open", single_block("q1", choices=[("a", True), ("b", False)])),
        quiz_block("two", single_block("q2", choices=[("c", True), ("d", False)]), max_attempts=2),
    )

    quizzes = quizzes_in(lesson, default_pass_mark=70)

    assert list(quizzes) == ["open", "two"], "quizzes in page order, by block id"
    assert quizzes["open"].max_attempts is None
    assert quizzes["two"].max_attempts == 2


# An empty quiz ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pass_mark", [0, 1, 70])
def test_a_quiz_without_questions_never_passes(pass_mark):
    quiz = make_quiz(pass_mark=pass_mark)

    result = grade(quiz, {})

    assert (result.correct_count, result.question_count, result.score) == (0, 0, 0)
    assert not result.passed


def test_a_perfect_score_passes_even_a_100_pass_mark():
    quiz = make_quiz(single("q1"), multiple("q2"), true_false("q3", answer=False), pass_mark=100)

    result = grade(quiz, {"q1": ["q1-right"], "q2": ["q2-a", "q2-b"], "q3": [FALSE]})

    assert result.score == 100
    assert result.passed
