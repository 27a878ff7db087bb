"""Issue a certificate when a course is completed (the signal is sent after commit)."""

from django.dispatch import receiver

from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="courses.certificates.issue_on_completion")
def issue_on_completion(sender, enrolment, **kwargs):
    from courses.certificates.tasks import issue_certificate_task

    issue_certificate_task.enqueue(enrolment.pk)
