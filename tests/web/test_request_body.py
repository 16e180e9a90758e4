"""CappedInput, the stream a body of undeclared length is read through: exactly the limit passes."""

from __future__ import annotations

import io

import pytest
from werkzeug.exceptions import RequestEntityTooLarge

from bot.web.serving.request_body import CappedInput


@pytest.mark.parametrize("read", [lambda s: s.read(), lambda s: s.read(None), lambda s: b"".join(s),
                                  lambda s: s.read(7) + s.read(3), lambda s: b"".join(s.readlines())])
def test_a_body_of_exactly_the_limit_is_read_whole(read):
    body = b"abc\ndef\ng\n"
    assert read(CappedInput(io.BytesIO(body), limit=len(body))) == body


@pytest.mark.parametrize("read", [lambda s: s.read(), lambda s: b"".join(s), lambda s: s.read(11),
                                  lambda s: s.readline()])
def test_one_byte_more_is_refused(read):
    with pytest.raises(RequestEntityTooLarge):
        read(CappedInput(io.BytesIO(b"abcdefghij" + b"k" * 5), limit=10))


def test_an_endless_body_is_refused_after_reading_little_more_than_the_limit():
    stream = io.BytesIO(b"x" * 10_000_000)
    with pytest.raises(RequestEntityTooLarge):
        CappedInput(stream, limit=100_000).read()
    assert stream.tell() < 100_000 + 64 * 1024 + 1
