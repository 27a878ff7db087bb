"""allauth adapter: after log-in, send learners to their dashboard in their own language;
a clearer message when log-ins are throttled; emails signed with the site's name."""

from types import SimpleNamespace

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.urls import translate_url
from django.utils.translation import gettext_lazy as _

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from academy.models import BrandingSettings

DEFAULT_SITE_NAME = "Cities Academy"


def preferred_language(user) -> str:
    """The learner's chosen interface language, or "" (no profile, or not a UI language)."""
    profile = getattr(user, "learner_profile", None) if user is not None else None
    language = getattr(profile, "preferred_language", "") or ""
    return language if language in dict(settings.LANGUAGES) else ""


def site_name(request) -> str:
    """The name in the branding settings of the request's Wagtail site."""
    try:
        return BrandingSettings.for_request(request).site_name or DEFAULT_SITE_NAME
    except BrandingSettings.DoesNotExist:  # no Wagtail site answers for this host
        return DEFAULT_SITE_NAME


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        # Shown on the log-in page once the address (or the client) has used up its attempts,
        # even for the right password, and on the account deletion page.
        "too_many_login_attempts": _(
            "Too many wrong passwords. For your security, wait a few minutes before trying "
            "again, or reset your password."
        ),
    }

    def get_login_redirect_url(self, request):
        """The default destination (the dashboard), in the learner's preferred language.

        Only used when the log-in form carried no ``next``: a page the learner asked for
        keeps its own language.
        """
        return self._in_preferred_language(request, super().get_login_redirect_url(request))

    def get_signup_redirect_url(self, request):
        """After the first log-in, which follows the emailed confirmation link."""
        return self._in_preferred_language(request, super().get_signup_redirect_url(request))

    def send_mail(self, template_prefix, email, context):
        """allauth's emails, signed with the site's name ("Hello from Cities Academy!")
        rather than its host name."""
        request = allauth_context.request
        site = get_current_site(request)
        name = site_name(request)
        context = {"current_site": SimpleNamespace(name=name, domain=site.domain), **context}
        return super().send_mail(template_prefix, email, context)

    @staticmethod
    def _in_preferred_language(request, url):
        language = preferred_language(getattr(request, "user", None))
        return translate_url(url, language) if language else url


def user_display(user) -> str:
    """How allauth names a user in emails and messages: their display name, else their email."""
    profile = getattr(user, "learner_profile", None)
    return getattr(profile, "display_name", "") or user.email or user.get_username()
