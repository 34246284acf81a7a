//! Operator reads against seeded data: the fleet list (checked against the
//! database), each kind's history with pagination edges and empty ranges,
//! archived history, multi-vehicle locations, errors and `error_resolve`,
//! missions, reservations and the audit log.

use serde_json::{Value, json};

use crate::common::{TestApp, error_body, report, ts};

async fn get_json(app: &TestApp, path: &str, token: &str) -> Value {
    let resp = app.get(path, Some(token)).await;
    assert_eq!(resp.status(), 200, "{path}");
    resp.json().await.unwrap()
}

/// Every page of a listing, following `next_cursor`.
async fn all_pages(app: &TestApp, path: &str, token: &str) -> (Vec<Value>, usize) {
    let mut items = Vec::new();
    let mut pages = 0;
    let mut cursor: Option<String> = None;
    loop {
        let sep = if path.contains('?') { '&' } else { '?' };
        let url = match &cursor {
            Some(c) => format!("{path}{sep}cursor={c}"),
            None => path.to_string(),
        };
        let page = get_json(app, &url, token).await;
        pages += 1;
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => return (items, pages),
        }
    }
}

async fn bulk(app: &TestApp, vehicle: &str, token: &str, messages: Vec<Value>) {
    let resp = app
        .post(
            &format!("/api/v1/vehicle/{vehicle}/bulk"),
            Some(token),
            &json!({ "messages": messages }),
        )
        .await;
    assert_eq!(resp.status(), 200, "{}", resp.text().await.unwrap());
}

