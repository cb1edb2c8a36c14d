use actix_web::{get, web, App, HttpServer, Responder};

#[get("/healthz")]
async fn healthz() -> impl Responder {
    "ok"
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .service(healthz)
            .service(web::resource("/ready").route(web::get().to(healthz)))
    })
    .bind(("0.0.0.0", 8099))?
    .run()
    .await
}
