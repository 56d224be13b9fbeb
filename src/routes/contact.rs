use maud::Markup;

use crate::views::{PageContext, pages};

pub async fn view_contact_get(ctx: PageContext) -> Markup {
    pages::contact::contact(&ctx)
}
