//! The quick yes for a flat request body. A schema whose properties are all
//! numbers, strings or booleans (bounds, lengths, an enum, `date-time`) is
//! checked as the body's text is read, with no JSON tree: each value is
//! kept as read (a number, or a string borrowed from the body), and the
//! model is decoded from those. Whatever the quick check does not prove
//! valid goes the full way (`super::violations` over a parsed tree), which
//! words every refusal: a violation, a repeated key, a number it cannot
//! compare exactly, a timestamp in any form but the one the models write.
//! So this only ever says yes sooner, never no.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use foldhash::HashMap;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

/// A flat object schema: its properties and which of them are required.
#[derive(Debug)]
pub struct Flat {
    fields: Vec<Field>,
    /// Bit `i` set: `fields[i]` is required.
    required: u64,
}

#[derive(Debug)]
struct Field {
    name: String,
    check: Check,
}

/// What one property's value must be.
#[derive(Debug)]
enum Check {
    Number {
        /// `type: integer`: a JSON integer (`1.0`, which the schema also
        /// takes, goes the full way).
        integer: bool,
        minimum: Option<f64>,
        maximum: Option<f64>,
        exclusive_minimum: Option<f64>,
        exclusive_maximum: Option<f64>,
    },
    Text {
        min_length: Option<u64>,
        max_length: Option<u64>,
        date_time: bool,
        one_of: Option<Vec<String>>,
    },
    Boolean,
}

/// Integers beyond this are not compared as `f64` (they would round).
const EXACT: u64 = 1 << 53;

/// Keywords that only describe a schema; they change no verdict.
const ANNOTATIONS: [&str; 4] = ["description", "title", "example", "default"];

static FLATS: LazyLock<HashMap<String, Flat>> = LazyLock::new(|| {
    let components = super::bundled_components();
    components
        .iter()
        .filter_map(|(name, schema)| Some((name.clone(), Flat::of(schema, &components)?)))
        .collect()
});

/// The names of the contract's schemas the quick check covers.
pub fn covered() -> Vec<&'static str> {
    let mut names: Vec<&str> = FLATS.keys().map(String::as_str).collect();
    names.sort_unstable();
    names
}

/// The body `bytes` decoded as `T`, the model of `schema`, with its
/// `timestamp` as sent, when the quick check proves it valid; `None` sends
/// it the full way.
pub fn decode<T: DeserializeOwned>(schema: &str, bytes: &[u8]) -> Option<(T, Option<String>)> {
    let flat = FLATS.get(schema)?;
    let values = flat.check(bytes)?;
    let timestamp = values.iter().find_map(|(i, v)| match v {
        Scalar::Text(t) if flat.fields[*i].name == "timestamp" => Some(t.to_string()),
        _ => None,
    });
    let fields = values.into_iter().map(|(i, v)| (flat.fields[i].name.as_str(), v));
    let model = T::deserialize(de::value::MapDeserializer::<_, Unproven>::new(fields)).ok()?;
    Some((model, timestamp))
}

impl Flat {
    /// `schema` as a flat schema, if it is one: an object of known
    /// properties only, each a number, a string or a boolean (directly or
    /// through one `$ref` to such a component), with no keyword this check
    /// does not know.
    fn of(schema: &Value, components: &Map<String, Value>) -> Option<Flat> {
        let object = schema.as_object()?;
        let known = ["type", "additionalProperties", "required", "properties"];
        if !object.keys().all(|k| known.contains(&k.as_str()) || ANNOTATIONS.contains(&k.as_str()))
            || object.get("type")? != "object"
            || object.get("additionalProperties")? != false
        {
            return None;
        }
        let properties = object.get("properties")?.as_object()?;
        if properties.len() > 64 {
            return None;
        }
        let fields = properties
            .iter()
            .map(|(name, p)| Some(Field { name: name.clone(), check: Check::of(p, components)? }))
            .collect::<Option<Vec<Field>>>()?;
        let mut required = 0u64;
        for name in object.get("required").map_or(Some(&Vec::new()), Value::as_array)? {
            let i = fields.iter().position(|f| Some(f.name.as_str()) == name.as_str())?;
            required |= 1 << i;
        }
        Some(Flat { fields, required })
    }

