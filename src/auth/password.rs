//! argon2id password hashing on a small bounded pool, off the async threads. At 19 MiB and
//! ~30 ms a hash, a login flood would otherwise starve every other page; so when all
//! permits are taken the caller is told to come back (503 + Retry-After) at once.
//!
//! The pool is its own few threads, not tokio's blocking pool: there, hashes would land on
//! ever other threads, and the allocator keeps a freed 19 MiB block per thread it ran on
//! (measured: 471 MiB of RSS in the login flood). On a fixed set of threads it keeps at most
//! one per slot.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

/// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// Every hashing slot is busy; answer 503 with `Retry-After` instead of queueing.
    #[error("all password hashing slots are busy")]
    Busy,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Work for a hashing thread.
type Job = Box<dyn FnOnce() + Send>;

/// The hashing pool. Cheap to clone; its threads end when the last clone is dropped.
#[derive(Clone)]
pub struct Passwords {
    slots: Arc<Semaphore>,
    jobs: mpsc::Sender<Job>,
    /// A real hash of a random password: unknown accounts are verified against it, so they
    /// cost the same time as known ones (no enumeration by timing).
    dummy: Arc<String>,
}

fn argon2() -> Argon2<'static> {
    let params =
        Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None).expect("valid argon2 params");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

impl Passwords {
    /// A pool of `slots` threads hashing at once (about the number of CPUs).
    pub fn new(slots: usize) -> Self {
        let slots = slots.max(1);
        let random = uuid::Uuid::new_v4().to_string();
        let dummy = argon2()
            .hash_password(random.as_bytes())
            .expect("hashing a random password")
            .to_string();
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..slots {
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    // The lock is held only while waiting for the next job.
                    while let Ok(job) = queue
                        .lock()
                        .map_err(drop)
                        .and_then(|q| q.recv().map_err(drop))
                    {
                        // A panicking job must not take its thread (and slot) with it.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                })
                .expect("starting a hashing thread");
        }
        Self {
            slots: Arc::new(Semaphore::new(slots)),
            jobs,
            dummy: Arc::new(dummy),
        }
    }

    /// The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`) of a new password.
    pub async fn hash(&self, password: &SecretString) -> Result<String, PasswordError> {
        let password = password.clone();
        self.on_pool(move || {
            argon2()
                .hash_password(password.expose_secret().as_bytes())
                .map(|hash| hash.to_string())
                .map_err(|e| anyhow::anyhow!("argon2: {e}"))
        })
        .await
    }

    /// Whether `password` matches `stored`. With no stored hash (unknown account) it checks
    /// the dummy hash and answers false, taking as long as a real check.
    pub async fn verify(
        &self,
        password: &SecretString,
        stored: Option<&str>,
    ) -> Result<bool, PasswordError> {
        let known = stored.is_some();
        let hash = stored.map_or_else(|| self.dummy.as_ref().clone(), str::to_string);
        let password = password.clone();
        let matches = self
            .on_pool(move || {
                Ok(argon2()
                    .verify_password(password.expose_secret().as_bytes(), hash.as_str())
                    .is_ok())
            })
            .await?;
        Ok(known && matches)
    }

    async fn on_pool<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
    ) -> Result<T, PasswordError> {
        let permit = self
            .slots
            .clone()
            .try_acquire_owned()
            .map_err(|_| PasswordError::Busy)?;
        let (done, result) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                let result = work();
                // The slot is free before the caller hears back, so a caller that hashes
                // again straight away (verify, then hash) is not told the pool is busy.
                drop(permit);
                let _ = done.send(result);
            }))
            .map_err(|_| anyhow::anyhow!("the hashing threads have stopped"))?;
        let result = result
            .await
            .map_err(|_| anyhow::anyhow!("a hashing job was dropped"))??;
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let passwords = Passwords::new(2);
        let secret = SecretString::from("correct horse battery staple");
        let hash = passwords.hash(&secret).await.unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(passwords.verify(&secret, Some(&hash)).await.unwrap());
        assert!(
            !passwords
                .verify(&SecretString::from("wrong"), Some(&hash))
                .await
                .unwrap()
        );
        assert!(
            !passwords.verify(&secret, None).await.unwrap(),
            "unknown accounts never match"
        );
    }

    #[tokio::test]
    async fn nothing_is_truncated() {
        let passwords = Passwords::new(1);
        let long = "a".repeat(200);
        let hash = passwords
            .hash(&SecretString::from(long.clone()))
            .await
            .unwrap();
        let almost = format!("{}b", &long[..199]);
        assert!(
            !passwords
                .verify(&SecretString::from(almost), Some(&hash))
                .await
                .unwrap()
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_pool_answers_busy_at_once() {
        let passwords = Passwords::new(1);
        let busy = passwords.clone();
        let first =
            tokio::spawn(async move { busy.hash(&SecretString::from("one one one one")).await });
        // Wait until the first hash holds the only slot.
        while passwords.slots.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let started = std::time::Instant::now();
        assert!(matches!(
            passwords.hash(&SecretString::from("two two two")).await,
            Err(PasswordError::Busy)
        ));
        assert!(
            started.elapsed() < std::time::Duration::from_millis(5),
            "refused without waiting"
        );
        first.await.unwrap().unwrap();
    }

    #[tokio::test]
    async fn unknown_accounts_cost_a_full_verification() {
        // Same algorithm and parameters as a real hash, so the same work and time; timing
        // itself is measured by the login-flood benchmark, not by a unit test.
        let passwords = Passwords::new(1);
        assert!(
            passwords
                .dummy
                .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
        );
        let real = passwords
            .hash(&SecretString::from("some password"))
            .await
            .unwrap();
        assert_eq!(passwords.dummy.len(), real.len());
    }
}
