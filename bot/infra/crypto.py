"""Keyed hashing and encryption of Telegram identities.

Who reports is the most dangerous fact the bot holds. A Telegram user or chat id never reaches
the database in clear: look-ups use an HMAC of it, and the few places where the bot must write
back to a person later (the outcome of their report, alerts) keep it encrypted with Fernet.
Both keys are derived from SECRET_KEY, so a copy of the database alone reveals nobody.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["IdentityVault", "InvalidToken"]


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"casewatch/v1", info=purpose).derive(
        secret.encode("utf-8")
    )


class IdentityVault:
    """Turns Telegram ids into keyed hashes and encrypted tokens, and back where allowed."""

    def __init__(self, secret: str, *, old_secrets: tuple[str, ...] = ()) -> None:
        self._hash_key = _derive(secret, b"identity-hash")
        self._pseudonym_key = _derive(secret, b"reporter-pseudonym")
        self._fernet = MultiFernet(
            [
                Fernet(base64.urlsafe_b64encode(_derive(s, b"identity-encrypt")))
                for s in (secret, *old_secrets)
            ]
        )

    def hash_id(self, value: int | str, *, kind: str = "user") -> str:
        """A stable, irreversible look-up key for one id (domain-separated by `kind`)."""
        message = f"{kind}:{value}".encode()
        return hmac.new(self._hash_key, message, hashlib.sha256).hexdigest()

    def pseudonym_digest(self, value: str) -> bytes:
        """HMAC of `value` under a key of its own (moderators' pseudonyms of reporters)."""
        return hmac.new(self._pseudonym_key, value.encode(), hashlib.sha256).digest()

    def encrypt(self, value: int | str, *, at_time: int | None = None) -> str:
        """Encrypt an id the bot will need to write to later.

        A Fernet token carries its creation time in clear; `at_time` (Unix seconds) lets a
        caller round it so the token does not date an event to the second.
        """
        if at_time is None:
            return self._fernet.encrypt(str(value).encode()).decode("ascii")
        return self._fernet.encrypt_at_time(str(value).encode(), at_time).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Recover an encrypted id; raises InvalidToken when the key does not match."""
        return self._fernet.decrypt(token.encode("ascii")).decode()

    def decrypt_int(self, token: str) -> int:
        return int(self.decrypt(token))

    def rotate(self, token: str) -> str:
        """Re-encrypt a token under the newest key (the first secret)."""
        return self._fernet.rotate(token.encode("ascii")).decode("ascii")
