//! The steps every e-mailed link takes through the pages: ask, "check your e-mail", open
//! (a page that only shows, so a mail scanner opening links uses nothing up), act once,
//! "this link no longer works". Each flow (activation, sign-in by link, forgotten
//! password, e-mail change, staff activation) names only what differs: its [`LinkFlow`],
//! its [`LinkMail`], and what it does, as a [`super::password_link::PasswordLink`] or a
//! [`super::button_link::OneButton`].

use std::future::{Ready, ready};

use actix_session::{Session, SessionExt};
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload, web};
use maud::Markup;
use serde::Deserialize;
use time::OffsetDateTime;

use crate::auth::csrf;
use crate::auth::tokens::{self, Redeemed, TokenKind};
use crate::db::TokenOwner;
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::components::FieldError;
use crate::views::pages::links::{self, LinkRequest};
use crate::views::{PageContext, html_response};

use super::mail::{self, Link, Mail, looks_like_email};

/// What a link page answers with.
pub type Answer = Result<HttpResponse, AppError>;

/// What a step of a link flow is handed: the page, the session, the app, the request.
pub struct Visit {
    pub ctx: PageContext,
    pub session: Session,
    pub state: web::Data<AppState>,
    pub req: HttpRequest,
}

impl Visit {
    /// The token in the path (`{token}`); empty on a path without one, which no link has.
    pub fn token(&self) -> &str {
        self.req.match_info().get("token").unwrap_or_default()
    }

    /// The time now, by the app's clock.
    pub fn now(&self) -> OffsetDateTime {
        self.state.clock.now()
    }

    /// The browser's name for itself, for the sessions page.
    pub fn user_agent(&self) -> &str {
        super::sign_in::user_agent(&self.req)
    }

    /// The CSRF token for the page's form; for a signed-out visitor it starts no session.
    pub fn csrf(&self) -> String {
        csrf::token_for(&self.req)
    }
}

impl FromRequest for Visit {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let visit = req
            .app_data::<web::Data<AppState>>()
            .cloned()
            .map(|state| Visit {
                ctx: PageContext::from_request(req),
                session: req.get_session(),
                state,
                req: req.clone(),
            })
            .ok_or_else(|| actix_web::error::ErrorInternalServerError("no application state"));
        ready(visit)
    }
}

/// What sets one link flow apart from the others: the link's kind and its pages.
pub struct LinkFlow {
    pub kind: TokenKind,
    /// The page the link opens: a path pattern with `{token}`.
    pub path: &'static str,
    /// Where to ask for a new link when this one no longer works.
    pub again: &'static str,
}

/// How a flow's link goes out by e-mail (the staff's link is handed over instead).
pub struct LinkMail {
    pub flow: LinkFlow,
    /// The e-mail's subject and body message ids; the body gets the link as `link`.
    pub subject: &'static str,
    pub body: &'static str,
    /// The "check your e-mail" page the request leads to.
    pub sent: &'static str,
}

impl LinkFlow {
    /// Where the page the link opened posts to.
    pub fn action(&self, token: &str) -> String {
        paths::with_token(self.path, token)
    }

    /// The page the link opens, made by `page` from the action to post to; or the
    /// "no longer works" page. Uses nothing up.
    pub async fn open(&self, visit: &Visit, page: impl FnOnce(&str) -> Markup) -> Answer {
        let (state, token) = (&visit.state, visit.token());
        if !tokens::is_usable(state.store.as_ref(), self.kind, token, visit.now()).await? {
            return Ok(self.invalid(&visit.ctx));
        }
        Ok(html_response(StatusCode::OK, page(&self.action(token))))
    }

    /// Uses the link once: whom it was for, or `None` when it no longer works.
    pub async fn use_once(&self, visit: &Visit) -> Result<Option<Redeemed>, AppError> {
        let (state, token) = (&visit.state, visit.token());
        Ok(tokens::redeem(state.store.as_ref(), self.kind, token, visit.now()).await?)
    }

    /// "This link no longer works", with the way to ask for a new one.
    pub fn invalid(&self, ctx: &PageContext) -> HttpResponse {
        html_response(StatusCode::GONE, links::link_invalid(ctx, self.again))
    }
}

impl LinkMail {
    /// Issues a link for `owner` (replacing an unused one) and e-mails it to `to`, in the
    /// background, so the answer takes as long as when there is no one to send it to: in
    /// the customer's profile language (looked up then), or for staff in this page's.
    pub fn send(&self, visit: &Visit, to: &str, owner: TokenOwner, payload: Option<Vec<u8>>) {
        let customer = match owner {
            TokenOwner::Customer(customer) => Some(customer),
            TokenOwner::Staff(_) => None,
        };
        mail::send_link_later(
            &visit.state,
            Link {
                kind: self.flow.kind,
                owner,
                payload,
                path: self.flow.path,
            },
            Mail {
                to: to.to_string(),
                customer,
                lang: visit.ctx.lang,
                subject: self.subject,
                body: self.body,
                args: vec![],
            },
        );
    }

    /// The answer to every request, whether a link was sent or not: "check your e-mail".
    pub fn to_sent(&self) -> HttpResponse {
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, self.sent))
            .finish()
    }
}

/// A "send me a link" form that asks only for the e-mail address.
#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    pub email: String,
}

/// The empty "send me a link" form.
pub fn ask(visit: &Visit, page: &LinkRequest) -> HttpResponse {
    let html = links::request(&visit.ctx, &visit.csrf(), page, "", &[]);
    html_response(StatusCode::OK, html)
}

/// Sends the link to the address if it belongs to an activated account (activation is
/// its own path), and answers the same either way.
pub async fn send_to_activated(
    mail: &LinkMail,
    page: &LinkRequest,
    form: &EmailForm,
    visit: &Visit,
) -> Answer {
    let email = form.email.trim();
    if !looks_like_email(email) {
        let errors = [FieldError {
            field: "email".into(),
            message: visit.ctx.t("activate-error-email-invalid"),
        }];
        let html = links::request(&visit.ctx, &visit.csrf(), page, email, &errors);
        return Ok(html_response(StatusCode::BAD_REQUEST, html));
    }
    let state = &visit.state;
    if let Some(customer) = state.vault.find_by_email(email).await? {
        if state.store.password_hash(customer).await?.is_some() {
            mail.send(visit, email, TokenOwner::Customer(customer), None);
        }
    }
    Ok(mail.to_sent())
}
