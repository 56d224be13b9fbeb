//! Activation: customer number and e-mail address on file, a single-use link by e-mail,
//! then a password. The answer to the first step is the same whether or not the pair
//! exists, so the form cannot be used to find out who is a customer.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use serde::Deserialize;

use crate::auth::csrf::Protected;
use crate::auth::sessions;
use crate::auth::tokens::{Redeemed, TokenKind};
use crate::db::TokenOwner;
use crate::paths;
use crate::views::components::FieldError;
use crate::views::pages::activate::{self, ActivateForm};
use crate::views::{PageContext, html_response};

use super::link_flow::{Answer, LinkFlow, LinkMail, Visit};
use super::mail::looks_like_email;
use super::overview;
use super::password_link::{self, PasswordLink};

const MAIL: LinkMail = LinkMail {
    flow: Activation::FLOW,
    subject: "activate-email-subject",
    body: "activate-email-body",
    sent: paths::ACTIVATE_SENT,
};
#[derive(Deserialize)]
pub struct RequestForm {
    #[serde(default)]
    customer_number: String,
    #[serde(default)]
    email: String,
}

pub async fn view_activate_get(visit: Visit) -> HttpResponse {
    let page = activate::request(&visit.ctx, &visit.csrf(), &ActivateForm::default());
    html_response(StatusCode::OK, page)
}

pub async fn view_activate_post(visit: Visit, Protected(form): Protected<RequestForm>) -> Answer {
    let (ctx, state) = (&visit.ctx, &visit.state);
    let (number, email) = (form.customer_number.trim(), form.email.trim());
    let mut errors = Vec::new();
    if number.is_empty() {
        errors.push(FieldError {
            field: "customer_number".into(),
            message: ctx.t("activate-error-number-missing"),
        });
    }
    if !looks_like_email(email) {
        errors.push(FieldError {
            field: "email".into(),
            message: ctx.t("activate-error-email-invalid"),
        });
    }
    if !errors.is_empty() {
        let page = activate::request(
            ctx,
            &visit.csrf(),
            &ActivateForm {
                customer_number: number,
                email,
                errors,
            },
        );
        return Ok(html_response(StatusCode::BAD_REQUEST, page));
    }
    let by_number = state.vault.find_by_customer_number(number).await?;
    let by_email = state.vault.find_by_email(email).await?;
    if let (Some(customer), Some(same)) = (by_number, by_email) {
        if customer == same && state.store.password_hash(customer).await?.is_none() {
            MAIL.send(&visit, email, TokenOwner::Customer(customer), None);
        }
    }
    Ok(MAIL.to_sent())
}

pub async fn view_activate_sent_get(ctx: PageContext) -> HttpResponse {
    html_response(StatusCode::OK, activate::sent(&ctx))
}

/// The activation link: the first password, then signed in.
pub struct Activation;

impl PasswordLink for Activation {
    const FLOW: LinkFlow = LinkFlow {
        kind: TokenKind::Activation,
        path: paths::ACTIVATE_TOKEN,
        again: paths::ACTIVATE,
    };
    const TITLE: &'static str = "activate-password-title";

    async fn act(visit: &Visit, redeemed: Redeemed, hash: String) -> Answer {
        let Some(customer) = password_link::set_customer_password(visit, &redeemed, &hash).await?
        else {
            return Ok(Self::FLOW.invalid(&visit.ctx));
        };
        sessions::sign_in(&visit.session, customer, visit.user_agent(), visit.now())?;
        // The start page says, once, that the access is active now.
        visit
            .session
            .insert(overview::NOTICE, "activate-done-notice")
            .map_err(anyhow::Error::from)?;
        Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, paths::ACCOUNT))
            .finish())
    }
}
