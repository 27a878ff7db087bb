from .certificates import (
    AcademyTrack,
    Certificate,
    CertificateKind,
    CertificateSettings,
    CertificateStatus,
    SignatoryBlock,
)
from .learning import Enrolment, LessonProgress, QuizAttempt
from .pages import CourseIndexPage, CourseLevel, CoursePage, LessonPage, ModulePage

__all__ = [
    "AcademyTrack",
    "Certificate",
    "CertificateKind",
    "CertificateSettings",
    "CertificateStatus",
    "CourseIndexPage",
    "CourseLevel",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAttempt",
    "SignatoryBlock",
]
