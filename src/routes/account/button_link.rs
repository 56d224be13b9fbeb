//! Links whose page has one button (sign-in by link, confirming a new e-mail address):
//! opening the link only shows what will happen, so a mail scanner that opens links uses
//! nothing up; the button, pressed once, does it.

use std::future::Future;

use serde::Deserialize;

use crate::auth::csrf::Protected;
use crate::auth::tokens::Redeemed;
use crate::views::pages::links;

use super::link_flow::{Answer, LinkFlow, Visit};

/// The texts of a page with one button that acts on the link.
pub struct Button {
    pub title: &'static str,
    pub text: &'static str,
    pub label: &'static str,
}

/// A link whose page has one button; pressing it does `act`, once.
pub trait OneButton {
    const FLOW: LinkFlow;
    const BUTTON: Button;

    /// What the link is for, done for whom it was issued.
    fn act(visit: &Visit, redeemed: Redeemed) -> impl Future<Output = Answer>;
}

/// No fields: the button's form carries only its CSRF token.
#[derive(Deserialize)]
pub struct Empty {}

/// The page the link opens: what will happen, and the button.
pub async fn open<L: OneButton>(visit: Visit) -> Answer {
    let (ctx, texts) = (&visit.ctx, &L::BUTTON);
    L::FLOW
        .open(&visit, |action| {
            let text = ctx.t(texts.text);
            links::use_link(ctx, &visit.csrf(), texts.title, text, texts.label, action)
        })
        .await
}

/// The button pressed: uses the link and acts, or "this link no longer works".
pub async fn press<L: OneButton>(_: Protected<Empty>, visit: Visit) -> Answer {
    match L::FLOW.use_once(&visit).await? {
        Some(redeemed) => L::act(&visit, redeemed).await,
        None => Ok(L::FLOW.invalid(&visit.ctx)),
    }
}
