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
    markup(table, false)
}

/// The same table, whose rows stack at narrow widths: each row a block, each cell on its
/// own line after its column's name, so nothing is cut off at 320 px and nothing scrolls
/// sideways. The names shown in a cell are hidden from screen readers, which hear the
/// table's own headers.
pub fn stacked_table(table: &Table) -> Markup {
    markup(table, true)
}

fn markup(table: &Table, stacked: bool) -> Markup {
    let caption_id = format!("{}-caption", table.id);
    html! {
        div class="table-wrap" role="region" aria-labelledby=(caption_id) tabindex="0" {
            table class={ "table" @if stacked { " table--stacked" } } id=(table.id) {
                caption id=(caption_id) class="table__caption" { (table.caption) }
                thead {
                    tr { @for header in &table.headers { th scope="col" { (header) } } }
                }
                tbody {
                    @for row in &table.rows {
                        tr {
                            @for (index, cell) in row.iter().enumerate() {
                                @if index == 0 {
                                    th scope="row" { (cell) }
                                } @else {
                                    td {
                                        @if let (true, Some(header)) = (stacked, table.headers.get(index)) {
                                            span class="table__label" aria-hidden="true" { (header) }
                                        }
                                        (cell)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
