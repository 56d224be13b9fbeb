//! How an area store is written. `store_area!` declares an area's trait and implements it
//! for both backends from one body, so each method is written once and the SQL and its
//! bindings cannot drift apart between SQLite and PostgreSQL. The small macros below give
//! the common statement shapes one line each, so a new query costs a few lines.
//!
//! Inside a body, `self.reader()` is the pool for reads, `self.read_batch(..)` reads several
//! statements in one snapshot, and `self.begin_write()` starts the one kind of write
//! transaction each backend allows (`BEGIN IMMEDIATE` on SQLite's single writer);
//! `Self::lock_audit_chain(&mut tx)` serializes appends to the audit chain.

/// Declares `pub trait $area` with the methods' signatures and implements it for
/// `SqliteStore` and `PostgresStore` with their bodies.
macro_rules! store_area {
    (
        $(#[$area_meta:meta])*
        pub trait $area:ident {
            $(
                $(#[$meta:meta])*
                async fn $name:ident($($params:tt)*) -> $ret:ty $body:block
            )*
        }
    ) => {
        $(#[$area_meta])*
        #[async_trait::async_trait]
        pub trait $area: Send + Sync {
            $(
                $(#[$meta])*
                async fn $name($($params)*) -> $ret;
            )*
        }

        #[async_trait::async_trait]
        impl $area for $crate::db::SqliteStore {
            $(
                $(#[$meta])*
                async fn $name($($params)*) -> $ret $body
            )*
        }

        #[async_trait::async_trait]
        impl $area for $crate::db::PostgresStore {
            $(
                $(#[$meta])*
                async fn $name($($params)*) -> $ret $body
            )*
        }
    };
}

/// A read on the reader pool: `read!(self, fetch_optional, query_as(SQL), a, b)`, with
/// `query_as` for rows and tuples and `query_scalar` for a single column.
macro_rules! read {
    ($store:expr, $fetch:ident, $kind:ident($sql:expr) $(, $arg:expr)* $(,)?) => {
        sqlx::$kind($sql)$(.bind($arg))*.$fetch($store.reader()).await?
    };
}

/// One statement inside an open transaction; evaluates to the rows it affected.
macro_rules! exec {
    ($tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        sqlx::query($sql)$(.bind($arg))*.execute(&mut *$tx).await?.rows_affected()
    };
}

/// One statement in a write transaction of its own; evaluates to the rows it affected.
macro_rules! write_one {
    ($store:expr, $sql:expr $(, $arg:expr)* $(,)?) => {{
        let mut tx = $store.begin_write().await?;
        let affected = exec!(tx, $sql $(, $arg)*);
        tx.commit().await?;
        affected
    }};
}

/// For the pools' `before_acquire`: a connection whose COMMIT or ROLLBACK failed (a full
/// disk, an I/O error) can still count a transaction as open, and then refuses every
/// later `BEGIN`. Such a connection is closed and a fresh one opened in its place, so one
/// failed write never breaks the writes after it.
pub(super) fn drop_if_stuck_in_transaction<C: sqlx::Connection>(
    connection: &mut C,
    _: sqlx::pool::PoolConnectionMetadata,
) -> futures_util::future::BoxFuture<'_, Result<bool, sqlx::Error>> {
    let usable = !connection.is_in_transaction();
    if !usable {
        tracing::warn!("closing a database connection left inside a failed transaction");
    }
    Box::pin(std::future::ready(Ok(usable)))
}
