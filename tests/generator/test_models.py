"""The generated models: msgspec Structs with the stock surface (names, UNSET, to_dict/from_dict,
enums, datetimes, equality, repr) and the spec's constraints enforced while decoding bytes."""

from __future__ import annotations

import datetime

import httpx
import msgspec
import pytest

from _symbl_api_generated import models
from _symbl_api_generated.api.conversations import get_messages
from _symbl_api_generated.models import (
    BookmarkRequest,
    ExperienceRequest,
    MessageList,
    SentimentSuggested,
    StreamingMessageEnvelope,
    TrackerRequest,
)
from _symbl_api_generated.types import UNSET, Unset

MESSAGE = {
    "id": "1",
    "text": "Hello.",
    "startTime": "2026-03-02T15:00:00.500Z",
    "endTime": "2026-03-02T15:00:01Z",
    "conversationId": "5815170693595136",
    "from": {"name": "Jane"},
    "sentiment": {"polarity": {"score": 0.5}, "suggested": "positive"},
}


@pytest.mark.parametrize("name", models.__all__)
def test_every_model_can_be_decoded(name: str) -> None:
    # msgspec refuses some types (e.g. a union of untagged Structs) only when a decoder is built.
    msgspec.json.Decoder(getattr(models, name))


def test_decoding_bytes_gives_typed_fields_and_unset_for_absent_ones() -> None:
    parsed = msgspec.json.decode(msgspec.json.encode({"messages": [MESSAGE]}), type=MessageList)
    message = parsed.messages[0]
    assert message.start_time == datetime.datetime(2026, 3, 2, 15, 0, 0, 500000, tzinfo=datetime.UTC)
    assert message.sentiment is not UNSET and not isinstance(message.sentiment, Unset)
    assert message.sentiment.suggested is SentimentSuggested.POSITIVE
    assert message.words is UNSET and isinstance(message.duration, Unset) and not message.duration
    assert message.from_ is not UNSET and message.from_.name == "Jane"


def test_to_dict_uses_wire_names_leaves_unset_out_and_from_dict_reverses_it() -> None:
    message = MessageList.from_dict({"messages": [MESSAGE]}).messages[0]
    data = message.to_dict()
    assert set(data) == set(MESSAGE) and data["from"] == {"name": "Jane"} and "words" not in data
    again = type(message).from_dict(data)
    assert again == message and again is not message
    assert again != type(message).from_dict({**data, "text": "Bye."})


def test_repr_names_the_class_and_only_the_fields_that_are_set() -> None:
    text = repr(MessageList.from_dict({"messages": [MESSAGE]}).messages[0])
    assert text.startswith("Message(id='1', text='Hello.'") and "UNSET" not in text and "words" not in text


def test_a_schema_violation_names_its_json_path() -> None:
    bad = {"messages": [MESSAGE, {**MESSAGE, "startTime": "yesterday"}]}
    with pytest.raises(msgspec.ValidationError, match=r"\$\.messages\[1\]\.startTime"):
        msgspec.json.decode(msgspec.json.encode(bad), type=MessageList)
    with pytest.raises(msgspec.ValidationError, match=r"\$\.messages\[0\]\.conversationId"):
        MessageList.from_dict({"messages": [{**MESSAGE, "conversationId": "not digits"}]})


def test_unique_items_are_enforced_when_decoding_and_constructing() -> None:
    with pytest.raises(msgspec.ValidationError, match="`vocabulary` must not repeat an item"):
        msgspec.json.decode(b'{"name": "Pricing", "vocabulary": ["price", "price"]}', type=TrackerRequest)
    with pytest.raises(ValueError, match="vocabulary"):
        TrackerRequest(name="Pricing", vocabulary=["price", "price"])
    assert TrackerRequest(name="Pricing", vocabulary=["price", "cost"]).vocabulary == ["price", "cost"]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"label": "x"}, "`beginTimeOffset` required in BookmarkRequest when `messageRefs` is absent"),
        ({"label": "x", "beginTimeOffset": 3}, "`duration` required in BookmarkRequest when `beginTimeOffset` is set"),
        ({"label": "x", "duration": 3, "messageRefs": [{"id": "1"}]}, "`beginTimeOffset` required"),
    ],
)
def test_bookmark_request_conditional_rules(body: dict[str, object], error: str) -> None:
    with pytest.raises(msgspec.ValidationError, match=error):
        BookmarkRequest.from_dict(body)


def test_bookmark_request_accepts_either_span() -> None:
    assert BookmarkRequest(label="x", begin_time_offset=3, duration=5).to_dict()["beginTimeOffset"] == 3
    assert BookmarkRequest.from_dict({"label": "x", "messageRefs": [{"id": "1"}]}).message_refs != UNSET


def test_summary_url_expires_in_keeps_its_wire_name() -> None:
    request = ExperienceRequest.from_dict({"name": "verbose-text-summary", "summaryURLExpiresIn": 60})
    assert request.summary_url_expires_in == 60
    assert request.to_dict()["summaryURLExpiresIn"] == 60


def test_tagged_union_decodes_by_the_const_tag() -> None:
    raw = b'{"type": "message", "message": {"type": "conversation_created", "data": {"conversationId": "42"}}}'
    envelope = msgspec.json.decode(raw, type=StreamingMessageEnvelope)
    assert type(envelope.message).__name__ == "StreamingConversationCreatedEvent"
    assert envelope.message.type_ == "conversation_created" and envelope.type_ == "message"
    assert msgspec.json.decode(msgspec.json.encode(envelope)) == msgspec.json.decode(raw)
    with pytest.raises(msgspec.ValidationError, match=r"\$\.message\.type"):
        msgspec.json.decode(raw.replace(b"conversation_created", b"no_such_event"), type=StreamingMessageEnvelope)


def _answer(status: int, body: bytes) -> httpx.Response:
    """Send get_messages' request to a fake server answering `status` with `body`."""
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    with httpx.Client(base_url="http://test", transport=transport) as http:
        return http.request(**get_messages._get_kwargs("1"))


def test_an_endpoint_decodes_the_response_bytes_and_a_2xx_violation_raises() -> None:
    good = msgspec.json.encode({"messages": [MESSAGE]})
    assert get_messages._build_response(_answer(200, good)).parsed == MessageList.from_dict({"messages": [MESSAGE]})
    bad = msgspec.json.encode({"messages": [{**MESSAGE, "endTime": 5}]})
    with pytest.raises(msgspec.ValidationError, match=r"\$\.messages\[0\]\.endTime"):
        get_messages._build_response(_answer(200, bad))


def test_an_error_status_with_an_undocumented_body_still_comes_back() -> None:
    response = get_messages._build_response(_answer(404, b"<html>not found</html>"))
    assert response.status_code == 404 and response.parsed is None and response.content.startswith(b"<html>")
