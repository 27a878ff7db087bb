from .best_practices import (
    BestPracticeAdoption,
    BestPracticeCaseStudy,
    BestPracticeIndexPage,
    BestPracticePage,
    BestPracticeTag,
)
from .case_studies import (
    CaseStudyContact,
    CaseStudyFunding,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    CaseStudyTag,
    OutcomeIndicator,
)
from .vocabulary import SustainableDevelopmentGoal

__all__ = [
    "BestPracticeAdoption",
    "BestPracticeCaseStudy",
    "BestPracticeIndexPage",
    "BestPracticePage",
    "BestPracticeTag",
    "CaseStudyContact",
    "CaseStudyFunding",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyPartner",
    "CaseStudySource",
    "CaseStudyTag",
    "OutcomeIndicator",
    "SustainableDevelopmentGoal",
]
