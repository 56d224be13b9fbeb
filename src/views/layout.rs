//! The one page shell: skip link, landmarks, title, language switch, navigation.

use maud::{DOCTYPE, Markup, html};

use super::PageContext;
use crate::auth::csrf;
use crate::i18n::{self, Lang};
use crate::views::components::{account_nav, post_button, staff_nav};
use crate::{assets, paths};

/// What a page hands to the layout.
pub struct Page {
    /// Message id of the page title; also the `h1` unless the body brings its own.
    pub title_id: &'static str,
    /// True when the page shows form errors: the title gets the "Fout:"/"Error:" prefix.
    pub has_errors: bool,
    pub body: Markup,
    /// The title in words, when one message id is not enough to tell pages of the same
    /// kind apart ("Phone call of 28 November 2026"); otherwise `title_id`'s text.
    pub title_text: Option<String>,
}

impl Page {
    pub fn new(title_id: &'static str, body: Markup) -> Self {
        Self {
            title_id,
            has_errors: false,
            body,
            title_text: None,
        }
    }
}

/// Main navigation: (route, message id).
const NAV: [(&str, &str); 4] = [
    (paths::HOME, "nav-home"),
    (paths::PRIVACY, "nav-privacy"),
    (paths::CONTACT, "nav-contact"),
    (paths::ACCESSIBILITY, "nav-accessibility"),
];

/// Wraps a page body in the shared shell.
pub fn render(ctx: &PageContext, page: Page) -> Markup {
    let heading = page
        .title_text
        .clone()
        .unwrap_or_else(|| ctx.t(page.title_id));
    let mut title = ctx.t_args(
        "page-title",
        &[("page", &heading), ("portal", &ctx.t("portal-name"))],
    );
    if page.has_errors {
        title = ctx.t_args("page-title-error", &[("title", &title)]);
    }
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                link rel="stylesheet" href=(assets::url("app.css"));
                link rel="icon" href=(assets::url("favicon.svg")) type="image/svg+xml";
            }
            body {
                a class="skip-link" href="#main" { (ctx.t("skip-to-content")) }
                header class="site-header" {
                    div class="wrap site-header__inner" {
                        a class="brand" href=(paths::HOME) {
                            span class="brand__org" { (ctx.organisation.name) }
                            span class="brand__portal" { (ctx.t("portal-name")) }
                        }
                        div class="site-header__tools" {
                            (language_switch(ctx))
                            (account_links(ctx))
                        }
                    }
                }
                nav class="main-nav" aria-label=(ctx.t("nav-main-label")) {
                    ul class="wrap main-nav__list" {
                        @for (route, id) in NAV {
                            li {
                                @if ctx.route.as_deref() == Some(route) {
                                    a href=(route) aria-current="page" { (ctx.t(id)) }
                                } @else {
                                    a href=(route) { (ctx.t(id)) }
                                }
                            }
                        }
                    }
                }
                (account_nav(ctx))
                (staff_nav(ctx))
                main id="main" class="wrap" tabindex="-1" {
                    (page.body)
                }
                footer class="site-footer" {
                    div class="wrap" {
                        ul class="site-footer__links" {
                            li { a href=(paths::PRIVACY) { (ctx.t("nav-privacy")) } }
                            li { a href=(paths::ACCESSIBILITY) { (ctx.t("nav-accessibility")) } }
                            li { a href=(paths::CONTACT) { (ctx.t("nav-contact")) } }
                            li {
                                a href=(ctx.organisation.supervisory_authority_url.as_str()) {
                                    (ctx.organisation.supervisory_authority_name)
                                }
                            }
                        }
                        p { (ctx.t_args("footer-responsible", &[("organisation", &ctx.organisation.name)])) }
                    }
                }
            }
        }
    }
}

/// Sign in, or (signed in) the account page and a sign-out button.
fn account_links(ctx: &PageContext) -> Markup {
    html! {
        @match &ctx.sign_out_token {
            Some(token) => {
                @if ctx.staff {
                    a class="header-link" href=(paths::STAFF_HOME) { (ctx.t("staff-home-title")) }
                } @else {
                    a class="header-link" href=(paths::ACCOUNT) { (ctx.t("nav-account")) }
                }
                (post_button(paths::SIGN_OUT, &ctx.t("nav-sign-out"), &[(csrf::FIELD, token)]))
            }
            None => a class="header-link" href=(paths::SIGN_IN) { (ctx.t("nav-sign-in")) },
        }
    }
}

/// One link per other language, named in that language, plus the current one marked.
fn language_switch(ctx: &PageContext) -> Markup {
    html! {
        nav class="language-switch" aria-label=(ctx.t("language-switch-label")) {
            ul {
                @for lang in Lang::ALL {
                    li {
                        @if lang == ctx.lang {
                            span class="language-switch__current" lang=(lang.code()) aria-current="true" {
                                (i18n::t(lang, "language-name"))
                            }
                        } @else {
                            a href=(paths::language(lang.code(), &ctx.current))
                                lang=(lang.code()) hreflang=(lang.code()) {
                                (i18n::t(lang, "language-name"))
                            }
                        }
                    }
                }
            }
        }
    }
}