#[tokio::test]
async fn the_fleet_list_shows_every_vehicle_latest_state_as_the_database_has_it() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    for i in 0..5 {
        let v = format!("AV-{i}");
        let token = app.add_vehicle(&v).await;
        let mut messages = Vec::new();
        for k in 0..3 {
            let mut loc = report("location", &ts(-100.0 + k as f64));
            loc["latitude"] = json!(50.0 + i as f64 + k as f64 / 10.0);
            messages.push(json!({"type": "location", "data": loc}));
        }
        messages.push(json!({"type": "battery", "data": report("battery", &ts(-50.0))}));
        messages.push(
            json!({"type": "status", "data": {"timestamp": ts(-40.0), "state": "navigating"}}),
        );
        bulk(&app, &v, &token, messages).await;
    }
    let admin = app.admin_token().await;
    app.http.delete(app.url("/api/v1/vehicles/AV-4")).bearer_auth(&admin).send().await.unwrap();
    let (items, pages) = all_pages(&app, "/api/v1/vehicles?limit=2", &ops).await;
    assert_eq!(pages, 2);
    let ids: Vec<&str> = items.iter().map(|v| v["vehicle_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["AV-0", "AV-1", "AV-2", "AV-3"]);
    let (with_old, _) = all_pages(&app, "/api/v1/vehicles?include_decommissioned=true", &ops).await;
    assert_eq!(with_old.len(), 5);
    assert_eq!(with_old[4]["decommissioned"], true);
    // Against the database.
    let db = app.db().await;
    for v in &items {
        let id = v["vehicle_id"].as_str().unwrap();
        let r = db
            .query_one(
                "SELECT latitude FROM vehicle_locations WHERE vehicle_id = $1 ORDER BY \"timestamp\" DESC LIMIT 1",
                &[&id],
            )
            .await
            .unwrap();
        let lat: f64 = r.get(0);
        assert_eq!(v["location"]["latitude"].as_f64(), Some(lat), "{id}");
        assert_eq!(v["state"], "navigating");
        assert_eq!(v["battery"]["soc"], 80.0);
        assert_eq!(v["online"], false);
        assert!(tvm::validate::violations("VehicleSummary", v).is_empty());
    }
    // A restarted server (fresh memory) answers the same from its warm-up.
    app.stop().await;
}

/// `GET /api/v1/fleet`, checked against its schema.
async fn snapshot(app: &TestApp, token: &str) -> Value {
    let v = get_json(app, "/api/v1/fleet", token).await;
    assert!(tvm::validate::violations("FleetSnapshot", &v).is_empty(), "{v}");
    v
}

#[tokio::test]
async fn the_fleet_snapshot_matches_the_list_and_follows_every_change() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let mut tokens = Vec::new();
    for i in 0..3 {
        let v = format!("AV-{i}");
        let token = app.add_vehicle(&v).await;
        bulk(
            &app,
            &v,
            &token,
            vec![json!({"type": "location", "data": report("location", &ts(-30.0))})],
        )
        .await;
        tokens.push(token);
    }
    let first = snapshot(&app, &ops).await;
    let (list, _) = all_pages(&app, "/api/v1/vehicles", &ops).await;
    assert_eq!(first["count"], 3);
    assert_eq!(
        first["vehicles"].as_array().unwrap(),
        &list,
        "the snapshot is the list in one answer"
    );

    // A new location, a socket opening and a decommission each show at once,
    // although the entries of unchanged vehicles are kept rendered.
    let mut loc = report("location", &ts(-1.0));
    loc["latitude"] = json!(12.5);
    let resp = app.post("/api/v1/vehicle/AV-1/location", Some(&tokens[1]), &loc).await;
    assert_eq!(resp.status(), 200);
    let socket = crate::live::ws(&app, "/ws/vehicle/AV-2", &tokens[2]).await;
    let admin = app.admin_token().await;
    let resp =
        app.http.delete(app.url("/api/v1/vehicles/AV-0")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(resp.status(), 204);
    let mut after = snapshot(&app, &ops).await;
    for _ in 0..50 {
        if after["vehicles"][1]["online"] == true {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        after = snapshot(&app, &ops).await;
    }
    let ids: Vec<&str> = after["vehicles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["vehicle_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["AV-1", "AV-2"], "decommissioned vehicles are left out");
    assert_eq!(after["count"], 2);
    assert_eq!(after["vehicles"][0]["location"]["latitude"], 12.5);
    assert_eq!(after["vehicles"][1]["online"], true);
    drop(socket);

    // Operators and admins only.
    assert_eq!(app.get("/api/v1/fleet", Some(&tokens[1])).await.status(), 403);
    assert_eq!(app.get("/api/v1/fleet", None).await.status(), 401);
}

#[tokio::test]
async fn history_pages_through_a_range_in_time_order() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let token = app.add_vehicle("AV-1").await;
    let kinds = ["location", "battery", "docking", "status"];
    let mut messages = Vec::new();
    for i in 0..10 {
        for kind in kinds {
            let mut data = report(kind, &ts(-1000.0 + i as f64 * 10.0));
            if kind == "docking" {
                data["phase"] = json!("failed");
            }
            messages.push(json!({"type": kind, "data": data}));
        }
    }
    bulk(&app, "AV-1", &token, messages).await;
    for (path, schema) in [
        ("locations", "LocationRecord"),
        ("battery", "BatteryRecord"),
        ("docking", "DockingRecord"),
        ("statuses", "StatusRecord"),
    ] {
        let (items, pages) =
            all_pages(&app, &format!("/api/v1/vehicles/AV-1/{path}?limit=3"), &ops).await;
        assert_eq!((items.len(), pages), (10, 4), "{path}");
        let times: Vec<&str> =
            items.iter().map(|i| i["report"]["timestamp"].as_str().unwrap()).collect();
        let mut sorted = times.clone();
        sorted.sort();
        assert_eq!(times, sorted, "{path} oldest first");
        for i in &items {
            assert!(tvm::validate::violations(schema, i).is_empty(), "{path}: {i}");
        }
        // A page size that divides exactly has no dangling empty page.
        let (_, pages) =
            all_pages(&app, &format!("/api/v1/vehicles/AV-1/{path}?limit=5"), &ops).await;
        assert_eq!(pages, 2, "{path}");
    }
    // Ranges: [from, to) and empty.
    let from = ts(-965.0);
    let to = ts(-935.0);
    let q =
        format!("/api/v1/vehicles/AV-1/locations?from={}&to={}", urlencode(&from), urlencode(&to));
    let page = get_json(&app, &q, &ops).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 3);
    let empty = format!(
        "/api/v1/vehicles/AV-1/locations?from={}&to={}",
        urlencode(&ts(-5000.0)),
        urlencode(&ts(-4000.0))
    );
    let page = get_json(&app, &empty, &ops).await;
    assert_eq!(page, json!({"items": []}));
    let backwards = format!(
        "/api/v1/vehicles/AV-1/locations?from={}&to={}",
        urlencode(&ts(0.0)),
        urlencode(&ts(-10.0))
    );
    let (s, e) = error_body(app.get(&backwards, Some(&ops)).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (400, "INVALID_QUERY"));
    let (s, e) =
        error_body(app.get("/api/v1/vehicles/AV-1/locations?cursor=xyz", Some(&ops)).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (400, "INVALID_CURSOR"));
    let (s, _) = error_body(app.get("/api/v1/vehicles/AV-9/locations", Some(&ops)).await).await;
    assert_eq!(s, 404);
    let (s, _) = error_body(app.get("/api/v1/vehicles/AV-1/locations", Some(&token)).await).await;
    assert_eq!(s, 403, "vehicles do not read");
    app.stop().await;
}

