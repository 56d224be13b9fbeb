//! Black-box tests over HTTP, one file per area, on SQLite and PostgreSQL alike.

mod helpers;

mod account_links;
mod accounts;
mod audit_trail;
mod breaches;
mod components;
mod config;
mod corrections;
mod email;
mod erasure;
mod errors;
mod export;
mod full_disk;
mod headers;
mod i18n;
mod key_rotation;
mod layers;
mod locales;
mod logs;
mod markup;
mod migrations;
mod pages;
mod privacy_statement;
mod real_binary;
mod requests;
mod retention;
mod rights;
mod sealed_rows;
mod sources;
mod staff;
mod staff_dashboard;
mod staff_fg;
mod staff_requests;
mod static_files;
mod vault;
