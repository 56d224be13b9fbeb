//! Forgotten password: `GET/POST /password/forgotten` sends a link (same answer whether or
//! not the address has an account); the link, valid for an hour and only once, and
//! replaced when a new one is asked for, opens a form for a new password. Saving it ends
//! every session of the account and signs this browser in.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};

use crate::auth::csrf::Protected;
use crate::auth::sessions;
use crate::auth::tokens::{Redeemed, TokenKind};
use crate::paths;
use crate::views::pages::links::{self, LinkRequest};
use crate::views::{PageContext, html_response};

use super::link_flow::{self, Answer, EmailForm, LinkFlow, LinkMail, Visit};
use super::password_link::{self, PasswordLink};

const PAGE: LinkRequest = LinkRequest {
    title: "password-forgotten-title",
    intro: "password-forgotten-intro",
    button: "activate-button",
    action: paths::PASSWORD_FORGOTTEN,
};
const MAIL: LinkMail = LinkMail {
    flow: Reset::FLOW,
    subject: "password-reset-email-subject",
    body: "password-reset-email-body",
    sent: paths::PASSWORD_FORGOTTEN_SENT,
};

pub async fn view_password_forgotten_get(visit: Visit) -> HttpResponse {
    link_flow::ask(&visit, &PAGE)
}

pub async fn view_password_forgotten_post(
    Protected(form): Protected<EmailForm>,
    visit: Visit,
) -> Answer {
    link_flow::send_to_activated(&MAIL, &PAGE, &form, &visit).await
}

pub async fn view_password_forgotten_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(
        StatusCode::OK,
        links::sent(
            &ctx,
            "password-forgotten-sent-text",
            "password-forgotten-sent-expiry",
        ),
    )
}

/// The reset link: a new password, every other session ended, signed in here.
pub struct Reset;

impl PasswordLink for Reset {
    const FLOW: LinkFlow = LinkFlow {
        kind: TokenKind::PasswordReset,
        path: paths::PASSWORD_RESET_TOKEN,
        again: paths::PASSWORD_FORGOTTEN,
    };
    const TITLE: &'static str = "password-reset-title";

    async fn act(visit: &Visit, redeemed: Redeemed, hash: String) -> Answer {
        let Some(customer) = password_link::set_customer_password(visit, &redeemed, &hash).await?
        else {
            return Ok(Self::FLOW.invalid(&visit.ctx));
        };
        let state = &visit.state;
        // Whoever knew the old password is signed out everywhere.
        state.store.delete_other_sessions(customer, "").await?;
        sessions::sign_in(&visit.session, customer, visit.user_agent(), visit.now())?;
        let (session, ctx) = (&visit.session, &visit.ctx);
        super::change_password::notify_password_changed(state, session, customer, ctx).await?;
        Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, paths::ACCOUNT))
            .finish())
    }
}
