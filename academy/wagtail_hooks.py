from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy.models import Pairing, Programme, ThematicCluster


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "site"
    menu_label = _("Programmes")
    list_display = ["display_name", "slug", "sort_order"]
    search_fields = ["name"]


class ThematicClusterViewSet(SnippetViewSet):
    model = ThematicCluster
    icon = "tag"
    menu_label = _("Thematic clusters")
    list_display = ["display_name", "slug", "icon", "sort_order"]
    search_fields = ["name"]


class PairingViewSet(SnippetViewSet):
    model = Pairing
    icon = "group"
    menu_label = _("Pairings")
    list_display = ["__str__", "programme", "status", "start_date", "is_illustrative"]
    list_filter = ["programme", "status", "clusters", "is_illustrative"]
    search_fields = ["name"]


class NetworkGroup(SnippetViewSetGroup):
    items = (ProgrammeViewSet, ThematicClusterViewSet, PairingViewSet)
    menu_icon = "globe"
    menu_label = _("Network")
    menu_name = "network"


register_snippet(NetworkGroup)
