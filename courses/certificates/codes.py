"""Certificate codes: 125 random bits from the OS's CSPRNG, in Crockford's base 32.

Stored as 25 upper-case characters; shown in five groups of five
(``7KQ2M-X9D4T-...``). Reading one back forgives case, spaces, dashes and the letters
Crockford maps to digits (I and L to 1, O to 0), so a code typed from paper still matches.
"""

import re
import secrets

from django.urls import reverse
from django.utils import translation

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 25  # 25 x 5 bits = 125 bits
GROUP = 5
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.]+")
_CONFUSABLES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_VALID = re.compile(rf"^[{ALPHABET}]{{{CODE_LENGTH}}}$")


def new_code() -> str:
    """A fresh code: 125 bits from ``secrets``, each character carrying five of them."""
    value = secrets.randbits(CODE_LENGTH * 5)
    chars = []
    for _ in range(CODE_LENGTH):
        value, index = divmod(value, 32)
        chars.append(ALPHABET[index])
    return "".join(chars)


def normalise_code(text: str) -> str | None:
    """The stored form of a typed or scanned code, or None when it cannot be one of ours."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    candidate = _SEPARATORS.sub("", text).upper().translate(_CONFUSABLES)
    return candidate if _VALID.match(candidate) else None


def group_code(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def verification_path(code: str, *, language: str | None = None) -> str:
    """The public verification page of a code, in ``language`` (the active one by default)."""
    with translation.override(language or translation.get_language()):
        return reverse("certificate_verify_code", kwargs={"code": group_code(code)})
