//! Cross-cutting HTTP behaviour: security headers, body limits, error pages, request ids.

pub mod body_limit;
pub mod client_address;
pub mod error_pages;
pub mod security_headers;
pub mod signed_in_areas;
