//! How the models write a timestamp: RFC 3339 in UTC with `Z`, the fraction
//! in 0, 3, 6 or 9 digits (chrono's `SecondsFormat::AutoSi`, the text its
//! own `Serialize` writes), rendered into a buffer and handed to the
//! serializer whole. Through chrono's `Display`, serde_json escaped the text
//! one character at a time: the server spent about 2,000 instructions on
//! each timestamp it answered or published. The build puts these on every
//! `date-time` field of the models, and the server renders its own
//! timestamps with `text`.
//!
//! Reading a required timestamp takes the same text (whole seconds or a
//! fraction of 1–9 digits, `Z`) directly, and leaves any other text to
//! chrono, so what is read and every error are chrono's. chrono's general
//! parser took about 1,900 instructions a timestamp.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, SecondsFormat, Timelike, Utc};
use serde::{Deserializer, Serializer};

/// `t` as the models write it.
pub fn text(t: &DateTime<Utc>) -> String {
    with_text(t, str::to_owned)
}

/// `t` as the models write it, appended to `out` (JSON needs no escape
/// inside it: digits and `+-:.TZ`).
pub fn append(t: &DateTime<Utc>, out: &mut Vec<u8>) {
    // Bytes as rendered: no UTF-8 check (about 270 instructions).
    with_bytes(t, |text| out.extend_from_slice(text));
}

/// `serialize_with` for a `DateTime<Utc>` field.
pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    with_text(t, |text| s.serialize_str(text))
}

/// `f` of `t`'s text: rendered on the stack, or chrono's for what `render`
/// leaves to it.
fn with_text<R>(t: &DateTime<Utc>, f: impl FnOnce(&str) -> R) -> R {
    with_bytes(t, |text| f(std::str::from_utf8(text).expect("a timestamp's text is ASCII")))
}

/// `with_text` for a caller that takes the text as bytes.
fn with_bytes<R>(t: &DateTime<Utc>, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    match render(t, &mut buf) {
        Some(n) => f(&buf[..n]),
        None => f(chronos_text(t).as_bytes()),
    }
}

/// chrono's own rendering, for what `render` leaves to it.
fn chronos_text(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// `serialize_with` for an `Option<DateTime<Utc>>` field.
pub fn serialize_option<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    struct Text<'a>(&'a DateTime<Utc>);
    impl serde::Serialize for Text<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self.0, s)
        }
    }
    match t {
        Some(t) => s.serialize_some(&Text(t)),
        None => s.serialize_none(),
    }
}

/// `t` as ASCII text at the start of `buf`, its length; `None` for what
/// chrono renders in its own way (a year outside 0–9999, a leap second).
fn render(t: &DateTime<Utc>, buf: &mut [u8; 32]) -> Option<usize> {
    let (date, time) = (t.date_naive(), t.time());
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = time.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    digits(&mut buf[0..4], year);
    buf[4] = b'-';
    digits(&mut buf[5..7], date.month());
    buf[7] = b'-';
    digits(&mut buf[8..10], date.day());
    buf[10] = b'T';
    digits(&mut buf[11..13], time.hour());
    buf[13] = b':';
    digits(&mut buf[14..16], time.minute());
    buf[16] = b':';
    digits(&mut buf[17..19], time.second());
    let (fraction, width) = match nanos {
        0 => (0, 0),
        n if n % 1_000_000 == 0 => (n / 1_000_000, 3),
        n if n % 1_000 == 0 => (n / 1_000, 6),
        n => (n, 9),
    };
    let mut end = 19;
    if width > 0 {
        buf[19] = b'.';
        digits(&mut buf[20..20 + width], fraction);
        end = 20 + width;
    }
    buf[end] = b'Z';
    Some(end + 1)
}

/// `deserialize_with` for a `DateTime<Utc>` field: what chrono's own
/// `Deserialize` reads, the common text read without its general parser.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    struct Text;
    impl serde::de::Visitor<'_> for Text {
        type Value = DateTime<Utc>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            // chrono's words, so a refusal reads the same.
            f.write_str("an RFC 3339 formatted date and time string")
        }

        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DateTime<Utc>, E> {
            match read(s) {
                Some(t) => Ok(t),
                None => s
                    .parse::<DateTime<FixedOffset>>()
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(E::custom),
            }
        }
    }
    d.deserialize_str(Text)
}

/// `s` if it is `YYYY-MM-DDTHH:MM:SS`, a fraction of 1–9 digits or none,
/// and `Z`, naming a real date and time; `None` for anything else (other
/// offsets, a leap second, a longer fraction, a date that does not exist),
/// which chrono reads or refuses. Every text it reads is an RFC 3339
/// `date-time`.
pub fn read(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    let shape = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[b.len() - 1] == b'Z';
    if !shape {
        return None;
    }
    let number = |digits: &[u8]| {
        digits
            .iter()
            .try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let nanos = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            number(fraction)? * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)?;
    // A second of 60 (a leap second) makes no time here: chrono reads it.
    let (hour, minute, second) = (number(&b[11..13])?, number(&b[14..16])?, number(&b[17..19])?);
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    Some(date.and_time(time).and_utc())
}

