"""Who asked or voted, kept only as a keyed hash, and the signed tokens that let a vote in.

The hash is an HMAC under the secret key: the same person maps to the same value (one vote
per person per answer), but without the key the value cannot be matched to a Slack user id
or a browser, even by trying every id. Tokens are signed with a key derived from the same
secret for another purpose (itsdangerous' salt), so a hash is never a valid token.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from itsdangerous import BadData, SignatureExpired, URLSafeTimedSerializer

MAX_TOKEN_CHARS = 200


class Identities:
    def __init__(self, secret: str) -> None:
        self._key = hmac.new(secret.encode(), b"kyodo identity", hashlib.sha256).digest()

    def hash(self, raw: str) -> str:
        """A 32-hex-digit keyed hash of an identity such as "web:<cookie>" or "slack:<team>:<user>"."""
        return hmac.new(self._key, raw.encode(), hashlib.sha256).hexdigest()[:32]


class TokenExpired(Exception):
    """The token was genuine but is older than the vote period."""


class TokenInvalid(Exception):
    """The token was not made by this service, or was altered."""


class VoteTokens:
    """A token per answer shown: it names the logged question, and only we can make one."""

    def __init__(self, secret: str, max_age_seconds: int) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="kyodo.vote")
        self._max_age = max_age_seconds

    def issue(self, question_id: uuid.UUID) -> str:
        return self._serializer.dumps(question_id.hex)

    def read(self, token: str) -> uuid.UUID:
        if not token or len(token) > MAX_TOKEN_CHARS:
            raise TokenInvalid
        try:
            value = self._serializer.loads(token, max_age=self._max_age)
        except SignatureExpired:
            raise TokenExpired from None
        except BadData:
            raise TokenInvalid from None
        try:
            return uuid.UUID(hex=value)
        except (TypeError, ValueError, AttributeError):
            raise TokenInvalid from None
