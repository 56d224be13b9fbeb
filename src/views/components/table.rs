//! A data table with a caption and header cells, in a region that can scroll on its own
//! at 320 px without making the whole page scroll sideways.

use maud::{Markup, html};

/// Column headers and rows; the first cell of each row is its row header.
pub struct Table<'a> {
    /// Unique on the page; names the scrollable region.
    pub id: &'a str,
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Markup>>,
}

pub fn data_table(table: &Table) -> Markup {
    let caption_id = format!("{}-caption", table.id);
    html! {
        div class="table-wrap" role="region" aria-labelledby=(caption_id) tabindex="0" {
            table class="table" id=(table.id) {
                caption id=(caption_id) class="table__caption" { (table.caption) }
                thead {
                    tr { @for header in &table.headers { th scope="col" { (header) } } }
                }
                tbody {
                    @for row in &table.rows {
                        tr {
                            @for (index, cell) in row.iter().enumerate() {
                                @if index == 0 { th scope="row" { (cell) } } @else { td { (cell) } }
                            }
                        }
                    }
                }
            }
        }
    }
}
