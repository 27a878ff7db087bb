"""Learner account pages beyond allauth's: profile, data download, account deletion.

Every page works on ``request.user`` only: no URL names another account.
"""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from allauth.account.models import EmailAddress

from academy.accounts.forms import DeleteAccountForm, LearnerProfileForm
from academy.models import LearnerProfile
from courses.certificates.selectors import certificate_record
from courses.selectors import learning_record


def _profile_of(user) -> LearnerProfile | None:
    return LearnerProfile.objects.filter(user=user).select_related("city").first()


def _save_profile(form, user):
    with transaction.atomic():
        saved = form.save(commit=False)
        saved.user = user
        saved.save()
        user.first_name = saved.display_name[:150]
        user.save(update_fields=["first_name"])


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """Edit the learner's profile; a user without one (e.g. an admin) creates it here."""
    instance = _profile_of(request.user)
    status = 200
    if request.method == "POST":
        form = LearnerProfileForm(request.POST, instance=instance)
        if form.is_valid():
            try:
                _save_profile(form, request.user)
            except IntegrityError:
                # A second submission (a double click) created the profile meanwhile: save
                # these answers over it.
                form = LearnerProfileForm(request.POST, instance=_profile_of(request.user))
                if form.is_valid():
                    _save_profile(form, request.user)
            messages.success(request, _("Your profile has been saved."))
            return redirect("learner_profile")
        status = 400
    else:
        form = LearnerProfileForm(instance=instance)
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "profile": instance, "creating": instance is None},
        status=status,
    )


def learner_data(user) -> dict:
    """Everything the Academy stores about ``user``, as JSON-able data."""
    profile = _profile_of(user)
    return {
        "exported_at": timezone.now(),
        "account": {
            "email": user.email,
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "profile": None
        if profile is None
        else {
            "display_name": profile.display_name,
            "city": profile.city.title if profile.city_id else None,
            "other_city": profile.other_city,
            "organisation": profile.organisation,
            "role": profile.role,
            "preferred_language": profile.preferred_language,
            "public_consent": profile.public_consent,
            "created_at": profile.created_at,
            "updated_at": profile.updated_at,
        },
        "learning_record": learning_record(user),
        # Revoked and replaced certificates too: the record of what was issued in their name.
        "certificates": certificate_record(user),
    }


@never_cache
@login_required
@require_GET
def data_export(request):
    """A JSON download of the learner's own data (GET: it changes nothing)."""
    body = json.dumps(
        learner_data(request.user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"cities-academy-my-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Confirm with the current password, then delete the account and everything attached."""
    user = request.user
    if user.is_staff or user.is_superuser:
        return render(request, "accounts/delete_account.html", {"refused": True}, status=403)
    status = 200
    if request.method == "POST":
        form = DeleteAccountForm(request.POST, user=user)
        if form.is_valid():
            with transaction.atomic():
                user.delete()
            logout(request)
            messages.success(
                request, _("Your account and everything attached to it have been deleted.")
            )
            return redirect(reverse("wagtail_serve", args=[""]))
        status = 400
    else:
        form = DeleteAccountForm(user=user)
    return render(
        request,
        "accounts/delete_account.html",
        {"form": form, "profile": _profile_of(user)},
        status=status,
    )
