/**
 * Location tracks (`location_tracks`) in their compact form: the request
 * asks for an Apache Arrow IPC stream, and the answer is read into one
 * `ColumnarTrack` per requested vehicle, its columns typed arrays over the
 * stream's buffers. An hour of 100 vehicles is about 350,000 points: as
 * JSON that is two million numbers to parse.
 */
import { tableFromIPC } from "apache-arrow";
/** The media type `location_tracks` answers in when asked for it. */
export const ARROW_STREAM = "application/vnd.apache.arrow.stream";

/** One vehicle's track: entry i of every array belongs to the same report. */
export interface ColumnarTrack {
  vehicle_id: string;
  points: number;
  /** Each report's timestamp, milliseconds since 1970-01-01T00:00:00Z. */
  t: Float64Array;
  latitude: Float64Array;
  longitude: Float64Array;
  heading: Float64Array;
  speed: Float64Array;
  accuracy: Float64Array;
}

export interface ColumnarTracks {
  from: string;
  to: string;
  /** One per requested vehicle, in the order asked; empty without points. */
  tracks: ColumnarTrack[];
}

export interface TrackQuery {
  vehicleIds: string[];
  /** RFC 3339; the server's defaults (the hour before now) if absent. */
  from?: string;
  to?: string;
}

/** Read the tracks of up to 100 vehicles over at most one hour, as Arrow. */
export async function fetchTracks(baseUrl: string, token: string, query: TrackQuery): Promise<ColumnarTracks> {
  const url = new URL("/api/v1/locations/tracks", baseUrl);
  url.searchParams.set("vehicle_ids", query.vehicleIds.join(","));
  if (query.from !== undefined) url.searchParams.set("from", query.from);
  if (query.to !== undefined) url.searchParams.set("to", query.to);
  const answer = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: ARROW_STREAM } });
  if (!answer.ok) throw new Error(`location_tracks: ${answer.status} ${await answer.text()}`);
  const type = answer.headers.get("content-type") ?? "";
  if (!type.startsWith(ARROW_STREAM)) throw new Error(`location_tracks answered ${type}, not ${ARROW_STREAM}`);
  return tracksFromArrow(new Uint8Array(await answer.arrayBuffer()), query.vehicleIds);
}

function empty(vehicleId: string): ColumnarTrack {
  const none = new Float64Array(0);
  return { vehicle_id: vehicleId, points: 0, t: none, latitude: none, longitude: none, heading: none, speed: none, accuracy: none };
}

/** Read an Arrow answer of `location_tracks`; `vehicleIds` are the ids asked for. */
export function tracksFromArrow(stream: Uint8Array, vehicleIds: string[]): ColumnarTracks {
  const table = tableFromIPC(stream);
  const byVehicle = new Map<string, ColumnarTrack>();
  for (const batch of table.batches) {
    if (batch.numRows === 0) continue;
    const column = (name: string) => {
      const c = batch.getChild(name);
      if (c === null) throw new Error(`the tracks stream has no column ${name}`);
      return c;
    };
    // A batch's float64 column is one buffer: read in place.
    const numbers = (name: string) => {
      const values: unknown = column(name).toArray();
      return values instanceof Float64Array ? values : Float64Array.from(values as ArrayLike<number>);
    };
    const vehicleId = String(column("vehicle_id").get(0));
    // Timestamps in milliseconds come as 64-bit integers.
    const t = Float64Array.from(column("t").toArray() as ArrayLike<bigint | number>, Number);
    byVehicle.set(vehicleId, {
      vehicle_id: vehicleId,
      points: batch.numRows,
      t,
      latitude: numbers("latitude"),
      longitude: numbers("longitude"),
      heading: numbers("heading"),
      speed: numbers("speed"),
      accuracy: numbers("accuracy"),
    });
  }
  const metadata = table.schema.metadata;
  return {
    from: metadata.get("from") ?? "",
    to: metadata.get("to") ?? "",
    tracks: vehicleIds.map((id) => byVehicle.get(id) ?? empty(id)),
  };
}
