//! Links that open a "choose a password" form: activation, a forgotten password, and a
//! new staff member's activation. The link is used up only by a password that passes the
//! rules, so a refused one can be tried again with the same link.

use std::future::Future;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use secrecy::SecretString;
use serde::Deserialize;
use uuid::Uuid;

use crate::auth::csrf::Protected;
use crate::auth::password::PasswordError;
use crate::auth::password_policy;
use crate::auth::tokens::{self, Redeemed, TokenKind};
use crate::db::TokenOwner;
use crate::domain::{Access, Actor};
use crate::error::AppError;
use crate::views::components::{FieldError, toggle_asked};
use crate::views::html_response;
use crate::views::pages::passwords::{self, PasswordForm};

use super::link_flow::{Answer, LinkFlow, Visit};

/// The form a password link opens.
#[derive(Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    pub password: String,
    pub show_password: Option<String>,
}

/// A link that opens a "choose a password" form; a password that passes does `act`.
pub trait PasswordLink {
    const FLOW: LinkFlow;
    /// The form's title (message id).
    const TITLE: &'static str;

    /// Sets the password `hash` for whom the link was issued, and answers.
    fn act(visit: &Visit, redeemed: Redeemed, hash: String) -> impl Future<Output = Answer>;
}

/// The empty form the link opens, or "this link no longer works".
pub async fn open<L: PasswordLink>(visit: Visit) -> Answer {
    L::FLOW
        .open(&visit, |action| {
            let form = PasswordForm::default();
            passwords::choose_password(&visit.ctx, &visit.csrf(), action, L::TITLE, &form)
        })
        .await
}

/// The form posted: the form again (shown, or refused), "this link no longer works", or
/// what the link is for.
pub async fn choose<L: PasswordLink>(
    Protected(form): Protected<NewPasswordForm>,
    visit: Visit,
) -> Answer {
    let action = L::FLOW.action(visit.token());
    let personal = personal_words(&visit, L::FLOW.kind).await?;
    let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
    let hash = match hash_new_password(&visit, &action, L::TITLE, &form, &personal).await? {
        Ok(hash) => hash,
        Err(response) => return Ok(response),
    };
    match L::FLOW.use_once(&visit).await? {
        Some(redeemed) => L::act(&visit, redeemed, hash).await,
        None => Ok(L::FLOW.invalid(&visit.ctx)),
    }
}

/// The name and e-mail address of whom the link is for, which a new password must not lean
/// on; nothing when the link no longer works. Reading them is on the customer's record.
async fn personal_words(visit: &Visit, kind: TokenKind) -> Result<Vec<String>, AppError> {
    let state = &visit.state;
    let owner =
        tokens::owner_if_usable(state.store.as_ref(), kind, visit.token(), visit.now()).await?;
    Ok(match owner {
        Some(TokenOwner::Customer(id)) => state
            .vault
            .read_profile(id, &Access::by(Actor::customer(id)))
            .await?
            .map(|p| vec![p.name, p.email])
            .unwrap_or_default(),
        Some(TokenOwner::Staff(id)) => {
            crate::staff::email_of(state.store.as_ref(), &state.vault.keys, id)
                .await?
                .into_iter()
                .collect()
        }
        None => Vec::new(),
    })
}

/// Saves the password of the customer the link was for; `None` when it was not for one.
pub async fn set_customer_password(
    visit: &Visit,
    redeemed: &Redeemed,
    hash: &str,
) -> Result<Option<Uuid>, AppError> {
    let Some(customer) = redeemed.customer() else {
        return Ok(None);
    };
    let store = &visit.state.store;
    store.set_password(customer, hash, visit.now()).await?;
    Ok(Some(customer))
}

/// The steps every "choose a password" form shares: a show/hide request re-renders the
/// form; the rules come next (so that a refused password does not use up a link); then
/// the hash, off the async threads. `Ok(Err(response))` is the page to answer with instead.
async fn hash_new_password(
    visit: &Visit,
    action: &str,
    title: &'static str,
    form: &NewPasswordForm,
    personal: &[&str],
) -> Result<Result<String, HttpResponse>, AppError> {
    let ctx = &visit.ctx;
    let again = |shown: bool, errors: Vec<FieldError>, status: StatusCode| {
        let page = passwords::choose_password(
            ctx,
            &visit.csrf(),
            action,
            title,
            &PasswordForm {
                new: &form.password,
                shown,
                errors,
                ..Default::default()
            },
        );
        html_response(status, page)
    };
    if let Some(shown) = toggle_asked(form.show_password.as_deref()) {
        return Ok(Err(again(shown, vec![], StatusCode::OK)));
    }
    if let Err(problem) = password_policy::check(&form.password, personal) {
        let errors = vec![FieldError {
            field: "password".into(),
            message: ctx.t(problem.message_id()),
        }];
        return Ok(Err(again(false, errors, StatusCode::BAD_REQUEST)));
    }
    match visit
        .state
        .passwords
        .hash(&SecretString::from(form.password.clone()))
        .await
    {
        Ok(hash) => Ok(Ok(hash)),
        Err(PasswordError::Busy) => Ok(Err(super::sign_in::busy())),
        Err(PasswordError::Internal(error)) => Err(error.into()),
    }
}