/// `value` in decimal, zero-padded to fill `out`.
fn digits(out: &mut [u8], mut value: u32) {
    for d in out.iter_mut().rev() {
        *d = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// What chrono's own `Serialize` writes.
    fn chronos(t: &DateTime<Utc>) -> String {
        serde_json::to_string(t).unwrap()
    }

    fn ours(t: &DateTime<Utc>) -> String {
        let mut out = Vec::new();
        serialize(t, &mut serde_json::Serializer::new(&mut out)).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn appended(t: &DateTime<Utc>) -> String {
        let mut out = b"head:".to_vec();
        append(t, &mut out);
        String::from_utf8(out).unwrap().strip_prefix("head:").unwrap().to_string()
    }

    #[test]
    fn a_timestamp_is_written_as_chrono_writes_it() {
        let mut checked = 0;
        for secs in [0i64, 1, 59, 86_399, 951_782_400, 1_780_000_000, 253_402_300_799] {
            for nanos in [0u32, 1, 7, 999, 1_000, 120_000, 500_000_000, 123_456_789, 999_999_999] {
                let t = Utc.timestamp_opt(secs, nanos).unwrap();
                assert_eq!(ours(&t), chronos(&t), "{secs} s {nanos} ns");
                assert_eq!(text(&t), chronos_text(&t), "{secs} s {nanos} ns");
                assert_eq!(appended(&t), chronos_text(&t), "{secs} s {nanos} ns");
                checked += 1;
            }
        }
        // Outside what the fast path renders: chrono's own text.
        let far = Utc.with_ymd_and_hms(12_345, 6, 7, 8, 9, 10).unwrap();
        let before = Utc.with_ymd_and_hms(-1, 1, 1, 0, 0, 0).unwrap();
        let leap = Utc.with_ymd_and_hms(2016, 12, 31, 23, 59, 59).unwrap()
            + chrono::Duration::nanoseconds(999_999_999);
        let leap = leap.with_nanosecond(1_500_000_000).unwrap_or(leap);
        for t in [far, before, leap] {
            assert_eq!(ours(&t), chronos(&t));
            assert_eq!(text(&t), chronos_text(&t));
            assert_eq!(appended(&t), chronos_text(&t));
            checked += 1;
        }
        assert_eq!(checked, 66);
    }

    /// What chrono's own `Deserialize` makes of `text`, and what ours does
    /// (errors as their messages).
    fn both_read(text: &str) -> (Result<DateTime<Utc>, String>, Result<DateTime<Utc>, String>) {
        let json = serde_json::to_string(text).unwrap();
        let chronos = serde_json::from_str::<DateTime<Utc>>(&json).map_err(|e| e.to_string());
        let ours =
            deserialize(&mut serde_json::Deserializer::from_str(&json)).map_err(|e| e.to_string());
        (chronos, ours)
    }

    #[test]
    fn a_timestamp_is_read_as_chrono_reads_it() {
        let mut texts: Vec<String> = vec![
            "2026-12-06T10:00:00Z".into(),
            "0000-01-01T00:00:00Z".into(),
            "9999-12-31T23:59:59.999999999Z".into(),
            "2024-02-29T12:00:00Z".into(),
            // Left to chrono: read by it...
            "2026-12-06T10:00:00.1234567891Z".into(),
            "2026-12-06T10:00:00+02:00".into(),
            "2026-12-06T10:00:00-00:30".into(),
            "2026-12-06t10:00:00z".into(),
            "2026-12-06 10:00:00Z".into(),
            "2016-12-31T23:59:60Z".into(),
            "2016-12-31T23:59:60.5Z".into(),
            "2026-12-06T10:00:00UTC".into(),
            "+12026-12-06T10:00:00Z".into(),
            // ... or refused by it, in its words.
            "2023-02-29T12:00:00Z".into(),
            "2026-13-01T00:00:00Z".into(),
            "2026-12-06T24:00:00Z".into(),
            "2026-12-06T10:60:00Z".into(),
            "2026-12-06T10:00:61Z".into(),
            "2026-12-06T10:00:00.Z".into(),
            "2026-12-06T10:00:00".into(),
            "2026-12-06T1:00:00Z".into(),
            "2026-12-06T10:00:0xZ".into(),
            "2026-12-06T10:00:00.12a4Z".into(),
            "2026-12-06T10:00:00ZZ".into(),
            "２026-12-06T10:00:00Z".into(),
            String::new(),
        ];
        for digits in 1..=9 {
            texts.push(format!("2026-12-06T10:00:00.{}Z", &"123456789"[..digits]));
            texts.push(format!("1970-01-01T00:00:00.{}Z", "0".repeat(digits)));
        }
        let mut fast = 0;
        for text in &texts {
            let (chronos, ours) = both_read(text);
            assert_eq!(ours, chronos, "{text:?}");
            fast += usize::from(read(text).is_some());
        }
        // The common text took the direct path; the rest went to chrono.
        assert_eq!(fast, 22, "timestamps read directly");
        let bad = serde_json::from_str::<DateTime<Utc>>("17").unwrap_err().to_string();
        let ours = deserialize(&mut serde_json::Deserializer::from_str("17")).unwrap_err();
        assert_eq!(ours.to_string(), bad, "a non-string is refused as chrono refuses it");
    }

    #[test]
    fn an_optional_timestamp_is_written_as_chrono_writes_it() {
        let t = Some(Utc.timestamp_opt(1_780_000_000, 5_000_000).unwrap());
        for value in [t, None] {
            let mut out = Vec::new();
            serialize_option(&value, &mut serde_json::Serializer::new(&mut out)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&value).unwrap());
        }
    }
}
