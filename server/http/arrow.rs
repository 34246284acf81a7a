//! The Apache Arrow IPC stream form of `location_tracks`, chosen by
//! `Accept`: the tracks' vectors become Arrow columns as they are (no
//! number is formatted), one record batch per vehicle with points.

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::types::Int32Type;
use arrow_array::{
    ArrayRef, DictionaryArray, Float64Array, Int32Array, RecordBatch, StringArray,
    TimestampMillisecondArray,
};
use arrow_schema::{DataType, Field, Schema, TimeUnit};

use crate::db::history::Track;
use crate::error::ApiError;

/// The media type of an Arrow IPC stream.
pub const ARROW_STREAM: &str = "application/vnd.apache.arrow.stream";

/// Whether `Accept` prefers an Arrow stream to JSON (by quality, then by
/// order; absent or `*/*` is JSON, the default).
pub fn prefers_arrow(headers: &http::HeaderMap) -> bool {
    let mut arrow: Option<f32> = None;
    let mut json: Option<f32> = None;
    for (media, q) in crate::front::negotiate::weighted(headers, http::header::ACCEPT) {
        match media.as_str() {
            ARROW_STREAM => arrow = Some(arrow.map_or(q, |a| a.max(q))),
            "application/json" | "application/*" | "*/*" => {
                json = Some(json.map_or(q, |j| j.max(q)))
            }
            _ => {}
        }
    }
    arrow.is_some_and(|a| a > 0.0 && json.is_none_or(|j| a >= j))
}

/// The stream's schema: `from` and `to` in its metadata.
fn schema(from: &str, to: &str) -> Arc<Schema> {
    let dictionary = DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8));
    let number = |name: &str| Field::new(name, DataType::Float64, false);
    let fields = vec![
        Field::new("vehicle_id", dictionary, false),
        Field::new("t", DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into())), false),
        number("latitude"),
        number("longitude"),
        number("heading"),
        number("speed"),
        number("accuracy"),
    ];
    let metadata =
        HashMap::from([("from".to_string(), from.to_string()), ("to".to_string(), to.to_string())]);
    Arc::new(Schema::new_with_metadata(fields, metadata))
}

/// The tracks of `ids` (in that order) as an Arrow IPC stream, rendered a
/// vehicle at a time as the body is sent and freed once written. Built
/// whole, a busy hour's 24 MB outgrew its estimate and was copied into a
/// buffer twice its size: fresh pages the kernel zeroed, 15–30 % of the
/// server's CPU on such a read (perf), and the first read after a start
/// took twice as long.
pub fn tracks_body(
    ids: &[String],
    tracks: Vec<Track>,
    from: &str,
    to: &str,
) -> Result<dropshot::Body, ApiError> {
    let schema = schema(from, to);
    let mut writer =
        arrow_ipc::writer::StreamWriter::try_new(Vec::new(), &schema).map_err(failed)?;
    let head = std::mem::take(writer.get_mut());
    // One dictionary of every id for every batch: written once.
    let names: ArrayRef = Arc::new(StringArray::from_iter_values(ids));
    let mut batches = tracks.into_iter().enumerate().filter(|(_, t)| !t.t.is_empty());
    // Taken (None) once the stream is finished or failed.
    let mut writer = Some(writer);
    let rest = std::iter::from_fn(move || {
        let w = writer.as_mut()?;
        let (written, last) = match batches.next() {
            Some((key, track)) => {
                // A point is 52 bytes in the columns, with room for headers.
                w.get_mut().reserve(56 * track.t.len() + 1024);
                (batch(&schema, &names, key, track).and_then(|b| w.write(&b)), false)
            }
            None => (w.finish(), true),
        };
        let bytes = std::mem::take(w.get_mut());
        if last || written.is_err() {
            writer = None;
        }
        Some(written.map(|()| bytes))
    });
    let frames = std::iter::once(Ok(head))
        .chain(rest)
        .map(|r| r.map(bytes::Bytes::from).map_err(|e| failed(e).to_string()));
    Ok(super::page::paced(frames))
}

