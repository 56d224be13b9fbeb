//! Privacy as data: the processing register, which every page, export and job reads, and
//! its entries in words.

pub mod erasure;
pub mod register;
pub mod texts;
