from .branding import BrandingSettings
from .cities import CityContact, CityIndexPage, CityPage
from .learners import LearnerProfile
from .pages import ClusterIndexPage, HomePage, PairingIndexPage, StandardPage
from .pairings import Pairing, PairingMember
from .vocabulary import Programme, ThematicCluster

__all__ = [
    "BrandingSettings",
    "CityContact",
    "CityIndexPage",
    "CityPage",
    "ClusterIndexPage",
    "HomePage",
    "LearnerProfile",
    "PairingIndexPage",
    "Pairing",
    "PairingMember",
    "Programme",
    "StandardPage",
    "ThematicCluster",
]