fn failed(e: arrow_schema::ArrowError) -> ApiError {
    ApiError::internal_error(format!("rendering tracks as Arrow: {e}"))
}

/// One vehicle's track as a record batch (`key` is its place in `names`).
fn batch(
    schema: &Arc<Schema>,
    names: &ArrayRef,
    key: usize,
    track: Track,
) -> Result<RecordBatch, arrow_schema::ArrowError> {
    let n = track.t.len();
    let keys = Int32Array::from(vec![key as i32; n]);
    let vehicle = DictionaryArray::<Int32Type>::try_new(keys, names.clone())?;
    let number = |v: Vec<f64>| -> ArrayRef { Arc::new(Float64Array::from(v)) };
    let columns: Vec<ArrayRef> = vec![
        Arc::new(vehicle),
        Arc::new(TimestampMillisecondArray::from(track.t).with_timezone("UTC")),
        number(track.latitude),
        number(track.longitude),
        number(track.heading),
        number(track.speed),
        number(track.accuracy),
    ];
    RecordBatch::try_new(schema.clone(), columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(v: &[&str]) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        for v in v {
            h.append(http::header::ACCEPT, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn arrow_only_when_accept_prefers_it() {
        assert!(!prefers_arrow(&accept(&[])));
        assert!(!prefers_arrow(&accept(&["*/*"])));
        assert!(!prefers_arrow(&accept(&["application/json"])));
        assert!(prefers_arrow(&accept(&[ARROW_STREAM])));
        assert!(prefers_arrow(&accept(&["Application/Vnd.Apache.Arrow.Stream"])));
        assert!(prefers_arrow(&accept(&[
            "application/json;q=0.5, application/vnd.apache.arrow.stream"
        ])));
        assert!(prefers_arrow(&accept(&["application/json", ARROW_STREAM])));
        assert!(!prefers_arrow(&accept(&[
            "application/json, application/vnd.apache.arrow.stream;q=0.9"
        ])));
        assert!(!prefers_arrow(&accept(&["application/vnd.apache.arrow.stream;q=0"])));
        assert!(prefers_arrow(&accept(&["text/html, application/vnd.apache.arrow.stream"])));
    }

    #[tokio::test]
    async fn the_stream_reads_back_as_the_tracks_it_was_made_of() {
        use http_body_util::BodyExt;
        let ids = vec!["AV-1".to_string(), "AV-2".to_string(), "AV-3".to_string()];
        let track = |t: Vec<i64>, x: f64| Track {
            latitude: t.iter().map(|_| x).collect(),
            longitude: t.iter().map(|_| x + 1.0).collect(),
            heading: t.iter().map(|_| 90.0).collect(),
            speed: t.iter().map(|_| 2.5).collect(),
            accuracy: t.iter().map(|_| 0.5).collect(),
            t,
        };
        let tracks = vec![track(vec![1, 2, 3], 10.0), track(vec![], 0.0), track(vec![7], 20.0)];
        let body =
            tracks_body(&ids, tracks, "2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z").unwrap();
        let bytes = body.collect().await.unwrap().to_bytes();
        let reader = arrow_ipc::reader::StreamReader::try_new(&bytes[..], None).unwrap();
        assert_eq!(reader.schema().metadata()["from"], "2026-01-01T00:00:00Z");
        let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
        assert_eq!(batches.len(), 2, "no batch for the vehicle without points");
        let vehicle = |b: &RecordBatch| {
            let d = b.column(0).as_any().downcast_ref::<DictionaryArray<Int32Type>>().unwrap();
            let names = d.values().as_any().downcast_ref::<StringArray>().unwrap();
            names.value(d.keys().value(0) as usize).to_string()
        };
        assert_eq!((vehicle(&batches[0]), vehicle(&batches[1])), ("AV-1".into(), "AV-3".into()));
        let t = batches[0].column(1).as_any().downcast_ref::<TimestampMillisecondArray>().unwrap();
        assert_eq!(t.values().to_vec(), vec![1, 2, 3]);
        let lat = batches[1].column(2).as_any().downcast_ref::<Float64Array>().unwrap();
        assert_eq!(lat.values().to_vec(), vec![20.0]);
    }
}
