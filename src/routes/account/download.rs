//! Download my data (Art. 20): `GET /account/download` explains the formats;
//! `GET /account/download/my-data.json`, `/account/download/my-data-tables.zip` (tables for
//! a spreadsheet) and `/account/download/my-data.zip` (tables for programs) stream them.
//! All need a recent password (`confirm_identity`); each file download is one audit
//! record (`customer.export.json`, `.tables`, `.zip`), written before the first byte.

use actix_session::Session;
use actix_web::http::{Method, StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use tracing_actix_web::RequestId;

use crate::auth::sessions::SignedIn;
use crate::error::AppError;
use crate::export::bundle::{CsvBundle, Dialect};
use crate::export::format::Format;
use crate::export::json::Json;
use crate::export::records::SECTIONS;
use crate::export::spreadsheet::Spreadsheet;
use crate::export::{file_name, stream, writer};
use crate::i18n::Lang;
use crate::paths;
use crate::state::AppState;
use crate::views::pages::download;
use crate::views::{PageContext, html_response};

use super::confirm_identity::unless_recent;

pub async fn view_download_get(
    ctx: PageContext,
    _: SignedIn,
    session: Session,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Some(confirm_first) = unless_recent(&session, &state, paths::DOWNLOAD) {
        return confirm_first;
    }
    html_response(StatusCode::OK, download::download(&ctx))
}

#[derive(Clone, Copy)]
enum Kind {
    Json,
    /// The tables for a spreadsheet.
    Tables,
    /// The tables for programs.
    Zip,
}

/// One of the three files, by its path (the router sends all three here).
pub async fn download_file_get(
    req: HttpRequest,
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let kind = match req.path() {
        paths::DOWNLOAD_JSON => Kind::Json,
        paths::DOWNLOAD_TABLES => Kind::Tables,
        paths::DOWNLOAD_ZIP => Kind::Zip,
        _ => return Err(AppError::NotFound),
    };
    export(req, ctx, who, session, request_id, state, kind).await
}

async fn export(
    req: HttpRequest,
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
    kind: Kind,
) -> Result<HttpResponse, AppError> {
    let (path, tail, content_type, action) = match kind {
        Kind::Json => (
            paths::DOWNLOAD_JSON,
            ".json",
            "application/json; charset=utf-8",
            "customer.export.json",
        ),
        Kind::Tables => (
            paths::DOWNLOAD_TABLES,
            "-tables.zip",
            "application/zip",
            "customer.export.tables",
        ),
        Kind::Zip => (
            paths::DOWNLOAD_ZIP,
            ".zip",
            "application/zip",
            "customer.export.zip",
        ),
    };
    if let Some(confirm_first) = unless_recent(&session, &state, path) {
        return Ok(confirm_first);
    }
    let now = state.clock.now();
    let local = crate::i18n::local(&state.organisation.time_zone, now);
    let mut response = HttpResponse::Ok();
    response
        .content_type(content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file_name(local.date(), tail)),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"));
    if let Kind::Zip | Kind::Tables = kind {
        // Already deflated: the compression middleware leaves it alone.
        response.insert_header((header::CONTENT_ENCODING, "identity"));
    }
    // HEAD: the headers only; nothing is read, so nothing goes on record.
    if req.method() == Method::HEAD {
        return Ok(response.finish());
    }
    let records = state
        .vault
        .customer_records(who.customer, &who.access(&request_id), action)
        .await?
        .ok_or(AppError::NotFound)?;
    let at = time::PrimitiveDateTime::new(local.date(), local.time());
    let format: Box<dyn Format> = match kind {
        Kind::Json => Box::new(Json::default()),
        Kind::Tables => {
            let sheet = Spreadsheet::new(ctx.lang, state.organisation.time_zone.clone());
            let files: Vec<_> = SECTIONS.iter().map(|s| sheet.file_name(s.name)).collect();
            let readme = readme(
                ctx.lang,
                &state.organisation,
                "export-readme-tables",
                &files,
            );
            Box::new(CsvBundle::new(at, readme, Dialect::Spreadsheet(sheet)))
        }
        Kind::Zip => {
            let files: Vec<_> = SECTIONS.iter().map(|s| s.csv_file()).collect();
            let readme = readme(ctx.lang, &state.organisation, "export-readme", &files);
            Box::new(CsvBundle::new(at, readme, Dialect::Machine))
        }
    };
    let (chunks, body) = stream::channel();
    let (state, lang) = (state.clone(), ctx.lang);
    tokio::spawn(async move {
        writer::write(records, &state.register, lang, now, format, chunks).await;
    });
    Ok(response.streaming(body))
}

/// `README.txt` in a ZIP: message `intro`, then each table's file (`files`, in section
/// order) with what it holds, in the customer's language.
fn readme(
    lang: Lang,
    organisation: &crate::config::Organisation,
    intro: &str,
    files: &[String],
) -> String {
    let zone = organisation.time_zone.iana_name().unwrap_or_default();
    let mut text = crate::i18n::t_args(
        lang,
        intro,
        &[("organisation", &organisation.name), ("zone", zone)],
    );
    text.push_str("\n\n");
    for (section, file) in SECTIONS.iter().zip(files) {
        let about = crate::i18n::t(lang, &format!("export-section-{}", section.name));
        text.push_str(&format!("{file}: {about}\n"));
    }
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}
