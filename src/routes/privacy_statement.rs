use actix_web::web;
use maud::Markup;

use crate::state::AppState;
use crate::views::{PageContext, pages};

pub async fn view_privacy_statement_get(ctx: PageContext, state: web::Data<AppState>) -> Markup {
    pages::privacy_statement::privacy_statement(
        &ctx,
        &state.register,
        &state.session_limits,
        state.backup_days,
    )
}
