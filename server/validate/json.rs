//! JSON as the contract reads it: one value, and no object naming the same
//! key twice. RFC 8259 leaves duplicate keys undefined and parsers disagree
//! on which one wins (serde_json keeps the last, many keep the first), so a
//! proxy or an audit trail in front of this server could read another body
//! than the one stored; such a body is refused as malformed instead.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

/// `bytes` as one JSON value, refused (with the position) when it is not
/// JSON, holds more than one value, or repeats a key in an object.
pub fn parse(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let Strict(value) = Strict::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// A JSON value whose objects were checked for repeated keys as they were
/// read.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // The parser gives only finite numbers (1e400 is its own error).
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Strict::deserialize(d).map(|Strict(v)| v)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            match object.entry(key) {
                Entry::Occupied(taken) => {
                    let key = taken.key();
                    return Err(de::Error::custom(format_args!("the key {key:?} appears twice")));
                }
                Entry::Vacant(free) => {
                    let Strict(value) = map.next_value()?;
                    free.insert(value);
                }
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_reads_as_serde_json_reads_it() {
        let text = r#"{"a": [1, -2, 3.5, 1e3, true, null, "x\u00e9"], "b": {"c": {}}, "d": []}"#;
        assert_eq!(parse(text.as_bytes()).unwrap(), serde_json::from_str::<Value>(text).unwrap());
        let big = "18446744073709551615";
        assert_eq!(parse(big.as_bytes()).unwrap(), serde_json::from_str::<Value>(big).unwrap());
    }

    #[test]
    fn a_repeated_key_is_refused_where_it_repeats() {
        let e = parse(
            br#"{"name": "x",
            "nested": {"k": 1, "k": 2}}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains(r#"the key "k" appears twice"#), "{e}");
        assert_eq!(e.line(), 2, "{e}");
        assert!(parse(br#"{"name": "x", "name": "y"}"#).is_err());
        // The same key in two objects is not a repeat.
        assert!(parse(br#"[{"k": 1}, {"k": 2}]"#).is_ok());
    }

    #[test]
    fn trailing_values_and_bad_numbers_are_refused() {
        assert!(parse(br#"{"a": 1} {"b": 2}"#).is_err());
        assert!(parse(b"1e400").is_err());
        assert!(parse(b"").is_err());
    }
}