    /// The body's values, each with its field's index, when it is one
    /// JSON object this schema accepts; `None` when that is not proven.
    fn check<'de>(&self, bytes: &'de [u8]) -> Option<Vec<(usize, Scalar<'de>)>> {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let values = de.deserialize_map(Body(self)).ok()?;
        de.end().ok()?;
        Some(values)
    }
}

impl Check {
    /// The check of one property's schema, if this module knows all of it.
    fn of(property: &Value, components: &Map<String, Value>) -> Option<Check> {
        let p = property.as_object()?;
        if let Some(target) = p.get("$ref") {
            // Beside `$ref`, only annotations (which change no verdict).
            if !p.keys().all(|k| k == "$ref" || ANNOTATIONS.contains(&k.as_str())) {
                return None;
            }
            let name = target.as_str()?.strip_prefix(super::COMPONENTS)?;
            let referred = components.get(name)?;
            return if referred.get("$ref").is_some() {
                None
            } else {
                Check::of(referred, components)
            };
        }
        let kind = p.get("type")?.as_str()?;
        let allowed: &[&str] = match kind {
            "number" | "integer" => {
                &["type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]
            }
            "string" => &["type", "minLength", "maxLength", "format", "enum"],
            "boolean" => &["type"],
            _ => return None,
        };
        if !p.keys().all(|k| allowed.contains(&k.as_str()) || ANNOTATIONS.contains(&k.as_str())) {
            return None;
        }
        // A keyword present with a value of the wrong kind: not this check's.
        let bound = |k: &str| p.get(k).map(Value::as_f64).map_or(Some(None), |b| b.map(Some));
        let length = |k: &str| p.get(k).map(Value::as_u64).map_or(Some(None), |n| n.map(Some));
        Some(match kind {
            "boolean" => Check::Boolean,
            "string" => Check::Text {
                min_length: length("minLength")?,
                max_length: length("maxLength")?,
                date_time: match p.get("format") {
                    None => false,
                    Some(f) if f == "date-time" => true,
                    Some(_) => return None,
                },
                one_of: match p.get("enum") {
                    None => None,
                    Some(e) => Some(
                        e.as_array()?
                            .iter()
                            .map(|v| v.as_str().map(str::to_owned))
                            .collect::<Option<Vec<String>>>()?,
                    ),
                },
            },
            _ => Check::Number {
                integer: kind == "integer",
                minimum: bound("minimum")?,
                maximum: bound("maximum")?,
                exclusive_minimum: bound("exclusiveMinimum")?,
                exclusive_maximum: bound("exclusiveMaximum")?,
            },
        })
    }

    fn number(&self, v: f64, is_integer: bool) -> bool {
        let Check::Number { integer, minimum, maximum, exclusive_minimum, exclusive_maximum } =
            self
        else {
            return false;
        };
        (!integer || is_integer)
            && minimum.is_none_or(|m| v >= m)
            && maximum.is_none_or(|m| v <= m)
            && exclusive_minimum.is_none_or(|m| v > m)
            && exclusive_maximum.is_none_or(|m| v < m)
    }

    fn text(&self, s: &str) -> bool {
        let Check::Text { min_length, max_length, date_time, one_of } = self else {
            return false;
        };
        // PostgreSQL's text cannot hold U+0000: `super::violations` refuses it.
        if s.contains('\0') {
            return false;
        }
        // Counted in characters, as the schema counts them, and only when bounded.
        let length =
            (min_length.is_some() || max_length.is_some()).then(|| s.chars().count() as u64);
        min_length.is_none_or(|m| length >= Some(m))
            && max_length.is_none_or(|m| length <= Some(m))
            && (!date_time || tvm_client::time::read(s).is_some())
            && one_of.as_ref().is_none_or(|values| values.iter().any(|v| v == s))
    }
}

/// The verdict's only error: not proven valid (the full way says why).
#[derive(Debug)]
struct Unproven;

impl fmt::Display for Unproven {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("not proven valid")
    }
}

