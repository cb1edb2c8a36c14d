use axum::{routing::get, Router};

#[tokio::main]
async fn main() {
    let app = Router::new()
        .route(
            "/health",
            get(|| async { "ok" }),
        )
        // .route("/old-health", get(old))
        .route("/", get(|| async { "home" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3007").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

#[cfg(test)]
mod tests {
    #[test]
    fn routes() {
        let app = Router::new().route("/test-health", get(|| async { "" }));
    }
}
