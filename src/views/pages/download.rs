//! "Download my data" (Art. 20): the formats in plain words, and what is in them.

use maud::{Markup, html};

use crate::export::records::SECTIONS;
use crate::paths;
use crate::views::{Page, PageContext, render};

pub fn download(ctx: &PageContext) -> Markup {
    let body = html! {
        h1 { (ctx.t("download-title")) }
        p { (ctx.t("download-intro")) }
        h2 { (ctx.t("download-json-heading")) }
        p { (ctx.t("download-json-text")) }
        ul class="list list--links" {
            li { a href=(paths::DOWNLOAD_JSON) download { (ctx.t("download-json-link")) } }
        }
        h2 { (ctx.t("download-tables-heading")) }
        p { (ctx.t("download-tables-text")) }
        ul class="list list--links" {
            li { a href=(paths::DOWNLOAD_TABLES) download { (ctx.t("download-tables-link")) } }
        }
        h2 { (ctx.t("download-zip-heading")) }
        p { (ctx.t("download-zip-text")) }
        ul class="list list--links" {
            li { a href=(paths::DOWNLOAD_ZIP) download { (ctx.t("download-zip-link")) } }
        }
        h2 { (ctx.t("download-contents-heading")) }
        p { (ctx.t("download-contents-text")) }
        ul class="list list--bullet" {
            @for section in SECTIONS {
                li { (ctx.t(&format!("export-section-{}", section.name))) }
            }
        }
        h2 { (ctx.t("download-safety-heading")) }
        p { (ctx.t("download-safety-text")) }
        p { (ctx.t("download-record-text")) }
        ul class="list list--links" {
            li { a href=(paths::ACCOUNT) { (ctx.t("reauth-back")) } }
        }
    };
    render(ctx, Page::new("download-title", body))
}
