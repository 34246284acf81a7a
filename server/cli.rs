//! Command-line administration (`tvm vehicle add`, `tvm client add`) and the
//! first-admin bootstrap: what an operator needs before any admin token
//! exists. Writes through `Store` like the API does, audited as `cli`.

use serde_json::json;

use crate::auth::secrets;
use crate::db::Store;
use crate::db::auth::{Audit, ClientCreateOutcome};
use crate::db::vehicles::VehicleWrite;
use crate::models::{Role, VehicleId};

pub const USAGE: &str = "usage:
  tvm [serve]                                   apply migrations and serve the API on TVM_BIND
  tvm migrate                                   apply pending migrations and exit
  tvm healthcheck                               exit 0 when the local server answers /health (containers)
  tvm vehicle add <vehicle_id> [--name <name>]  register a vehicle
  tvm client add <client_id> --role <vehicle|operator|admin> [--vehicle <vehicle_id>]
                                                register a client and print its secret (shown once)
Configuration comes from the environment (and .env); see .env.example.";

/// Create the configured admin, or update its secret when it changed.
pub async fn bootstrap_admin(
    store: &Store,
    client_id: &str,
    secret: &str,
) -> Result<&'static str, String> {
    let (s1, s2) = (secret.to_string(), secret.to_string());
    store
        .admin_bootstrap(
            client_id,
            move || secrets::hash_secret(&s1),
            move |phc| secrets::verify_secret(&s2, phc),
        )
        .await
        .map_err(|e| crate::db::error_chain(&e))
}

fn cli_audit<'a>(action: &'a str, vehicle_id: Option<&'a str>, target: &'a str) -> Audit<'a> {
    Audit {
        actor: "cli",
        action,
        vehicle_id,
        target: Some(target),
        details: json!({}),
        request_id: None,
    }
}

/// Run an administration command (`args` after the program name).
/// Returns what to print.
pub async fn run(store: &Store, args: &[String]) -> Result<String, String> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["vehicle", "add", id, rest @ ..] => {
            let name = flag(rest, "--name")?;
            id.parse::<VehicleId>().map_err(|_| {
                format!("{id:?} is not a valid vehicle id (^[A-Za-z0-9][A-Za-z0-9_-]{{0,63}}$)")
            })?;
            if name.as_deref().is_some_and(|n| n.is_empty() || n.chars().count() > 128) {
                return Err("--name must be 1 to 128 characters".into());
            }
            let audit = cli_audit("vehicle.create", Some(id), id);
            match store
                .vehicle_create(id, name.as_deref(), None, &audit)
                .await
                .map_err(|e| crate::db::error_chain(&e))?
            {
                VehicleWrite::Done(v) => Ok(format!(
                    "vehicle {} registered at {}",
                    v.vehicle_id,
                    v.created_at.to_rfc3339()
                )),
                _ => Err(format!("vehicle {id} is already registered")),
            }
        }
        ["client", "add", id, rest @ ..] => {
            let role: Role = flag(rest, "--role")?
                .ok_or("--role is required")?
                .parse()
                .map_err(|_| "--role must be vehicle, operator or admin")?;
            let vehicle = flag(rest, "--vehicle")?;
            crate::auth::authz::client_binding(role, vehicle.as_deref()).map_err(|e| e.message)?;
            let valid_id = id.len() <= 128
                && id
                    .chars()
                    .enumerate()
                    .all(|(i, c)| c.is_ascii_alphanumeric() || (i > 0 && "_.@-".contains(c)));
            if !valid_id {
                return Err(format!(
                    "{id:?} is not a valid client id (^[A-Za-z0-9][A-Za-z0-9_.@-]{{0,127}}$)"
                ));
            }
            let secret = secrets::new_client_secret();
            let hash = secrets::hash_secret(&secret);
            let audit = cli_audit("client.create", vehicle.as_deref(), id);
            let role_name = role.to_string();
            let out = store
                .client_create(id, &role_name, vehicle.as_deref(), &hash, &audit)
                .await
                .map_err(|e| crate::db::error_chain(&e))?;
            match out {
                ClientCreateOutcome::Created(_) => Ok(format!(
                    "client_id={id}\nclient_secret={secret}\nrole={role_name}{}\n(the secret is shown only now; it is stored as an argon2id hash)",
                    vehicle.map(|v| format!("\nvehicle_id={v}")).unwrap_or_default()
                )),
                ClientCreateOutcome::Exists => Err(format!("client {id} already exists")),
                ClientCreateOutcome::NoSuchVehicle => Err(format!(
                    "vehicle {} is not registered (tvm vehicle add first)",
                    vehicle.unwrap_or_default()
                )),
            }
        }
        _ => Err(USAGE.into()),
    }
}

/// The value of `--name value` among `rest`; unknown flags are refused.
fn flag(rest: &[&str], name: &str) -> Result<Option<String>, String> {
    let mut found = None;
    let mut it = rest.iter();
    while let Some(w) = it.next() {
        let value = it.next().ok_or_else(|| format!("{w} needs a value"))?;
        if !["--name", "--role", "--vehicle"].contains(w) {
            return Err(format!("unknown option {w}\n{USAGE}"));
        }
        if *w == name {
            found = Some(value.to_string());
        }
    }
    Ok(found)
}