impl std::error::Error for Unproven {}

impl de::Error for Unproven {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Unproven
    }
}

fn unproven<E: de::Error>() -> E {
    E::custom(Unproven)
}

/// One value as read: a number or a string (borrowed from the body when
/// it holds no escape), or a boolean.
#[derive(Debug)]
enum Scalar<'de> {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Text(Cow<'de, str>),
    Boolean(bool),
}

/// The body: one object of the schema's properties, each once.
struct Body<'a>(&'a Flat);

impl<'de> Visitor<'de> for Body<'_> {
    type Value = Vec<(usize, Scalar<'de>)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut values = Vec::with_capacity(self.0.fields.len());
        let mut seen = 0u64;
        while let Some(i) = map.next_key_seed(Key(self.0))? {
            if seen & (1 << i) != 0 {
                return Err(unproven());
            }
            seen |= 1 << i;
            values.push((i, map.next_value_seed(Checked(&self.0.fields[i].check))?));
        }
        if seen & self.0.required != self.0.required {
            return Err(unproven());
        }
        Ok(values)
    }
}

/// A key: the index of the property it names.
struct Key<'a>(&'a Flat);

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for Key<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<usize, E> {
        self.0.fields.iter().position(|f| f.name == s).ok_or_else(unproven)
    }
}

/// A property's value, read and checked.
struct Checked<'a>(&'a Check);

impl<'de> DeserializeSeed<'de> for Checked<'_> {
    type Value = Scalar<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Scalar<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checked<'_> {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, a string or a boolean")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar<'de>, E> {
        let exact = v <= EXACT;
        (exact && self.0.number(v as f64, true)).then_some(Scalar::Unsigned(v)).ok_or_else(unproven)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar<'de>, E> {
        let exact = v.unsigned_abs() <= EXACT;
        (exact && self.0.number(v as f64, true)).then_some(Scalar::Signed(v)).ok_or_else(unproven)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar<'de>, E> {
        self.0.number(v, false).then_some(Scalar::Float(v)).ok_or_else(unproven)
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Scalar<'de>, E> {
        self.0.text(s).then_some(Scalar::Text(Cow::Borrowed(s))).ok_or_else(unproven)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Scalar<'de>, E> {
        self.0.text(s).then(|| Scalar::Text(Cow::Owned(s.to_owned()))).ok_or_else(unproven)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar<'de>, E> {
        matches!(self.0, Check::Boolean).then_some(Scalar::Boolean(v)).ok_or_else(unproven)
    }
}

/// A checked value hands itself to the model's visitor as serde_json
/// handed it over (an integer as an integer, a string as borrowed when it
/// was), so serde's `MapDeserializer` can decode the model from the values.
impl<'de> de::IntoDeserializer<'de, Unproven> for Scalar<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> Deserializer<'de> for Scalar<'de> {
    type Error = Unproven;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unproven> {
        match self {
            Scalar::Unsigned(v) => visitor.visit_u64(v),
            Scalar::Signed(v) => visitor.visit_i64(v),
            Scalar::Float(v) => visitor.visit_f64(v),
            Scalar::Text(Cow::Borrowed(s)) => visitor.visit_borrowed_str(s),
            Scalar::Text(Cow::Owned(s)) => visitor.visit_string(s),
            Scalar::Boolean(v) => visitor.visit_bool(v),
        }
    }

