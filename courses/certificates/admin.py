"""The certificates in Wagtail's admin: listing, filters, export, revoke, restore, re-issue."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("courses.certificate.issue", _("Issue"), _("Certificate issued"))
    actions.register_action("courses.certificate.revoke", _("Revoke"), _("Certificate revoked"))
    actions.register_action("courses.certificate.restore", _("Restore"), _("Certificate restored"))
    actions.register_action(
        "courses.certificate.reissue", _("Re-issue"), _("Certificate re-issued")
    )
    actions.register_action(
        "courses.certificate.supersede",
        _("Supersede"),
        _("Certificate superseded by a re-issued one"),
    )
