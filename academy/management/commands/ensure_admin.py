"""Create the first admin account without a prompt; print how to log in."""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email


class Command(BaseCommand):
    help = (
        "Create an admin from DJANGO_SUPERUSER_USERNAME, DJANGO_SUPERUSER_EMAIL and "
        "DJANGO_SUPERUSER_PASSWORD, or with a generated password saved in var/. Safe to re-run."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin").strip()
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "admin@example.org").strip()
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        if not username or len(username) > 150:
            raise CommandError("DJANGO_SUPERUSER_USERNAME must be 1 to 150 characters.")
        try:
            User._meta.get_field(User.USERNAME_FIELD).run_validators(username)
        except ValidationError as error:
            raise CommandError(
                f"DJANGO_SUPERUSER_USERNAME is not a valid user name: {username!r}. "
                + " ".join(error.messages)
            ) from error
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(
                f"DJANGO_SUPERUSER_EMAIL is not a valid address: {email!r}"
            ) from error

        credentials = Path(settings.MEDIA_ROOT).parent / "admin-credentials.txt"
        user = User.objects.filter(username=username).first()
        if user is not None:
            if not (user.is_active and user.is_staff and user.is_superuser):
                raise CommandError(
                    f"A user {username!r} already exists but is not an active admin. Set "
                    "DJANGO_SUPERUSER_USERNAME to another name, or give that user admin "
                    "rights in the Wagtail admin."
                )
            if password:
                self.stdout.write(
                    f"Admin login: {username} (password from DJANGO_SUPERUSER_PASSWORD)"
                )
            elif credentials.exists():
                self.stdout.write(f"Admin login: {credentials.read_text().strip()}")
            else:
                self.stdout.write(f"Admin login: {username} (existing account, password unchanged)")
            return

        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        if generated:
            credentials.parent.mkdir(parents=True, exist_ok=True)
            credentials.write_text(f"{username} / {password}\n")
            credentials.chmod(0o600)
            self.stdout.write(self.style.SUCCESS(f"Admin login: {username} / {password}"))
            self.stdout.write(f"(saved in {credentials})")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin login: {username} (password from DJANGO_SUPERUSER_PASSWORD)"
                )
            )
