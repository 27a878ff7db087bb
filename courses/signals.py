"""Signals of the learning side. Receivers run after the transaction that caused them commits."""

from django.dispatch import Signal

# Sent once per enrolment, when a learner completes a course; kwargs: ``enrolment``.
course_completed = Signal()