    /// A value is never `null` here (the check refuses it): present is `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Unproven> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Unproven> {
        visitor.visit_newtype_struct(self)
    }

    /// An enum of the contract is a string naming a unit variant.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Unproven> {
        match self {
            Scalar::Text(s) => {
                visitor.visit_enum(de::value::CowStrDeserializer::<Unproven>::new(s))
            }
            other => other.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{BatteryReport, DockingReport, LocationReport, StatusReport};

    /// The full way's verdict: the model when the schema takes the body.
    fn full<T: DeserializeOwned>(schema: &str, bytes: &[u8]) -> Option<(T, Option<String>)> {
        let value = crate::validate::json::parse(bytes).ok()?;
        let ts = value.get("timestamp").and_then(Value::as_str).map(str::to_owned);
        if !crate::validate::violations(schema, &value).is_empty() {
            return None;
        }
        Some((serde_json::from_value(value).expect("a valid body decodes"), ts))
    }

    /// Holds that the quick check never takes what the full way refuses, and
    /// that what it takes decodes to the same model; whether it took it.
    fn agree<T: DeserializeOwned + PartialEq + fmt::Debug>(schema: &str, body: &str) -> bool {
        verdicts::<T>(schema, body).0
    }

    /// `agree`'s check, and whether the quick check and the full way took it.
    fn verdicts<T: DeserializeOwned + PartialEq + fmt::Debug>(
        schema: &str,
        body: &str,
    ) -> (bool, bool) {
        let quick = decode::<T>(schema, body.as_bytes());
        let full = full::<T>(schema, body.as_bytes());
        match (&quick, &full) {
            (Some(q), Some(f)) => assert_eq!(q, f, "{schema}: {body}"),
            (Some(_), None) => panic!("{schema}: quick took what the schema refuses: {body}"),
            _ => {}
        }
        (quick.is_some(), full.is_some())
    }

    #[test]
    fn the_live_reports_are_covered_and_nested_ones_are_not() {
        let covered = covered();
        for name in ["LocationReport", "StatusReport", "BatteryReport", "DockingReport"] {
            assert!(covered.contains(&name), "{name} not covered: {covered:?}");
        }
        // Its `location` is an object; `BulkMessage` is a union.
        assert!(!covered.contains(&"ErrorReport"));
        assert!(!covered.contains(&"BulkMessage"));
    }

    const LOCATION: &str = r#"{"timestamp":"2026-12-07T04:00:00.123456Z","latitude":52.5,"longitude":13.4,"heading":90,"speed":1.5,"accuracy":0.5}"#;

    #[test]
    fn a_valid_report_is_taken_quickly_as_the_full_way_reads_it() {
        assert!(agree::<LocationReport>("LocationReport", LOCATION));
        let (_, ts) = decode::<LocationReport>("LocationReport", LOCATION.as_bytes()).unwrap();
        assert_eq!(ts.as_deref(), Some("2026-12-07T04:00:00.123456Z"));
        let quick = [
            r#"{"accuracy":0,"speed":0,"heading":0,"longitude":-180,"latitude":-90,"timestamp":"2026-12-07T04:00:00Z"}"#,
            r#"{"accuracy":1e3,"speed":-0.0,"heading":359.999,"longitude":180,"latitude":90,"timestamp":"2024-02-29T23:59:59.999999999Z","altitude":-12.25}"#,
            r#" { "timestamp" : "2026-12-07T04:00:00.1Z" , "latitude" : 1 , "longitude" : 2 , "heading" : 3 , "speed" : 4 , "accuracy" : 5 } "#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","lat\u0069tude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
        ];
        for body in quick {
            assert!(agree::<LocationReport>("LocationReport", body), "not quick: {body}");
        }
        let statuses = [
            r#"{"timestamp":"2026-12-07T04:00:00Z","state":"idle"}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","state":"navigating","mission_id":"m-1","error_message":"caf\u00e9"}"#,
        ];
        for body in statuses {
            assert!(agree::<StatusReport>("StatusReport", body), "not quick: {body}");
        }
        let battery =
            r#"{"timestamp":"2026-12-07T04:00:00Z","soc":100,"voltage":0.1,"temperature":-40}"#;
        assert!(agree::<BatteryReport>("BatteryReport", battery));
        let docking =
            r#"{"timestamp":"2026-12-07T04:00:00Z","phase":"approaching","station_id":"S-1"}"#;
        assert!(agree::<DockingReport>("DockingReport", docking));
    }

    #[test]
    fn what_the_schema_refuses_or_the_check_cannot_prove_goes_the_full_way() {
        let slow = [
            // bounds, each side
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":90.0000001,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":-181,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":360,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":-1e-9,"accuracy":5}"#,
            // a missing, an unknown, a repeated key; null; the wrong types
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5,"x":1}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5,"altitude":null}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":"1","longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":1,"latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            // integers too large to compare as f64
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":18446744073709551615,"accuracy":5}"#,
            // timestamps the models do not write, valid or not
            r#"{"timestamp":"2026-12-07T04:00:00+00:00","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07t04:00:00z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2016-12-31T23:59:60Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-02-29T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07T04:00:00.1234567891Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            r#"{"timestamp":"2026-12-07 04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5}"#,
            // not one object
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"longitude":2,"heading":3,"speed":4,"accuracy":5} {}"#,
            r#"[{"timestamp":"2026-12-07T04:00:00Z"}]"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","latitude":1,"#,
            "",
        ];
        for body in slow {
            assert!(!agree::<LocationReport>("LocationReport", body), "quick: {body}");
        }
        let statuses = [
            r#"{"timestamp":"2026-12-07T04:00:00Z","state":"flying"}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","state":"idle","mission_id":""}"#,
            r#"{"timestamp":"2026-12-07T04:00:00Z","state":"idle","error_message":"a\u0000b"}"#,
        ];
        for body in statuses {
            assert!(!agree::<StatusReport>("StatusReport", body), "quick: {body}");
        }
        let long = format!(
            r#"{{"timestamp":"2026-12-07T04:00:00Z","state":"idle","mission_id":"{}"}}"#,
            "é".repeat(65)
        );
        assert!(!agree::<StatusReport>("StatusReport", &long));
        let fits = long.replace(&"é".repeat(65), &"é".repeat(64));
        assert!(agree::<StatusReport>("StatusReport", &fits), "64 characters, 128 bytes");
        let battery = r#"{"timestamp":"2026-12-07T04:00:00Z","soc":50,"voltage":0}"#;
        assert!(!agree::<BatteryReport>("BatteryReport", battery));
    }

    /// Many bodies made by changing one or two things in a valid report:
    /// the quick check agrees with the full way on each, and takes some.
    #[test]
    fn mutated_reports_get_the_full_ways_verdict() {
        let keys =
            ["timestamp", "latitude", "longitude", "heading", "speed", "accuracy", "altitude", "x"];
        let values = [
            "0",
            "-0",
            "-0.0",
            "90",
            "90.0",
            "-90",
            "90.000000000000001",
            "-90.0000001",
            "180",
            "-180",
            "180.5",
            "360",
            "359.99999999999994",
            "1e2",
            "1E-400",
            "9007199254740993",
            "-1",
            "18446744073709551616",
            "null",
            "true",
            "\"1\"",
            "[]",
            "{}",
            "\"2026-12-07T04:00:00Z\"",
            "\"2026-12-07T04:00:00.000001Z\"",
            "\"2026-12-07T04:00:00+01:00\"",
            "\"2000-02-29T00:00:00Z\"",
            "\"1900-02-29T00:00:00Z\"",
            "\"0000-01-01T00:00:00Z\"",
            "\"9999-12-31T23:59:59.999999999Z\"",
            "\"2026-13-01T00:00:00Z\"",
            "\"2026-12-07T24:00:00Z\"",
            "\"2026-12-07T04:00Z\"",
            "\"2026-12-07T04:00:00.Z\"",
        ];
        let base = [
            ("timestamp", "\"2026-12-07T04:00:00Z\""),
            ("latitude", "1.5"),
            ("longitude", "-2.5"),
            ("heading", "3"),
            ("speed", "4"),
            ("accuracy", "5"),
        ];
        let (mut taken, mut valid) = (0, 0);
        for body in
            crate::validate::mutate::objects(0x9e37_79b9_7f4a_7c15, &base, &keys, &values, 4000)
        {
            let (quick, full) = verdicts::<LocationReport>("LocationReport", &body);
            taken += usize::from(quick);
            valid += usize::from(full);
        }
        // What it leaves to the full way and the schema takes: an offset or
        // a form of time the models do not write, an integer beyond 2^53.
        assert!(
            taken * 10 > valid * 7 && taken < valid,
            "{taken} of {valid} valid bodies taken quickly"
        );
    }
}
