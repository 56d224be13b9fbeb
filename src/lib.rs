//! inzage: a self-service privacy portal. This file only lists the modules.

pub mod config;
pub mod db;
pub mod error;
pub mod http;
pub mod i18n;
pub mod routes;
pub mod startup;
pub mod telemetry;
pub mod views;