fn urlencode(s: &str) -> String {
    s.replace(':', "%3A").replace('+', "%2B")
}

/// One location written straight into the archive table, `age` (an SQL
/// interval) before now.
/// A location written straight into the archive, its minute marked as a
/// late row's is (what every writer of locations does).
async fn archived_location(app: &TestApp, vehicle: &str, age: &str, latitude: f64) {
    let mut db = app.db().await;
    let tx = db.transaction().await.unwrap();
    let at: chrono::DateTime<chrono::Utc> = tx
        .query_one(
            "INSERT INTO vehicle_locations_archive (vehicle_id, \"timestamp\", latitude, longitude, heading, speed, accuracy) \
             VALUES ($1, now() - $2::text::interval, $3, 2, 3, 4, 5) RETURNING \"timestamp\"",
            &[&vehicle, &age, &latitude],
        )
        .await
        .unwrap()
        .get(0);
    tx.execute(
        "SELECT tvm_location_minutes_late(ARRAY[$1], ARRAY[$2::timestamptz], '0 seconds')",
        &[&vehicle, &at],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn archived_history_is_still_readable() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let token = app.add_vehicle("AV-1").await;
    bulk(
        &app,
        "AV-1",
        &token,
        vec![json!({"type": "location", "data": report("location", &ts(-3600.0))})],
    )
    .await;
    archived_location(&app, "AV-1", "40 days", 1.0).await;
    let q = format!("/api/v1/vehicles/AV-1/locations?from={}", urlencode(&ts(-45.0 * 86400.0)));
    let page = get_json(&app, &q, &ops).await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["report"]["latitude"], 1.0, "the archived row comes first");
    app.stop().await;
}

