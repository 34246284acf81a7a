"""Schemathesis hooks for contract fuzzing.

- Vehicle telemetry must carry a timestamp within the server's clock window
  (±5 min live, 30 days back for bulk), which a schema cannot say. A
  generated timestamp that is itself valid (RFC 3339 in UTC) is moved to
  now just before the request is sent, so positive cases test everything
  else; invalid ones are left as generated, so negative cases stay negative.
- Strings may not hold U+0000 (PostgreSQL's text cannot store it), which
  the schemas do not say either: in a positive case's body it becomes "0"
  (lengths and patterns still hold), and a negative case keeps it.
- A webhook's URL is where the server POSTs alerts. A generated URL that is
  itself valid is replaced by the local receiver scripts/fuzz-contract runs
  (`TVM_FUZZ_WEBHOOK_URL`), so nothing is sent off this host; an invalid one
  is left as generated for the server to refuse."""

import os
import re
from datetime import datetime, timezone

import schemathesis

# Any RFC 3339 date-time the schema accepts: the contract's `format:
# date-time` allows an offset, while the wire rules want UTC with `Z` (a gap
# the schema does not state yet), so a generated offset is moved to now in
# UTC too.
RFC3339_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _refresh(obj):
    if isinstance(obj, dict):
        ts = obj.get("timestamp")
        if isinstance(ts, str) and RFC3339_UTC.match(ts):
            try:
                datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")
            except ValueError:
                return
            obj["timestamp"] = _now()


# A URL that is valid for the schema (`format: uri`, `pattern: ^https?://`,
# at most 2,048 characters), in a form strict enough that replacing it
# cannot make an invalid body valid.
VALID_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$")


def _negative(case):
    generation = getattr(getattr(case, "meta", None), "generation", None)
    return str(getattr(generation, "mode", "")) == "negative"


def _without_nul(value):
    if isinstance(value, str):
        return value.replace("\0", "0")
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    return value


def _to_receiver(case):
    """Point a webhook at the receiver. A positive case's URL is valid by
    construction and always replaced (so nothing stored points elsewhere); a
    negative case's only when it is plainly valid, so the case stays
    negative, and the server refuses the body whatever its URL."""
    body = case.body
    if not isinstance(body, dict) or not isinstance(body.get("url"), str):
        return
    url = body["url"]
    if _negative(case) and not (len(url) <= 2048 and VALID_URL.match(url)):
        return
    body["url"] = os.environ["TVM_FUZZ_WEBHOOK_URL"]


@schemathesis.hook
def before_call(context, case, kwargs):
    if not _negative(case):
        # The contract refuses U+0000 in any string (its "Text" rule), which
        # a schema alone cannot say: a positive case must not hold one.
        if isinstance(case.body, (dict, list, str)):
            case.body = _without_nul(case.body)
        for part in ("query", "path_parameters"):
            if isinstance(getattr(case, part, None), dict):
                setattr(case, part, _without_nul(getattr(case, part)))
    if case.operation.path == "/api/v1/webhooks":
        _to_receiver(case)
        return
    if not case.operation.path.startswith("/api/v1/vehicle/"):
        return
    body = case.body
    if isinstance(body, dict):
        _refresh(body)
        messages = body.get("messages")
        if isinstance(messages, list):
            for m in messages:
                if isinstance(m, dict):
                    _refresh(m.get("data"))
