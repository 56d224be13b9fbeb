//! Languages: which ones exist, how a request picks one, and how a message is looked up.

mod lang;
mod messages;
mod negotiate;

pub use lang::Lang;
pub use messages::{message_ids_in, t, t_args};
pub use negotiate::{LANG_COOKIE, negotiate};
