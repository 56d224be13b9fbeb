//! Changing the e-mail address. `GET/POST /account/email`: the password again and the new
//! address; a link goes to the new address (the new address, sealed, waits with the link).
//! `GET/POST /email/confirm/{token}` makes the change, on any device, signed in or not,
//! and tells the old address. A form posted after the session ran out is offered again
//! after sign-in (the new address, never the password).

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpMessage, HttpResponse, ResponseError, web};
use serde::Deserialize;
use tracing_actix_web::RequestId;

use crate::auth::csrf::{self, Protected};
use crate::auth::kept_form;
use crate::auth::password::PasswordError;
use crate::auth::sessions::SignedIn;
use crate::auth::tokens::{Redeemed, TokenKind};
use crate::db::TokenOwner;
use crate::domain::{Access, Actor};
use crate::error::AppError;
use crate::paths;
use crate::state::AppState;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::pages::change_email::{self, EmailForm};
use crate::views::pages::links;
use crate::views::{PageContext, html_response};

use super::button_link::{Button, OneButton};
use super::change_password::current_password_ok;
use super::link_flow::{Answer, LinkFlow, LinkMail, Visit};
use super::mail::{self, Mail, looks_like_email};
use super::overview::NOTICE;

/// The sealed payload's field name: the new address, bound to the customer.
const PAYLOAD_FIELD: &str = "email_change";

#[derive(Deserialize, Default)]
pub struct Form {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    current_password: String,
    show_password: Option<String>,
}

