//! Languages: which ones exist, how a request picks one, and how a message is looked up.

mod dates;
mod lang;
mod local_time;
mod messages;
mod money;
mod negotiate;
mod numbers;

pub use dates::{date_in_words, moment_in_words};
pub use lang::Lang;
pub use local_time::{local, start_of_day};
pub use messages::{Arg, message_ids_in, t, t_args, t_with, try_t};
pub use money::euros;
pub use negotiate::{LANG_COOKIE, negotiate};
pub use numbers::count;
