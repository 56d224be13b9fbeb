//! Sign-in by e-mailed link: nothing to remember or type but the e-mail address (WCAG 3.3.8).
//! `GET/POST /sign-in/link` asks for it, with the same answer whether or not the address
//! has an account; the link opens a page with one button, so that a mail scanner that
//! opens links does not use it up; the button signs in.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::auth::csrf::Protected;
use crate::auth::sessions;
use crate::auth::tokens::{Redeemed, TokenKind};
use crate::db::SignInAttempt;
use crate::paths;
use crate::views::pages::links::{self, LinkRequest};
use crate::views::{PageContext, html_response};

use super::button_link::{Button, OneButton};
use super::link_flow::{self, Answer, EmailForm, LinkFlow, LinkMail, Visit};

const PAGE: LinkRequest = LinkRequest {
    title: "sign-in-link-title",
    intro: "sign-in-link-intro",
    button: "sign-in-link-button",
    action: paths::SIGN_IN_LINK,
};
const MAIL: LinkMail = LinkMail {
    flow: SignInLink::FLOW,
    subject: "sign-in-link-email-subject",
    body: "sign-in-link-email-body",
    sent: paths::SIGN_IN_LINK_SENT,
};

pub async fn view_sign_in_link_get(visit: Visit) -> HttpResponse {
    link_flow::ask(&visit, &PAGE)
}

pub async fn view_sign_in_link_post(Protected(form): Protected<EmailForm>, visit: Visit) -> Answer {
    link_flow::send_to_activated(&MAIL, &PAGE, &form, &visit).await
}

pub async fn view_sign_in_link_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(
        StatusCode::OK,
        links::sent(&ctx, "sign-in-link-sent-text", "sign-in-link-sent-expiry"),
    )
}

/// The sign-in link: the button signs in.
pub struct SignInLink;

impl OneButton for SignInLink {
    const FLOW: LinkFlow = LinkFlow {
        kind: TokenKind::SignInLink,
        path: paths::SIGN_IN_LINK_TOKEN,
        again: paths::SIGN_IN_LINK,
    };
    const BUTTON: Button = Button {
        title: "sign-in-link-use-title",
        text: "sign-in-link-use-text",
        label: "sign-in-button",
    };

    async fn act(visit: &Visit, redeemed: Redeemed) -> Answer {
        let Some(customer) = redeemed.customer() else {
            return Ok(Self::FLOW.invalid(&visit.ctx));
        };
        let (state, now) = (&visit.state, visit.now());
        // On the customer's list of recent sign-ins; not tied to any typed address.
        state
            .store
            .record_sign_in(&SignInAttempt {
                customer_id: Some(customer),
                account_key: Vec::new(),
                address_key: Vec::new(),
                at: now,
                success: true,
            })
            .await?;
        sessions::sign_in(&visit.session, customer, visit.user_agent(), now)?;
        let session = &visit.session;
        Ok(super::sign_in::go_on(session, state, customer, "", now))
    }
}
