use maud::Markup;

use crate::views::{PageContext, pages};

pub async fn view_accessibility_get(ctx: PageContext) -> Markup {
    pages::accessibility::accessibility(&ctx)
}
