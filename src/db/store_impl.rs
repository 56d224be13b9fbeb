//! The `Store` implementation both backends share. The body is written once and compiled
//! twice, once per driver, so the SQL and the bindings cannot drift apart. Each backend
//! supplies `reader()`, `begin_write()`, `lock_audit_chain()`, `run_migrations()` and
//! `close_pools()`.

macro_rules! impl_store {
    ($store:ty, $backend:expr) => {
        #[async_trait::async_trait]
        impl $crate::db::Store for $store {
            fn backend(&self) -> $crate::db::Backend {
                $backend
            }

            async fn migrate(&self) -> anyhow::Result<()> {
                self.run_migrations().await
            }

            async fn ping(&self) -> anyhow::Result<()> {
                sqlx::query("SELECT 1").execute(self.reader()).await?;
                Ok(())
            }

            async fn setting(&self, key: &str) -> anyhow::Result<Option<String>> {
                Ok(sqlx::query_scalar(sql::SELECT_SETTING)
                    .bind(key)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn put_setting(&self, key: &str, value: &str) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::UPSERT_SETTING)
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn change_settings(
                &self,
                put: &[(&str, &str)],
                delete: &[&str],
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                for (key, value) in put {
                    sqlx::query(sql::UPSERT_SETTING)
                        .bind(key)
                        .bind(value)
                        .execute(&mut *tx)
                        .await?;
                }
                for key in delete {
                    sqlx::query(sql::DELETE_SETTING)
                        .bind(key)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn put_setting_if_absent(&self, key: &str, value: &str) -> anyhow::Result<bool> {
                let mut tx = self.begin_write().await?;
                let written = sqlx::query(sql::INSERT_SETTING_IF_ABSENT)
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(written == 1)
            }

            async fn insert_bundle(&self, b: &$crate::db::CustomerBundle) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                for c in &b.customers {
                    let r = &c.row;
                    sqlx::query(sql::INSERT_CUSTOMER)
                        .bind(r.id)
                        .bind(&c.customer_number_index)
                        .bind(&c.email_index)
                        .bind(&r.customer_number_sealed)
                        .bind(&r.name_sealed)
                        .bind(&r.email_sealed)
                        .bind(&r.phone_sealed)
                        .bind(&r.address_sealed)
                        .bind(&r.birth_date_sealed)
                        .bind(&r.language_sealed)
                        .bind(r.do_not_call)
                        .bind(r.created_at)
                        .bind(r.updated_at)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(sql::INSERT_CUSTOMER_KEY)
                        .bind(r.id)
                        .bind(&c.wrapped_key)
                        .bind(&c.master_key_id)
                        .execute(&mut *tx)
                        .await?;
                }
                for m in &b.contact_moments {
                    sqlx::query(sql::INSERT_CONTACT_MOMENT)
                        .bind(m.id)
                        .bind(m.customer_id)
                        .bind(&m.channel)
                        .bind(m.occurred_at)
                        .bind(&m.subject_sealed)
                        .bind(&m.summary_sealed)
                        .bind(&m.transcript_sealed)
                        .bind(&m.agent)
                        .bind(m.by_bot)
                        .bind(m.recorded)
                        .bind(&m.recording_notice)
                        .bind(&m.recording_consent)
                        .bind(m.created_at)
                        .execute(&mut *tx)
                        .await?;
                }
                for i in &b.invoices {
                    sqlx::query(sql::INSERT_INVOICE)
                        .bind(i.id)
                        .bind(i.customer_id)
                        .bind(&i.number)
                        .bind(i.issued_on)
                        .bind(i.amount_cents)
                        .bind(i.vat_cents)
                        .bind(&i.billing_sealed)
                        .bind(i.created_at)
                        .execute(&mut *tx)
                        .await?;
                }
                for p in &b.payments {
                    sqlx::query(sql::INSERT_PAYMENT)
                        .bind(p.id)
                        .bind(p.invoice_id)
                        .bind(p.paid_on)
                        .bind(p.amount_cents)
                        .bind(&p.method)
                        .bind(p.created_at)
                        .execute(&mut *tx)
                        .await?;
                }
                for c in &b.consents {
                    sqlx::query(sql::INSERT_CONSENT)
                        .bind(c.id)
                        .bind(c.customer_id)
                        .bind(&c.subject_index)
                        .bind(&c.subject_sealed)
                        .bind(&c.purpose)
                        .bind(c.granted)
                        .bind(c.at)
                        .bind(&c.channel)
                        .bind(&c.text_version)
                        .execute(&mut *tx)
                        .await?;
                }
                for r in &b.requests {
                    sqlx::query(sql::INSERT_REQUEST)
                        .bind(r.id)
                        .bind(&r.reference)
                        .bind(r.customer_id)
                        .bind(&r.subject_index)
                        .bind(&r.subject_sealed)
                        .bind(&r.kind)
                        .bind(&r.status)
                        .bind(r.received_at)
                        .bind(r.due_on)
                        .bind(r.extended_until)
                        .bind(&r.extension_reason_sealed)
                        .bind(&r.details_sealed)
                        .bind(r.closed_at)
                        .execute(&mut *tx)
                        .await?;
                }
                for e in &b.request_events {
                    sqlx::query(sql::INSERT_REQUEST_EVENT)
                        .bind(e.id)
                        .bind(e.request_id)
                        .bind(e.at)
                        .bind(&e.status)
                        .bind(&e.note_sealed)
                        .bind(&e.actor_kind)
                        .bind(&e.actor_id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn customer(
                &self,
                id: uuid::Uuid,
            ) -> anyhow::Result<Option<$crate::db::CustomerRow>> {
                Ok(sqlx::query_as(sql::SELECT_CUSTOMER)
                    .bind(id)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn customer_key(
                &self,
                id: uuid::Uuid,
            ) -> anyhow::Result<Option<(Vec<u8>, String)>> {
                Ok(sqlx::query_as(sql::SELECT_CUSTOMER_KEY)
                    .bind(id)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn find_customer_by_email_index(
                &self,
                index: &[u8],
            ) -> anyhow::Result<Option<uuid::Uuid>> {
                Ok(sqlx::query_scalar(sql::FIND_CUSTOMER_BY_EMAIL)
                    .bind(index)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn find_customer_by_number_index(
                &self,
                index: &[u8],
            ) -> anyhow::Result<Option<uuid::Uuid>> {
                Ok(sqlx::query_scalar(sql::FIND_CUSTOMER_BY_NUMBER)
                    .bind(index)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn count_customers(&self) -> anyhow::Result<i64> {
                Ok(sqlx::query_scalar(sql::COUNT_CUSTOMERS)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn keys_wrapped_by(
                &self,
                key_id: &str,
                after: uuid::Uuid,
                limit: i64,
            ) -> anyhow::Result<Vec<(uuid::Uuid, Vec<u8>)>> {
                Ok(sqlx::query_as(sql::SELECT_KEYS_WRAPPED_BY)
                    .bind(key_id)
                    .bind(limit)
                    .bind(after)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn rewrap_keys(
                &self,
                keys: &[(uuid::Uuid, Vec<u8>)],
                from: &str,
                to: &str,
            ) -> anyhow::Result<u64> {
                let mut tx = self.begin_write().await?;
                let mut changed = 0;
                for (customer, wrapped) in keys {
                    changed += sqlx::query(sql::UPDATE_CUSTOMER_KEY)
                        .bind(customer)
                        .bind(wrapped)
                        .bind(to)
                        .bind(from)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                }
                tx.commit().await?;
                Ok(changed)
            }

            async fn count_keys_by_master(&self) -> anyhow::Result<Vec<(String, i64)>> {
                Ok(sqlx::query_as(sql::COUNT_KEYS_BY_MASTER)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn contact_moments(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::ContactMomentRow>> {
                Ok(sqlx::query_as(sql::SELECT_CONTACT_MOMENTS)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn invoices(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::InvoiceRow>> {
                Ok(sqlx::query_as(sql::SELECT_INVOICES)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn payments(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::PaymentRow>> {
                Ok(sqlx::query_as(sql::SELECT_PAYMENTS)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn consents(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::ConsentRow>> {
                Ok(sqlx::query_as(sql::SELECT_CONSENTS)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn requests(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::RequestRow>> {
                Ok(sqlx::query_as(sql::SELECT_REQUESTS)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn erase_customer(&self, id: uuid::Uuid) -> anyhow::Result<bool> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::DELETE_CUSTOMER_KEY)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let deleted = sqlx::query(sql::DELETE_CUSTOMER)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(deleted == 1)
            }

            async fn append_audit(
                &self,
                entries: &[$crate::db::AuditEntry],
            ) -> anyhow::Result<Vec<i64>> {
                use $crate::audit::chain;
                let mut tx = self.begin_write().await?;
                Self::lock_audit_chain(&mut tx).await?;
                let last: Option<(i64, Vec<u8>)> = sqlx::query_as(sql::LAST_AUDIT)
                    .fetch_optional(&mut *tx)
                    .await?;
                let (mut seq, mut prev) = last.unwrap_or((0, chain::GENESIS.to_vec()));
                let mut written = Vec::with_capacity(entries.len());
                for entry in entries {
                    seq += 1;
                    let hash = chain::record_hash(&prev, seq, entry);
                    sqlx::query(sql::INSERT_AUDIT)
                        .bind(seq)
                        .bind(entry.at)
                        .bind(&entry.actor_kind)
                        .bind(&entry.actor_id)
                        .bind(&entry.actor_role)
                        .bind(&entry.action)
                        .bind(entry.customer_id)
                        .bind(&entry.reason)
                        .bind(&entry.request_id)
                        .bind(&prev)
                        .bind(&hash)
                        .execute(&mut *tx)
                        .await?;
                    prev = hash;
                    written.push(seq);
                }
                tx.commit().await?;
                Ok(written)
            }

            async fn audit_page(
                &self,
                after_seq: i64,
                limit: i64,
            ) -> anyhow::Result<Vec<$crate::db::AuditRow>> {
                Ok(sqlx::query_as(sql::SELECT_AUDIT_PAGE)
                    .bind(after_seq)
                    .bind(limit)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn audit_for_customer(
                &self,
                id: uuid::Uuid,
                limit: i64,
            ) -> anyhow::Result<Vec<$crate::db::AuditRow>> {
                Ok(sqlx::query_as(sql::SELECT_AUDIT_FOR_CUSTOMER)
                    .bind(id)
                    .bind(limit)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn purge_count(
                &self,
                rule: $crate::db::PurgeRule,
                cutoff: time::OffsetDateTime,
            ) -> anyhow::Result<i64> {
                let query = sqlx::query_scalar(rule.count_sql());
                let query = if rule.cuts_by_date() {
                    query.bind(cutoff.date())
                } else {
                    query.bind(cutoff)
                };
                let query = match rule.channel() {
                    Some(channel) => query.bind(channel),
                    None => query,
                };
                Ok(query.fetch_one(self.reader()).await?)
            }

            async fn purge_batch(
                &self,
                rule: $crate::db::PurgeRule,
                cutoff: time::OffsetDateTime,
                limit: i64,
            ) -> anyhow::Result<u64> {
                let mut tx = self.begin_write().await?;
                let purged = if rule == $crate::db::PurgeRule::AuditTrail {
                    Self::lock_audit_chain(&mut tx).await?;
                    // Only an unbroken prefix of the chain goes; the last record removed
                    // becomes the anchor that verification starts from.
                    let head: Vec<(i64, time::OffsetDateTime, Vec<u8>)> =
                        sqlx::query_as(sql::AUDIT_HEAD)
                            .bind(limit)
                            .fetch_all(&mut *tx)
                            .await?;
                    match head.iter().take_while(|(_, at, _)| *at < cutoff).last() {
                        None => 0,
                        Some((seq, _, hash)) => {
                            let anchor = format!("{seq}:{}", $crate::audit::chain::hex(hash));
                            sqlx::query(sql::UPSERT_SETTING)
                                .bind($crate::audit::chain::ANCHOR_SETTING)
                                .bind(anchor)
                                .execute(&mut *tx)
                                .await?;
                            sqlx::query(sql::DELETE_AUDIT_UP_TO)
                                .bind(seq)
                                .execute(&mut *tx)
                                .await?
                                .rows_affected()
                        }
                    }
                } else {
                    let query = sqlx::query(rule.batch_sql());
                    let query = if rule.cuts_by_date() {
                        query.bind(cutoff.date())
                    } else {
                        query.bind(cutoff)
                    };
                    let query = query.bind(limit);
                    let query = match rule.channel() {
                        Some(channel) => query.bind(channel),
                        None => query,
                    };
                    query.execute(&mut *tx).await?.rows_affected()
                };
                tx.commit().await?;
                Ok(purged)
            }

            async fn take_lease(
                &self,
                job: &str,
                holder: &str,
                now: time::OffsetDateTime,
                until: time::OffsetDateTime,
            ) -> anyhow::Result<bool> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::ENSURE_LEASE)
                    .bind(job)
                    .execute(&mut *tx)
                    .await?;
                let taken = sqlx::query(sql::TAKE_LEASE)
                    .bind(job)
                    .bind(holder)
                    .bind(until)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(taken == 1)
            }

            async fn release_lease(&self, job: &str, holder: &str) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::RELEASE_LEASE)
                    .bind(job)
                    .bind(holder)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn password_hash(&self, customer: uuid::Uuid) -> anyhow::Result<Option<String>> {
                Ok(sqlx::query_scalar(sql::SELECT_PASSWORD_HASH)
                    .bind(customer)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn set_password(
                &self,
                customer: uuid::Uuid,
                hash: &str,
                now: time::OffsetDateTime,
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::UPSERT_ACCOUNT)
                    .bind(customer)
                    .bind(hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn session(
                &self,
                key_hash: &[u8],
                now: time::OffsetDateTime,
            ) -> anyhow::Result<Option<String>> {
                Ok(sqlx::query_scalar(sql::SELECT_SESSION)
                    .bind(key_hash)
                    .bind(now)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn save_session(
                &self,
                key_hash: &[u8],
                session_id: Option<&str>,
                owner: Option<$crate::db::TokenOwner>,
                state: &str,
                now: time::OffsetDateTime,
                expires_at: time::OffsetDateTime,
            ) -> anyhow::Result<()> {
                let (customer, staff) = owner.map_or((None, None), |o| o.columns());
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::UPSERT_SESSION)
                    .bind(key_hash)
                    .bind(customer)
                    .bind(state)
                    .bind(now)
                    .bind(expires_at)
                    .bind(session_id)
                    .bind(staff)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn touch_session(
                &self,
                key_hash: &[u8],
                now: time::OffsetDateTime,
                expires_at: time::OffsetDateTime,
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::TOUCH_SESSION)
                    .bind(key_hash)
                    .bind(now)
                    .bind(expires_at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn delete_session(&self, key_hash: &[u8]) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::DELETE_SESSION)
                    .bind(key_hash)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn customer_sessions(
                &self,
                customer: uuid::Uuid,
                now: time::OffsetDateTime,
                seen_since: time::OffsetDateTime,
            ) -> anyhow::Result<Vec<$crate::db::SessionRow>> {
                Ok(sqlx::query_as(sql::SELECT_CUSTOMER_SESSIONS)
                    .bind(customer)
                    .bind(now)
                    .bind(seen_since)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn delete_other_sessions(
                &self,
                customer: uuid::Uuid,
                keep: &str,
            ) -> anyhow::Result<u64> {
                let mut tx = self.begin_write().await?;
                let deleted = sqlx::query(sql::DELETE_OTHER_SESSIONS)
                    .bind(customer)
                    .bind(keep)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(deleted)
            }

            async fn recent_sign_ins(
                &self,
                customer: uuid::Uuid,
                limit: i64,
            ) -> anyhow::Result<Vec<(time::OffsetDateTime, bool)>> {
                Ok(sqlx::query_as(sql::SELECT_SIGN_INS)
                    .bind(customer)
                    .bind(limit)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn insert_token(
                &self,
                token_hash: &[u8],
                kind: &str,
                owner: $crate::db::TokenOwner,
                payload: Option<&[u8]>,
                now: time::OffsetDateTime,
                expires_at: time::OffsetDateTime,
            ) -> anyhow::Result<()> {
                let (customer, staff) = owner.columns();
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::DELETE_UNUSED_TOKENS)
                    .bind(owner.id())
                    .bind(kind)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(sql::INSERT_TOKEN)
                    .bind(token_hash)
                    .bind(kind)
                    .bind(customer)
                    .bind(staff)
                    .bind(payload)
                    .bind(now)
                    .bind(expires_at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn consume_token(
                &self,
                token_hash: &[u8],
                kind: &str,
                now: time::OffsetDateTime,
            ) -> anyhow::Result<Option<($crate::db::TokenOwner, Option<Vec<u8>>)>> {
                let mut tx = self.begin_write().await?;
                let row: Option<(Option<uuid::Uuid>, Option<uuid::Uuid>, Option<Vec<u8>>)> =
                    sqlx::query_as(sql::CONSUME_TOKEN)
                        .bind(token_hash)
                        .bind(kind)
                        .bind(now)
                        .fetch_optional(&mut *tx)
                        .await?;
                tx.commit().await?;
                Ok(row.and_then(|(customer, staff, payload)| {
                    $crate::db::TokenOwner::from_columns(customer, staff).map(|o| (o, payload))
                }))
            }

            async fn token_usable(
                &self,
                token_hash: &[u8],
                kind: &str,
                now: time::OffsetDateTime,
            ) -> anyhow::Result<bool> {
                let count: i64 = sqlx::query_scalar(sql::TOKEN_USABLE)
                    .bind(token_hash)
                    .bind(kind)
                    .bind(now)
                    .fetch_one(self.reader())
                    .await?;
                Ok(count > 0)
            }

            async fn update_customer_email(
                &self,
                customer: uuid::Uuid,
                email_index: &[u8],
                email_sealed: &[u8],
                now: time::OffsetDateTime,
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::UPDATE_CUSTOMER_EMAIL)
                    .bind(customer)
                    .bind(email_index)
                    .bind(email_sealed)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn insert_staff(&self, staff: &$crate::db::StaffRow) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::INSERT_STAFF)
                    .bind(staff.id)
                    .bind(&staff.email_index)
                    .bind(&staff.email_sealed)
                    .bind(&staff.role)
                    .bind(staff.created_at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn staff_by_email_index(
                &self,
                index: &[u8],
            ) -> anyhow::Result<Option<$crate::db::StaffRow>> {
                Ok(sqlx::query_as(sql::SELECT_STAFF_BY_EMAIL_INDEX)
                    .bind(index)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn staff(&self, id: uuid::Uuid) -> anyhow::Result<Option<$crate::db::StaffRow>> {
                Ok(sqlx::query_as(sql::SELECT_STAFF)
                    .bind(id)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn all_staff(&self) -> anyhow::Result<Vec<$crate::db::StaffRow>> {
                Ok(sqlx::query_as(sql::SELECT_ALL_STAFF)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn set_staff_password(
                &self,
                id: uuid::Uuid,
                hash: &str,
                now: time::OffsetDateTime,
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::SET_STAFF_PASSWORD)
                    .bind(id)
                    .bind(hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(sql::DELETE_STAFF_SESSIONS)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn record_sign_in(&self, a: &$crate::db::SignInAttempt) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::INSERT_SIGN_IN_ATTEMPT)
                    .bind(uuid::Uuid::new_v4())
                    .bind(a.customer_id)
                    .bind(&a.account_key)
                    .bind(&a.address_key)
                    .bind(a.at)
                    .bind(a.success)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn account_failures(
                &self,
                key: &[u8],
                since: time::OffsetDateTime,
            ) -> anyhow::Result<(i64, Option<time::OffsetDateTime>)> {
                Ok(sqlx::query_as(sql::ACCOUNT_FAILURES)
                    .bind(key)
                    .bind(since)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn address_failures(
                &self,
                key: &[u8],
                since: time::OffsetDateTime,
            ) -> anyhow::Result<(i64, Option<time::OffsetDateTime>)> {
                Ok(sqlx::query_as(sql::ADDRESS_FAILURES)
                    .bind(key)
                    .bind(since)
                    .fetch_one(self.reader())
                    .await?)
            }

            // The customer's rights pages: contact history, who saw my data, consent.

            async fn contact_moments_page(
                &self,
                customer: uuid::Uuid,
                filter: &$crate::db::ContactFilter,
                limit: i64,
                offset: i64,
            ) -> anyhow::Result<Vec<$crate::db::ContactMomentRow>> {
                Ok(sqlx::query_as(sql::SELECT_CONTACT_MOMENTS_PAGE)
                    .bind(customer)
                    .bind(filter.channel.as_deref())
                    .bind(filter.since)
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn count_contact_moments(
                &self,
                customer: uuid::Uuid,
                filter: &$crate::db::ContactFilter,
            ) -> anyhow::Result<i64> {
                Ok(sqlx::query_scalar(sql::COUNT_CONTACT_MOMENTS)
                    .bind(customer)
                    .bind(filter.channel.as_deref())
                    .bind(filter.since)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn contact_moment(
                &self,
                customer: uuid::Uuid,
                id: uuid::Uuid,
            ) -> anyhow::Result<Option<$crate::db::ContactMomentRow>> {
                Ok(sqlx::query_as(sql::SELECT_CONTACT_MOMENT)
                    .bind(id)
                    .bind(customer)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn oldest_contacts(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<(String, bool, time::OffsetDateTime)>> {
                Ok(sqlx::query_as(sql::SELECT_OLDEST_CONTACTS)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn audit_for_customer_page(
                &self,
                customer: uuid::Uuid,
                since: Option<time::OffsetDateTime>,
                limit: i64,
                offset: i64,
            ) -> anyhow::Result<Vec<$crate::db::AuditRow>> {
                Ok(sqlx::query_as(sql::SELECT_AUDIT_FOR_CUSTOMER_PAGE)
                    .bind(customer)
                    .bind(since)
                    .bind(limit)
                    .bind(offset)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn count_audit_for_customer(
                &self,
                customer: uuid::Uuid,
                since: Option<time::OffsetDateTime>,
            ) -> anyhow::Result<i64> {
                Ok(sqlx::query_scalar(sql::COUNT_AUDIT_FOR_CUSTOMER)
                    .bind(customer)
                    .bind(since)
                    .fetch_one(self.reader())
                    .await?)
            }

            async fn marketing_objection(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Option<time::OffsetDateTime>> {
                Ok(sqlx::query_scalar(sql::SELECT_MARKETING_OBJECTION)
                    .bind(customer)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn save_consent_choices(
                &self,
                choices: &$crate::db::ConsentChoices,
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                for c in &choices.receipts {
                    sqlx::query(sql::INSERT_CONSENT)
                        .bind(c.id)
                        .bind(c.customer_id)
                        .bind(&c.subject_index)
                        .bind(&c.subject_sealed)
                        .bind(&c.purpose)
                        .bind(c.granted)
                        .bind(c.at)
                        .bind(&c.channel)
                        .bind(&c.text_version)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(sql::UPDATE_DO_NOT_CALL)
                    .bind(choices.customer)
                    .bind(choices.do_not_call)
                    .bind(choices.at)
                    .execute(&mut *tx)
                    .await?;
                let objection = if choices.marketing_objection {
                    sqlx::query(sql::INSERT_MARKETING_OBJECTION)
                        .bind(choices.customer)
                        .bind(choices.at)
                } else {
                    sqlx::query(sql::DELETE_MARKETING_OBJECTION).bind(choices.customer)
                };
                objection.execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn close(&self) {
                self.close_pools().await;
            }

            // Requests (issue 5).

            async fn insert_request(
                &self,
                r: &$crate::db::RequestRow,
                e: &$crate::db::RequestEventRow,
            ) -> anyhow::Result<bool> {
                let mut tx = self.begin_write().await?;
                let inserted = sqlx::query(sql::INSERT_REQUEST)
                    .bind(r.id)
                    .bind(&r.reference)
                    .bind(r.customer_id)
                    .bind(&r.subject_index)
                    .bind(&r.subject_sealed)
                    .bind(&r.kind)
                    .bind(&r.status)
                    .bind(r.received_at)
                    .bind(r.due_on)
                    .bind(r.extended_until)
                    .bind(&r.extension_reason_sealed)
                    .bind(&r.details_sealed)
                    .bind(r.closed_at)
                    .execute(&mut *tx)
                    .await;
                match inserted {
                    Ok(_) => {}
                    // The id is random and new, so a taken key can only be the reference.
                    Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                        return Ok(false);
                    }
                    Err(error) => return Err(error.into()),
                }
                sqlx::query(sql::INSERT_REQUEST_EVENT)
                    .bind(e.id)
                    .bind(e.request_id)
                    .bind(e.at)
                    .bind(&e.status)
                    .bind(&e.note_sealed)
                    .bind(&e.actor_kind)
                    .bind(&e.actor_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn request_by_reference(
                &self,
                reference: &str,
            ) -> anyhow::Result<Option<$crate::db::RequestRow>> {
                Ok(sqlx::query_as(sql::SELECT_REQUEST_BY_REFERENCE)
                    .bind(reference)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn request_events(
                &self,
                request: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::RequestEventRow>> {
                Ok(sqlx::query_as(sql::SELECT_REQUEST_EVENTS)
                    .bind(request)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn withdraw_request(
                &self,
                request: uuid::Uuid,
                e: &$crate::db::RequestEventRow,
            ) -> anyhow::Result<bool> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query(sql::WITHDRAW_REQUEST)
                    .bind(request)
                    .bind(e.at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed != 1 {
                    return Ok(false);
                }
                sqlx::query(sql::INSERT_REQUEST_EVENT)
                    .bind(e.id)
                    .bind(e.request_id)
                    .bind(e.at)
                    .bind(&e.status)
                    .bind(&e.note_sealed)
                    .bind(&e.actor_kind)
                    .bind(&e.actor_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            // Correct my data (issue 5, Art. 16).

            async fn update_customer_profile(
                &self,
                customer: uuid::Uuid,
                fields: &[$crate::db::SealedProfileField],
                now: time::OffsetDateTime,
            ) -> anyhow::Result<bool> {
                use $crate::db::SealedProfileField as F;
                let mut tx = self.begin_write().await?;
                let mut found = true;
                for field in fields {
                    let (statement, value): (&str, Option<&[u8]>) = match field {
                        F::Name(v) => (sql::UPDATE_CUSTOMER_NAME, Some(v.as_slice())),
                        F::Phone(v) => (sql::UPDATE_CUSTOMER_PHONE, v.as_deref()),
                        F::Address(v) => (sql::UPDATE_CUSTOMER_ADDRESS, Some(v.as_slice())),
                        F::Language(v) => (sql::UPDATE_CUSTOMER_LANGUAGE, Some(v.as_slice())),
                    };
                    let done = sqlx::query(statement)
                        .bind(customer)
                        .bind(value)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    found &= done.rows_affected() == 1;
                }
                tx.commit().await?;
                Ok(found)
            }

            // Download and delete my data (issue 5).

            async fn customer_email_index(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Option<Vec<u8>>> {
                Ok(sqlx::query_scalar(sql::SELECT_EMAIL_INDEX)
                    .bind(customer)
                    .fetch_optional(self.reader())
                    .await?)
            }

            async fn contact_moments_after(
                &self,
                customer: uuid::Uuid,
                after: Option<(time::OffsetDateTime, uuid::Uuid)>,
                limit: i64,
            ) -> anyhow::Result<Vec<$crate::db::ContactMomentRow>> {
                let rows = match after {
                    None => {
                        sqlx::query_as(sql::SELECT_CONTACT_MOMENTS_FIRST)
                            .bind(customer)
                            .bind(limit)
                            .fetch_all(self.reader())
                            .await?
                    }
                    Some((at, id)) => {
                        sqlx::query_as(sql::SELECT_CONTACT_MOMENTS_AFTER)
                            .bind(customer)
                            .bind(limit)
                            .bind(at)
                            .bind(id)
                            .fetch_all(self.reader())
                            .await?
                    }
                };
                Ok(rows)
            }

            async fn request_events_of_customer(
                &self,
                customer: uuid::Uuid,
            ) -> anyhow::Result<Vec<$crate::db::RequestEventRow>> {
                Ok(sqlx::query_as(sql::SELECT_REQUEST_EVENTS_OF_CUSTOMER)
                    .bind(customer)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn audit_for_customer_before(
                &self,
                customer: uuid::Uuid,
                before: i64,
                limit: i64,
            ) -> anyhow::Result<Vec<$crate::db::AuditRow>> {
                Ok(sqlx::query_as(sql::SELECT_AUDIT_FOR_CUSTOMER_BEFORE)
                    .bind(customer)
                    .bind(limit)
                    .bind(before)
                    .fetch_all(self.reader())
                    .await?)
            }

            async fn insert_erasure_receipt(
                &self,
                reference: &str,
                erased_at: time::OffsetDateTime,
                kept: &str,
            ) -> anyhow::Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(sql::INSERT_ERASURE_RECEIPT)
                    .bind(reference)
                    .bind(erased_at)
                    .bind(kept)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn erasure_receipt(
                &self,
                reference: &str,
            ) -> anyhow::Result<Option<(time::OffsetDateTime, String)>> {
                Ok(sqlx::query_as(sql::SELECT_ERASURE_RECEIPT)
                    .bind(reference)
                    .fetch_optional(self.reader())
                    .await?)
            }
        }
    };
}
