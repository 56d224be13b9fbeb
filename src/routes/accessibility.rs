use actix_web::{HttpResponse, web};
use maud::Markup;

use crate::a11y_report::{self, WcagEm};
use crate::state::AppState;
use crate::views::pages::accessibility::Evaluation;
use crate::views::{PageContext, pages};

pub async fn view_accessibility_get(ctx: PageContext, state: web::Data<AppState>) -> Markup {
    let report = &state.accessibility_report;
    let run = a11y_report::last_run(report).await;
    let criteria = a11y_report::criteria(report).await;
    let evaluation = Evaluation {
        run: run.as_ref(),
        criteria: criteria.as_ref(),
        status: a11y_report::status(run.as_ref(), criteria.as_ref()),
        has_wcag_em: a11y_report::has_wcag_em(report).await,
    };
    pages::accessibility::accessibility(&ctx, &evaluation)
}

/// The WCAG-EM report as the suite wrote it, byte for byte; 404 when it has not run here.
async fn wcag_em(state: &AppState, form: WcagEm) -> HttpResponse {
    match a11y_report::wcag_em(&state.accessibility_report, form).await {
        Some(bytes) => HttpResponse::Ok()
            .content_type(form.content_type())
            .body(bytes),
        None => HttpResponse::NotFound().finish(),
    }
}

pub async fn wcag_em_markdown_get(state: web::Data<AppState>) -> HttpResponse {
    wcag_em(&state, WcagEm::Markdown).await
}

pub async fn wcag_em_json_get(state: web::Data<AppState>) -> HttpResponse {
    wcag_em(&state, WcagEm::JsonLd).await
}
