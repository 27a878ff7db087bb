"""allauth adapter: after log-in, send learners to their dashboard in their own language."""

from django.conf import settings
from django.urls import translate_url

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        profile = getattr(request.user, "learner_profile", None) if request.user else None
        language = getattr(profile, "preferred_language", "") or ""
        if language and language in dict(settings.LANGUAGES):
            return translate_url(url, language)
        return url
