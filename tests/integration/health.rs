//! `health_view`: 200 with the checks while PostgreSQL answers, 503 in the
//! error shape while it does not.

use tvm::models::{ComponentHealthStatus, HealthReportStatus};

use crate::common::{TestApp, error_body, test_config};

#[tokio::test]
async fn health_is_ok_with_a_live_database() {
    let app = TestApp::start().await;
    let report = app.client.health_view().send().await.unwrap().into_inner();
    assert_eq!(report.status, HealthReportStatus::Ok);
    assert_eq!(report.checks["database"].status, ComponentHealthStatus::Ok);
    assert!(report.checks["database"].latency_ms.is_some());
    assert_eq!(report.checks["redis"].status, ComponentHealthStatus::Disabled);
    app.stop().await;
}

#[tokio::test]
async fn health_is_503_in_the_error_shape_while_the_database_is_down() {
    // Nothing listens on port 1: the pool cannot connect.
    let app = TestApp::start_with(test_config("postgresql://postgres@127.0.0.1:1/none")).await;
    let (status, e) = error_body(app.http.get(app.url("/health")).send().await.unwrap()).await;
    assert_eq!(status, 503);
    assert_eq!(e["code"], "SERVICE_UNAVAILABLE");
    assert_eq!(e["details"]["checks"]["database"]["status"], "down");
    assert_eq!(e["details"]["status"], "degraded");
    app.stop().await;
}
