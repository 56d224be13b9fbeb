use maud::Markup;

use crate::views::{PageContext, pages};

pub async fn view_home_get(ctx: PageContext) -> Markup {
    pages::home::home(&ctx)
}
