//! The accessible building blocks every page uses. Written correctly once, so no page
//! has to get labels, hints, errors or table headers right on its own.

mod button;
mod error_summary;
mod field;
mod fieldset;
mod flash;
mod password;
mod select;
mod table;

pub use button::{ButtonStyle, button, post_button};
pub use error_summary::{FieldError, error_summary};
pub use field::{Field, InputKind, field, hidden};
pub use fieldset::{Choice, ChoiceKind, choices, fieldset};
pub use flash::{FlashKind, flash};
pub use password::{TOGGLE, password_field, password_toggle, toggle_asked};
pub use select::{Select, select};
pub use table::{Table, data_table};
