"""Schemathesis hooks for contract fuzzing: vehicle telemetry must carry a
timestamp within the server's clock window (±5 min live, 30 days back for
bulk), which a schema cannot say. A generated timestamp that is itself
valid (RFC 3339 in UTC) is moved to now just before the request is sent, so
positive cases test everything else; invalid ones are left as generated, so
negative cases stay negative."""

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


@schemathesis.hook
def before_call(context, case, kwargs):
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
