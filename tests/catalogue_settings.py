"""Test settings that write extracted messages to a scratch folder (ACADEMY_TEST_LOCALE_DIR)."""

import os

from academy.settings.test import *  # noqa: F403

LOCALE_PATHS = [os.environ["ACADEMY_TEST_LOCALE_DIR"]]