#[tokio::test]
async fn location_tracks_give_each_vehicle_its_hour_in_time_order() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let mut token = String::new();
    for v in ["AV-1", "AV-2", "AV-3"] {
        token = app.add_vehicle(v).await;
        if v == "AV-1" {
            // Uploaded out of order; the archive holds one more inside the hour.
            let messages = [(-100.0, 1.0), (-300.0, 3.0), (-200.0, 2.0)]
                .map(|(at, lat)| {
                    let mut loc = report("location", &ts(at));
                    loc["latitude"] = json!(lat);
                    json!({"type": "location", "data": loc})
                })
                .to_vec();
            bulk(&app, v, &token, messages).await;
        }
    }
    bulk(
        &app,
        "AV-3",
        &token,
        vec![json!({"type": "location", "data": report("location", &ts(-7200.0))})],
    )
    .await;
    archived_location(&app, "AV-1", "30 minutes", 4.0).await;

    let v = get_json(&app, "/api/v1/locations/tracks?vehicle_ids=AV-3,AV-1,AV-2,AV-1", &ops).await;
    assert!(tvm::validate::violations("LocationTracks", &v).is_empty(), "{v}");
    let tracks = v["tracks"].as_array().unwrap();
    let ids: Vec<&str> = tracks.iter().map(|t| t["vehicle_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["AV-1", "AV-2", "AV-3"], "one track per vehicle, by id");
    // The list may also be sent repeated (`explode: true`), as the generated
    // Rust client sends it: the same answer.
    let repeated =
        get_json(&app, "/api/v1/locations/tracks?vehicle_ids=AV-3&vehicle_ids=AV-1,AV-2", &ops)
            .await;
    assert_eq!(repeated["tracks"], v["tracks"]);
    let client = tvm_client::authorized(&app.url(""), &ops).unwrap();
    let ids: Vec<tvm::models::VehicleId> =
        ["AV-2", "AV-1", "AV-3"].iter().map(|id| id.parse().unwrap()).collect();
    let typed = client.location_tracks().vehicle_ids(ids).send().await.unwrap().into_inner();
    assert_eq!(serde_json::to_value(&typed).unwrap()["tracks"], v["tracks"]);
    let one = &tracks[0];
    assert_eq!(one["points"], 4);
    assert_eq!(one["latitude"], json!([4.0, 3.0, 2.0, 1.0]), "oldest first, archive included");
    let t: Vec<i64> = one["t"].as_array().unwrap().iter().map(|x| x.as_i64().unwrap()).collect();
    assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
    for key in ["longitude", "heading", "speed", "accuracy"] {
        assert_eq!(one[key].as_array().unwrap().len(), 4, "{key}");
    }
    // The same instants as the paged history, in milliseconds.
    let page = get_json(&app, "/api/v1/vehicles/AV-1/locations", &ops).await;
    let paged: Vec<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            chrono::DateTime::parse_from_rfc3339(i["report"]["timestamp"].as_str().unwrap())
                .unwrap()
                .timestamp_millis()
        })
        .collect();
    assert_eq!(paged, t);
    assert_eq!(tracks[1]["points"], 0, "no reports");
    assert_eq!(tracks[2]["points"], 0, "its only report is two hours old");
    assert_eq!(tracks[2]["t"], json!([]));

    // The same range as an Apache Arrow stream, asked for by `Accept`.
    let range = format!(
        "/api/v1/locations/tracks?vehicle_ids=AV-3,AV-1,AV-2&from={}&to={}",
        urlencode(v["from"].as_str().unwrap()),
        urlencode(v["to"].as_str().unwrap())
    );
    let resp = reqwest::Client::new()
        .get(app.url(&range))
        .bearer_auth(&ops)
        .header("accept", "application/json;q=0.5, application/vnd.apache.arrow.stream")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "application/vnd.apache.arrow.stream");
    assert_eq!(resp.headers()["vary"], "accept");
    let body = resp.bytes().await.unwrap();
    let reader = arrow_ipc::reader::StreamReader::try_new(&body[..], None).unwrap();
    let meta = reader.schema().metadata().clone();
    assert_eq!(
        (meta["from"].as_str(), meta["to"].as_str()),
        (v["from"].as_str().unwrap(), v["to"].as_str().unwrap())
    );
    let batches: Vec<_> = reader.map(Result::unwrap).collect();
    assert_eq!(batches.len(), 1, "one batch, for the one vehicle with points");
    let batch = &batches[0];
    let column = |name: &str| batch.column_by_name(name).unwrap();
    let dictionary = arrow_array::cast::as_dictionary_array::<arrow_array::types::Int32Type>(
        column("vehicle_id"),
    );
    let names = dictionary.downcast_dict::<arrow_array::StringArray>().unwrap();
    let vehicle = arrow_array::ArrayAccessor::value(&names, 0).to_string();
    assert_eq!(vehicle, "AV-1");
    let millis = arrow_array::cast::as_primitive_array::<
        arrow_array::types::TimestampMillisecondType,
    >(column("t"));
    assert_eq!(millis.values().to_vec(), t, "the JSON answer's instants");
    for key in ["latitude", "longitude", "heading", "speed", "accuracy"] {
        let values =
            arrow_array::cast::as_primitive_array::<arrow_array::types::Float64Type>(column(key));
        assert_eq!(json!(values.values().to_vec()), one[key], "{key}");
    }
    // JSON when Arrow is not preferred.
    let resp = reqwest::Client::new()
        .get(app.url(&range))
        .bearer_auth(&ops)
        .header("accept", "application/json, application/vnd.apache.arrow.stream;q=0.9")
        .send()
        .await
        .unwrap();
    assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("application/json"));

    // More than an hour, too many vehicles, the wrong role.
    let long = format!(
        "/api/v1/locations/tracks?vehicle_ids=AV-1&from={}&to={}",
        urlencode(&ts(-7200.0)),
        urlencode(&ts(0.0))
    );
    let (status, e) = error_body(app.get(&long, Some(&ops)).await).await;
    assert_eq!((status, e["code"].as_str()), (400, Some("INVALID_QUERY")));
    assert_eq!(e["details"]["parameter"], "from");
    let many: Vec<String> = (0..101).map(|i| format!("V-{i}")).collect();
    let (status, e) = error_body(
        app.get(&format!("/api/v1/locations/tracks?vehicle_ids={}", many.join(",")), Some(&ops))
            .await,
    )
    .await;
    assert_eq!((status, e["details"]["parameter"].as_str()), (400, Some("vehicle_ids")));
    let resp = app.get("/api/v1/locations/tracks?vehicle_ids=AV-1", Some(&token)).await;
    assert_eq!(resp.status(), 403);
    app.stop().await;
}

