//! The accessible building blocks every page uses. Written correctly once, so no page
//! has to get labels, hints, errors or table headers right on its own.

mod account_nav;
mod breach_notice;
mod button;
mod chart;
mod error_summary;
mod field;
mod fieldset;
mod flash;
mod labelled;
#[cfg(test)]
mod markup_tests;
mod pagination;
mod password;
mod register_details;
mod section_nav;
mod select;
mod staff_nav;
mod table;
mod textarea;

pub use account_nav::account_nav;
pub use breach_notice::{Level, notice_text};
pub use button::{ButtonStyle, button, post_button};
pub use chart::{BarChart, Series, bar_chart, legend};
pub use error_summary::{FieldError, error_summary};
pub use field::{Field, InputKind, field, hidden};
pub use fieldset::{Choice, ChoiceKind, choices, fieldset};
pub use flash::{FlashKind, flash, flash_list};
pub use labelled::optional_note;
pub use pagination::{page_count, pagination, period_choices};
pub use password::{TOGGLE, password_field, password_toggle, toggle_asked};
pub use register_details::{list, register_rows, summary_row};
pub use select::{Select, select};
pub use staff_nav::staff_nav;
pub use table::{Table, data_table, stacked_table};
pub use textarea::{TextArea, textarea};