pub async fn view_change_email_get(
    ctx: PageContext,
    who: SignedIn,
    session: Session,
    request_id: RequestId,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let profile = state
        .vault
        .read_profile(who.customer, &who.access(&request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    let kept = kept_form::take(
        &session,
        &state.kept_form_key,
        who.customer,
        paths::CHANGE_EMAIL,
        state.clock.now(),
    );
    let new_email = kept
        .as_ref()
        .and_then(|fields| fields.iter().find(|(name, _)| name == "new_email"))
        .map(|(_, value)| value.as_str())
        .unwrap_or_default();
    let form = EmailForm {
        current_email: &profile.email,
        new_email,
        restored: kept.is_some(),
        ..Default::default()
    };
    Ok(html_response(
        StatusCode::OK,
        change_email::change_email(&ctx, &csrf::token(&session), &form),
    ))
}

pub async fn view_change_email_post(
    Protected(form): Protected<Form>,
    visit: Visit,
    request_id: RequestId,
) -> Answer {
    let (ctx, state) = (&visit.ctx, &visit.state);
    let who = match SignedIn::of(&visit.req) {
        Ok(who) => who,
        Err(not_signed_in) => return Ok(not_signed_in.error_response()),
    };
    let profile = state
        .vault
        .read_profile(who.customer, &who.access(&request_id))
        .await?
        .ok_or(AppError::NotFound)?;
    let new_email = form.new_email.trim();
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = change_email::change_email(
            ctx,
            &visit.csrf(),
            &EmailForm {
                current_email: &profile.email,
                new_email,
                password: &form.current_password,
                shown,
                restored: false,
                errors,
            },
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(again(shown, vec![], StatusCode::OK));
    }
    let mut errors = Vec::new();
    if !looks_like_email(new_email) {
        errors.push(FieldError {
            field: "new_email".into(),
            message: ctx.t("activate-error-email-invalid"),
        });
    } else if crate::crypto::normalize_email(new_email)
        == crate::crypto::normalize_email(&profile.email)
    {
        errors.push(FieldError {
            field: "new_email".into(),
            message: ctx.t("change-email-error-same"),
        });
    }
    if form.current_password.is_empty() {
        errors.push(FieldError {
            field: "current_password".into(),
            message: ctx.t("change-password-error-current-missing"),
        });
    }
    if !errors.is_empty() {
        return Ok(again(false, errors, StatusCode::BAD_REQUEST));
    }
    match current_password_ok(state, who.customer, &form.current_password).await {
        Ok(true) => {}
        Ok(false) => {
            let errors = vec![FieldError {
                field: "current_password".into(),
                message: ctx.t("change-password-error-current-wrong"),
            }];
            return Ok(again(false, errors, StatusCode::BAD_REQUEST));
        }
        Err(PasswordError::Busy) => return Ok(super::sign_in::busy()),
        Err(PasswordError::Internal(error)) => return Err(error.into()),
    }
    if let Some(owner) = state.vault.find_by_email(new_email).await? {
        // Taken by another account: the page says the same as always (no account can be
        // found out this way); the owner of that address hears of the attempt.
        mail::send_later(
            state,
            Mail {
                to: new_email.to_string(),
                customer: Some(owner),
                lang: ctx.lang,
                subject: "change-email-in-use-subject",
                body: "change-email-in-use-body",
                args: vec![],
            },
        );
    } else {
        let sealer = state
            .vault
            .sealer(who.customer)
            .await?
            .ok_or(AppError::NotFound)?;
        let payload = sealer.seal(PAYLOAD_FIELD, new_email);
        MAIL.send(
            &visit,
            new_email,
            TokenOwner::Customer(who.customer),
            Some(payload),
        );
    }
    Ok(MAIL.to_sent())
}

pub async fn view_change_email_sent_get(ctx: PageContext, _: SignedIn) -> HttpResponse {
    html_response(StatusCode::OK, change_email::sent(&ctx))
}

const MAIL: LinkMail = LinkMail {
    flow: EmailChange::FLOW,
    subject: "change-email-confirm-subject",
    body: "change-email-confirm-body",
    sent: paths::CHANGE_EMAIL_SENT,
};

/// The link to the new address: the button makes the change and tells the old address.
pub struct EmailChange;

impl OneButton for EmailChange {
    const FLOW: LinkFlow = LinkFlow {
        kind: TokenKind::EmailChange,
        path: paths::EMAIL_CONFIRM_TOKEN,
        again: paths::CHANGE_EMAIL,
    };
    const BUTTON: Button = Button {
        title: "change-email-confirm-title",
        text: "change-email-confirm-text",
        label: "change-email-confirm-button",
    };

    async fn act(visit: &Visit, redeemed: Redeemed) -> Answer {
        let (ctx, state) = (&visit.ctx, &visit.state);
        let invalid = || Self::FLOW.invalid(ctx);
        let (Some(customer), Some(sealed)) = (redeemed.customer(), redeemed.payload.as_deref())
        else {
            return Ok(invalid());
        };
        let Some(sealer) = state.vault.sealer(customer).await? else {
            return Ok(invalid());
        };
        let new_email = sealer.open(PAYLOAD_FIELD, sealed)?;
        // Someone may have taken the address since the link was sent.
        if state.vault.find_by_email(&new_email).await?.is_some() {
            return Ok(invalid());
        }
        let access = Access {
            actor: Actor::customer(customer),
            reason: None,
            request_id: visit
                .req
                .extensions()
                .get::<RequestId>()
                .map(|id| id.to_string()),
        };
        let Some(old_email) = state
            .vault
            .change_email(customer, &new_email, &access)
            .await?
        else {
            return Ok(invalid());
        };
        mail::send_later(
            state,
            Mail {
                to: old_email,
                customer: Some(customer),
                lang: ctx.lang,
                subject: "email-changed-email-subject",
                body: "email-changed-email-body",
                args: vec![("new_email", masked(&new_email))],
            },
        );
        let signed_in_here = SignedIn::of(&visit.req).is_ok_and(|who| who.customer == customer);
        if signed_in_here {
            visit
                .session
                .insert(NOTICE, "email-changed-notice")
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            return Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, paths::ACCOUNT))
                .finish());
        }
        Ok(html_response(
            StatusCode::OK,
            links::done(ctx, "email-changed-title", "email-changed-done-text"),
        ))
    }
}

/// The new address as the old one is told it: enough to recognise, not to harvest
/// (`jan.jansen@example.nl` becomes `j…@example.nl`).
fn masked(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}…@{domain}")
        }
        None => "…".to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_old_address_sees_only_the_first_letter_and_the_domain() {
        assert_eq!(super::masked("jan.jansen@example.nl"), "j…@example.nl");
    }
}