/// AV-1's track over `range` (`from=…&to=…`), as JSON and as Arrow (the
/// Arrow columns put back into the JSON track's shape).
async fn track_both_ways(app: &TestApp, ops: &str, range: &str) -> (Value, Value) {
    let path = format!("/api/v1/locations/tracks?vehicle_ids=AV-1&{range}");
    let json = get_json(app, &path, ops).await["tracks"][0].clone();
    let resp = reqwest::Client::new()
        .get(app.url(&path))
        .bearer_auth(ops)
        .header("accept", "application/vnd.apache.arrow.stream")
        .send()
        .await
        .unwrap();
    let body = resp.bytes().await.unwrap();
    let reader = arrow_ipc::reader::StreamReader::try_new(&body[..], None).unwrap();
    let mut arrow = json!({"vehicle_id": "AV-1", "points": 0, "t": [], "latitude": [],
        "longitude": [], "heading": [], "speed": [], "accuracy": []});
    for batch in reader {
        let batch = batch.unwrap();
        let column = |name: &str| batch.column_by_name(name).unwrap().clone();
        let t =
            arrow_array::cast::as_primitive_array::<arrow_array::types::TimestampMillisecondType>(
                &column("t"),
            )
            .values()
            .to_vec();
        arrow["points"] = json!(arrow["points"].as_u64().unwrap() + t.len() as u64);
        arrow["t"].as_array_mut().unwrap().extend(t.into_iter().map(|x| json!(x)));
        for key in ["latitude", "longitude", "heading", "speed", "accuracy"] {
            let values = arrow_array::cast::as_primitive_array::<arrow_array::types::Float64Type>(
                &column(key),
            )
            .values()
            .to_vec();
            arrow[key].as_array_mut().unwrap().extend(values.into_iter().map(|x| json!(x)));
        }
    }
    (json, arrow)
}

