//! HTML, written with maud. One layout, one set of components, one function per page.

pub mod components;
mod context;
mod layout;
pub mod pages;

pub use context::PageContext;
pub use layout::{Page, render};
