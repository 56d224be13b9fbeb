use actix_web::web;
use maud::Markup;

use crate::a11y_report;
use crate::state::AppState;
use crate::views::{PageContext, pages};

pub async fn view_accessibility_get(ctx: PageContext, state: web::Data<AppState>) -> Markup {
    let last_run = a11y_report::last_run(&state.accessibility_report).await;
    pages::accessibility::accessibility(&ctx, last_run.as_ref())
}