/// Run a location-minutes build now (waiting out the server's own run, if
/// one holds the builder's lock).
async fn build_minutes_now(app: &TestApp) {
    for _ in 0..200 {
        if app.store().build_location_minutes().await.unwrap().ran {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the builder's lock stayed taken");
}

#[tokio::test]
async fn tracks_read_from_packed_minutes_as_from_rows_and_late_rows_are_never_missed() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let token = app.add_vehicle("AV-1").await;
    // Twenty minutes of history, one point every 20 s, uploaded now: late
    // rows, in minutes that are closed.
    let messages: Vec<Value> = (0..60)
        .map(|i| {
            let mut loc = report("location", &ts(-1200.0 + 20.0 * i as f64));
            loc["latitude"] = json!(i as f64);
            json!({"type": "location", "data": loc})
        })
        .collect();
    bulk(&app, "AV-1", &token, messages).await;
    let range = format!("from={}&to={}", urlencode(&ts(-1500.0)), urlencode(&ts(0.0)));
    let (raw, raw_arrow) = track_both_ways(&app, &ops, &range).await;
    assert_eq!(raw["points"], 60, "{raw}");
    assert_eq!(raw_arrow, raw, "the Arrow form holds the same points");

    build_minutes_now(&app).await;
    let db = app.db().await;
    let (copies, packed): (i64, i64) = {
        let r = db
            .query_one(
                "SELECT count(*), coalesce(sum(points), 0) FROM location_minutes WHERE vehicle_id = 'AV-1'",
                &[],
            )
            .await
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert!(copies >= 15, "every closed minute is packed: {copies}");
    assert!(packed >= 45, "{packed} points packed");
    let (from_copies, copies_arrow) = track_both_ways(&app, &ops, &range).await;
    assert_eq!(from_copies, raw, "packed minutes read as the rows they hold");
    assert_eq!(copies_arrow, raw);
    // A range that starts and ends inside packed minutes.
    let inner = format!("from={}&to={}", urlencode(&ts(-1030.0)), urlencode(&ts(-790.0)));
    let (inner_track, _) = track_both_ways(&app, &ops, &inner).await;
    let lats: Vec<f64> =
        inner_track["latitude"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
    assert_eq!(lats, (9..=20).map(f64::from).collect::<Vec<_>>(), "{inner_track}");

    // A late row lands in a packed minute (a vehicle's offline buffer,
    // uploaded): read at once, not lost.
    let marks = "SELECT coalesce(sum(gen), 0)::bigint FROM location_minutes_late";
    let marked: i64 = db.query_one(marks, &[]).await.unwrap().get(0);
    let mut late = report("location", &ts(-1190.0));
    late["latitude"] = json!(0.5);
    bulk(&app, "AV-1", &token, vec![json!({"type": "location", "data": late})]).await;
    let (with_late, with_late_arrow) = track_both_ways(&app, &ops, &range).await;
    assert_eq!(with_late["points"], 61);
    assert_eq!(with_late["latitude"][1], 0.5, "in time order: {with_late}");
    assert_eq!(with_late_arrow, with_late);
    let now_marked: i64 = db.query_one(marks, &[]).await.unwrap().get(0);
    assert_eq!(now_marked, marked + 1, "the late row marked its minute's copy stale");
    // A live report older than the build margin is marked as it is stored.
    let mut live = report("location", &ts(-290.0));
    live["latitude"] = json!(0.25);
    let resp = app.post("/api/v1/vehicle/AV-1/location", Some(&token), &live).await;
    assert_eq!(resp.status(), 200, "{}", resp.text().await.unwrap());
    let with_live: i64 = db.query_one(marks, &[]).await.unwrap().get(0);
    assert_eq!(with_live, marked + 2, "the live late row marked its minute");
    let (with_late, _) = track_both_ways(&app, &ops, &range).await;
    assert_eq!(with_late["points"], 62);
    build_minutes_now(&app).await;
    let stale = "SELECT count(*) FROM location_minutes_late l \
        LEFT JOIN location_minutes m USING (vehicle_id, minute) WHERE m.gen IS DISTINCT FROM l.gen \
        AND l.minute < (SELECT until FROM location_minutes_built)";
    let stale: i64 = db.query_one(stale, &[]).await.unwrap().get(0);
    assert_eq!(stale, 0, "every closed minute built again");
    let (rebuilt, _) = track_both_ways(&app, &ops, &range).await;
    assert_eq!(rebuilt, with_late);
    app.stop().await;
}

#[tokio::test]
async fn many_vehicles_locations_come_in_one_read() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    for v in ["AV-1", "AV-2", "AV-3"] {
        let token = app.add_vehicle(v).await;
        let messages = (0..4)
            .map(
                |i| json!({"type": "location", "data": report("location", &ts(-100.0 + i as f64))}),
            )
            .collect();
        bulk(&app, v, &token, messages).await;
    }
    let (items, pages) =
        all_pages(&app, "/api/v1/locations?vehicle_ids=AV-3,AV-1&limit=3", &ops).await;
    assert_eq!((items.len(), pages), (8, 3));
    let order: Vec<&str> = items.iter().map(|i| i["vehicle_id"].as_str().unwrap()).collect();
    assert_eq!(order, ["AV-1", "AV-1", "AV-1", "AV-1", "AV-3", "AV-3", "AV-3", "AV-3"]);
    let ids: Vec<String> = (0..101).map(|i| format!("V-{i}")).collect();
    let (s, e) = error_body(
        app.get(&format!("/api/v1/locations?vehicle_ids={}", ids.join(",")), Some(&ops)).await,
    )
    .await;
    assert_eq!((s, e["code"].as_str().unwrap()), (400, "INVALID_QUERY"));
    let (s, _) =
        error_body(app.get("/api/v1/locations?vehicle_ids=bad%20id", Some(&ops)).await).await;
    assert_eq!(s, 400);
    let page =
        get_json(&app, &format!("/api/v1/locations?vehicle_ids={}", ids[..100].join(",")), &ops)
            .await;
    assert_eq!(page["items"], json!([]), "100 unknown vehicles: an empty page");
    app.stop().await;
}

#[tokio::test]
async fn errors_are_filtered_paged_and_resolved_once() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let token = app.add_vehicle("AV-1").await;
    let other = app.add_vehicle("AV-2").await;
    let mut messages = Vec::new();
    for i in 0..6 {
        let mut e = report("error", &ts(-600.0 + i as f64));
        e["severity"] = json!(if i % 2 == 0 { "CRITICAL" } else { "WARNING" });
        messages.push(json!({"type": "error", "data": e}));
    }
    bulk(&app, "AV-1", &token, messages).await;
    bulk(&app, "AV-2", &other, vec![json!({"type": "error", "data": report("error", &ts(-10.0))})])
        .await;
    let (all, pages) = all_pages(&app, "/api/v1/errors?limit=4", &ops).await;
    assert_eq!((all.len(), pages), (7, 2));
    let times: Vec<&str> = all.iter().map(|e| e["report"]["timestamp"].as_str().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, sorted, "newest first");
    let critical = get_json(&app, "/api/v1/errors?vehicle_id=AV-1&severity=CRITICAL", &ops).await;
    assert_eq!(critical["items"].as_array().unwrap().len(), 3);
    let id = critical["items"][0]["error_id"].as_i64().unwrap();
    let resolve = |id: i64| {
        let (app, ops) = (&app, &ops);
        async move {
            app.post(
                &format!("/api/v1/errors/{id}/resolve"),
                Some(ops),
                &json!({"note": "cleared"}),
            )
            .await
        }
    };
    let resp = resolve(id).await;
    assert_eq!(resp.status(), 200);
    let rec: Value = resp.json().await.unwrap();
    assert_eq!(rec["resolved_by"], "ops");
    assert!(tvm::validate::violations("ErrorRecord", &rec).is_empty(), "{rec}");
    let (s, e) = error_body(resolve(id).await).await;
    assert_eq!((s, e["code"].as_str().unwrap()), (409, "CONFLICT"));
    assert_eq!(error_body(resolve(999_999).await).await.0, 404);
    let open = get_json(&app, "/api/v1/errors?resolved=false", &ops).await;
    assert_eq!(open["items"].as_array().unwrap().len(), 6);
    let done = get_json(&app, "/api/v1/errors?resolved=true", &ops).await;
    assert_eq!(done["items"][0]["error_id"], id);
    app.stop().await;
}

#[tokio::test]
async fn missions_reservations_and_the_audit_log_are_readable() {
    let app = TestApp::start().await;
    let ops = app.add_operator("ops").await;
    let _vehicle = app.add_vehicle("AV-1").await;
    let admin = app.admin_token().await;
    let reservation = json!({"reservation_id": "R-1", "pickup": {"latitude": 52.5, "longitude": 13.4, "station_id": "S-1"},
                              "destination": {"latitude": 52.6, "longitude": 13.5}, "pickup_after": ts(600.0), "customer_ref": "C-9"});
    let resp = app.post("/api/v1/reservations", Some(&ops), &reservation).await;
    assert_eq!(resp.status(), 201);
    let r: Value = resp.json().await.unwrap();
    assert_eq!(
        (r["status"].as_str(), r["pickup"]["station_id"].as_str()),
        (Some("pending"), Some("S-1"))
    );
    assert_eq!(
        error_body(app.post("/api/v1/reservations", Some(&ops), &reservation).await).await.0,
        409
    );
    let dispatch = json!({"command": "dispatch", "params": {"mission_id": "M-1", "priority": "normal", "reservation_id": "R-1",
        "pickup": {"latitude": 52.5, "longitude": 13.4}, "destination": {"latitude": 52.6, "longitude": 13.5}}});
    assert_eq!(
        app.post("/api/v1/vehicles/AV-1/commands", Some(&ops), &dispatch).await.status(),
        202
    );
    let missions = get_json(&app, "/api/v1/missions?vehicle_id=AV-1", &ops).await;
    assert_eq!(missions["items"][0]["mission_id"], "M-1");
    assert_eq!(missions["items"][0]["reservation_id"], "R-1");
    let m = get_json(&app, "/api/v1/missions/M-1", &ops).await;
    assert_eq!(m["status"], "pending");
    assert_eq!(error_body(app.get("/api/v1/missions/M-404", Some(&ops)).await).await.0, 404);
    let assigned = get_json(&app, "/api/v1/reservations?status=assigned", &ops).await;
    assert_eq!(assigned["items"][0]["mission_id"], "M-1");
    let pending = get_json(&app, "/api/v1/reservations?status=pending", &ops).await;
    assert_eq!(pending["items"], json!([]));
    // The audit log: admin only, newest first, filterable, paged.
    assert_eq!(error_body(app.get("/api/v1/audit-logs", Some(&ops)).await).await.0, 403);
    let (entries, _) = all_pages(&app, "/api/v1/audit-logs?limit=2", &admin).await;
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["reservation.create", "client.create", "vehicle.create", "client.create"]);
    let only = get_json(&app, "/api/v1/audit-logs?action=vehicle.create", &admin).await;
    assert_eq!(only["items"][0]["vehicle_id"], "AV-1");
    assert!(only["items"][0]["request_id"].is_string());
    app.stop().await;
}

