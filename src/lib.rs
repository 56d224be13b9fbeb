//! inzage: a self-service privacy portal. This file only lists the modules.

pub mod a11y_report;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod db;
pub mod domain;
pub mod email;
pub mod error;
pub mod export;
pub mod http;
pub mod i18n;
pub mod paths;
pub mod privacy;
pub mod retention;
pub mod routes;
pub mod seed;
pub mod staff;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod vault;
pub mod views;