/// GET `path` with `Accept-Encoding` (when given): the status, the
/// `Content-Encoding` and `Vary` headers, and the body as received.
async fn get_encoded(
    app: &TestApp,
    path: &str,
    token: &str,
    accept: Option<&str>,
) -> (u16, Option<String>, String, Vec<u8>) {
    let mut rq = app.http.get(app.url(path)).bearer_auth(token);
    if let Some(a) = accept {
        rq = rq.header("accept-encoding", a);
    }
    let r = rq.send().await.unwrap();
    let header = |name: &str| r.headers().get(name).map(|v| v.to_str().unwrap().to_string());
    let (encoding, vary) = (header("content-encoding"), header("vary").unwrap_or_default());
    (r.status().as_u16(), encoding, vary, r.bytes().await.unwrap().to_vec())
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
    out
}

/// A caller that accepts gzip gets large answers compressed (JSON, the
/// documents, `/metrics`), the same once decompressed; small answers, callers that do not accept it and
/// streams stay as they are; `TVM_GZIP_MIN_BYTES=0` turns it off.
#[tokio::test]
async fn large_answers_are_gzip_compressed_for_a_caller_that_accepts_it() {
    let app = TestApp::start().await;
    let admin = app.admin_token().await;
    for n in 0..80 {
        let body = json!({"vehicle_id": format!("AV-{n:03}"), "name": format!("Tug {n} of the east yard")});
        assert_eq!(app.post("/api/v1/vehicles", Some(&admin), &body).await.status(), 201);
    }
    let list = "/api/v1/vehicles?limit=1000";
    let (s, encoding, vary, plain) = get_encoded(&app, list, &admin, None).await;
    assert_eq!((s, encoding), (200, None));
    assert!(plain.len() >= 4096, "{}", plain.len());
    assert!(vary.to_ascii_lowercase().contains("accept-encoding"), "{vary}");
    let (s, encoding, vary, packed) =
        get_encoded(&app, list, &admin, Some("gzip, deflate, br")).await;
    assert_eq!((s, encoding.as_deref()), (200, Some("gzip")));
    assert!(vary.to_ascii_lowercase().contains("accept-encoding"), "{vary}");
    assert!(packed.len() * 3 < plain.len(), "{} of {}", packed.len(), plain.len());
    let unpacked: Value = serde_json::from_slice(&gunzip(&packed)).unwrap();
    assert_eq!(unpacked, serde_json::from_slice::<Value>(&plain).unwrap());

    let (_, encoding, _, _) = get_encoded(&app, list, &admin, Some("gzip;q=0, br")).await;
    assert_eq!(encoding, None, "gzip refused by the caller");
    let (_, encoding, _, _) =
        get_encoded(&app, "/api/v1/vehicles/AV-001", &admin, Some("gzip")).await;
    assert_eq!(encoding, None, "a small answer");
    let (_, encoding, _, spec) = get_encoded(&app, "/api/openapi.json", &admin, Some("gzip")).await;
    assert_eq!(encoding.as_deref(), Some("gzip"), "the contract page");
    assert!(serde_json::from_slice::<Value>(&gunzip(&spec)).unwrap()["openapi"].is_string());
    let (_, _, _, plain) = get_encoded(&app, "/metrics", &admin, None).await;
    assert!(plain.len() >= 4096, "/metrics is {} bytes", plain.len());
    let (_, encoding, _, packed) = get_encoded(&app, "/metrics", &admin, Some("gzip")).await;
    assert_eq!(encoding.as_deref(), Some("gzip"), "/metrics, as Prometheus asks for it");
    let text = String::from_utf8(gunzip(&packed)).unwrap();
    assert!(text.contains("# TYPE tvm_http_requests_total"), "{text}");
    // An event stream is written as events come, never held to compress.
    let r = app
        .http
        .get(app.url("/api/v1/stream"))
        .bearer_auth(&admin)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().get("content-encoding").is_none());
    drop(r);
    app.stop().await;

    let db = crate::common::TestDb::new().await;
    let off = crate::common::test_config_with(&db.url, &[("TVM_GZIP_MIN_BYTES", "0")]);
    let off = TestApp::start_with(off).await;
    let admin = off.admin_token().await;
    let (s, encoding, _, _) = get_encoded(&off, "/api/openapi.json", &admin, Some("gzip")).await;
    assert_eq!((s, encoding), (200, None), "turned off");
    off.stop().await;
}
