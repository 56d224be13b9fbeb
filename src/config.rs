//! Settings: built-in defaults, then an optional TOML file, then `INZAGE_*` environment
//! variables (nested keys joined with `__`, e.g. `INZAGE_HTTP__PORT=9000`).

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

/// Everything the portal can be told at start-up.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Where the embedded database and the generated master key file live.
    pub data_dir: PathBuf,
    /// The key-encryption key, 32 bytes in base64 (`INZAGE_MASTER_KEY`). Takes precedence
    /// over the key file.
    pub master_key: Option<SecretString>,
    /// A file holding the master key. Default `<data_dir>/master.key`, created on first
    /// start of the embedded SQLite default only.
    pub master_key_file: Option<PathBuf>,
    /// The accessibility suite's JSON report, shown in the accessibility statement.
    pub accessibility_report: PathBuf,
    pub http: HttpSettings,
    pub database: DatabaseSettings,
    pub organisation: Organisation,
    pub log: LogSettings,
    pub retention: RetentionSettings,
    pub sessions: SessionSettings,
    pub email: EmailSettings,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionSettings {
    /// Minutes without a request after which a session ends.
    pub idle_minutes: u32,
    /// Hours after signing in after which a session ends, however active.
    pub absolute_hours: u32,
    /// The first wait after too many failed sign-ins; each further failure doubles it.
    pub throttle_base_seconds: u32,
    /// How long a sign-in (or a confirmation of the password) counts as recent enough to
    /// download or delete the customer's data without typing the password again.
    pub reauthenticate_minutes: u32,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            idle_minutes: 30,
            absolute_hours: 12,
            throttle_base_seconds: 30,
            reauthenticate_minutes: 15,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EmailSettings {
    /// The sender of the portal's messages.
    pub from: String,
    /// Where messages go while no SMTP server is configured. Default `<data_dir>/outbox`.
    pub outbox_dir: Option<PathBuf>,
    /// The SMTP server, e.g. `smtps://user:password@mail.example.org` or
    /// `smtp://mail.example.org:587?tls=required`. Unset: the file outbox.
    pub smtp_url: Option<secrecy::SecretString>,
}

impl Default for EmailSettings {
    fn default() -> Self {
        Self {
            from: "Mijn privacy <noreply@example.nl>".into(),
            outbox_dir: None,
            smtp_url: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionSettings {
    /// Hours between the server's retention runs (a fraction such as 0.5 is allowed); 0
    /// turns the schedule off (then run `inzage purge` from cron instead).
    pub interval_hours: f64,
    /// Days a backup is kept before it is deleted. The privacy statement tells customers
    /// that after an erasure a copy can stay in a backup this long.
    pub backup_days: u32,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        Self {
            interval_hours: 24.0,
            backup_days: 35,
        }
    }
}

impl RetentionSettings {
    /// The time between the server's retention runs; `None` when the schedule is off.
    pub fn interval(&self) -> Option<std::time::Duration> {
        (self.interval_hours > 0.0)
            .then(|| std::time::Duration::from_secs_f64(self.interval_hours * 3600.0))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpSettings {
    pub host: IpAddr,
    /// 0 asks the operating system for a free port (the tests do this).
    pub port: u16,
    /// The address customers type; decides whether cookies are `Secure` and HSTS is sent.
    pub public_url: Option<Url>,
    /// Largest request body accepted; larger ones get a 413 page.
    pub max_body_bytes: usize,
    /// Proxies whose `X-Forwarded-For` is believed (for throttling by client address).
    pub trusted_proxies: Vec<IpAddr>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `sqlite:` or `postgres://`; secret because it may carry a password.
    /// Empty means the embedded SQLite file `<data_dir>/inzage.db`.
    pub url: Option<SecretString>,
    /// Upper bound for the PostgreSQL pool and the SQLite reader pool.
    pub max_connections: Option<u32>,
}

/// The organisation that runs the portal. Pages read these; none hard-codes them.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub website: Url,
    pub customer_service_phone: String,
    pub customer_service_email: String,
    /// Chat or other text channel for customers who cannot use the phone.
    pub customer_service_chat_url: Option<Url>,
    /// Number for text messages (SMS / WhatsApp), for deaf and hard-of-hearing customers.
    pub customer_service_text_number: Option<String>,
    pub postal_address: String,
    /// When customer service answers the phone, the chat and text messages, in `time_zone`.
    pub customer_service_hours: Vec<OpeningHours>,
    /// What a call to `customer_service_phone` costs on top of the caller's usual rate, in
    /// cents per minute: unset for the usual rate only (an 088 or 010 number), 0 for a free
    /// number (0800).
    pub customer_service_call_cents_per_minute: Option<u32>,
    /// Working days within which an e-mail is answered (also a report through the
    /// accessibility statement).
    pub customer_service_email_reply_days: u32,
    /// Working days within which a letter is answered.
    pub customer_service_letter_reply_days: u32,
    pub privacy_officer: PrivacyOfficer,
    pub supervisory_authority_name: String,
    pub supervisory_authority_url: Url,
    /// Where a customer may go when our answer to an accessibility problem does not help
    /// (the accessibility statement): the Nationale ombudsman for a government body, else
    /// the complaints body (geschillencommissie) the organisation is a member of.
    pub accessibility_complaints_name: String,
    pub accessibility_complaints_url: Url,
    /// Where the organisation is: every page, e-mail and export shows times in this zone
    /// of the tz database (an IANA name such as `Europe/Amsterdam`).
    #[serde(deserialize_with = "time_zone")]
    pub time_zone: jiff::tz::TimeZone,
}

/// One line of opening hours: `days = "monday-friday"`, `opens = "08:00"`,
/// `closes = "20:00"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// One day (`saturday`) or a range of days (`monday-friday`), in English.
    #[serde(deserialize_with = "days")]
    pub days: (time::Weekday, time::Weekday),
    #[serde(deserialize_with = "clock_time")]
    pub opens: time::Time,
    #[serde(deserialize_with = "clock_time")]
    pub closes: time::Time,
}

impl OpeningHours {
    fn new(days: (time::Weekday, time::Weekday), opens: u8, closes: u8) -> Self {
        let hour = |h| time::Time::from_hms(h, 0, 0).expect("a valid hour");
        Self {
            days,
            opens: hour(opens),
            closes: hour(closes),
        }
    }
}

fn weekday(name: &str) -> Option<time::Weekday> {
    use time::Weekday::*;
    [
        Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
    ]
    .into_iter()
    .find(|day| day.to_string().eq_ignore_ascii_case(name.trim()))
}

fn days<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<(time::Weekday, time::Weekday), D::Error> {
    let text = String::deserialize(deserializer)?;
    let (first, last) = text
        .split_once('-')
        .unwrap_or((text.as_str(), text.as_str()));
    match (weekday(first), weekday(last)) {
        (Some(first), Some(last)) => Ok((first, last)),
        _ => Err(serde::de::Error::custom(format!(
            "`{text}` is not a day or a range of days such as monday-friday"
        ))),
    }
}

fn clock_time<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<time::Time, D::Error> {
    let text = String::deserialize(deserializer)?;
    let parsed = text.split_once(':').and_then(|(h, m)| {
        time::Time::from_hms(h.trim().parse().ok()?, m.trim().parse().ok()?, 0).ok()
    });
    parsed.ok_or_else(|| {
        serde::de::Error::custom(format!("`{text}` is not a time of day such as 08:30"))
    })
}

/// `organisation.time_zone` when none is configured.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Amsterdam";

/// A zone of the bundled tz database, by its IANA name; an unknown name stops start-up.
fn time_zone<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<jiff::tz::TimeZone, D::Error> {
    let name = String::deserialize(deserializer)?;
    jiff::tz::TimeZone::get(&name).map_err(|_| {
        serde::de::Error::custom(format!(
            "`{name}` is not a time zone of the tz database (an IANA name such as \
             Europe/Amsterdam)"
        ))
    })
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PrivacyOfficer {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub postal_address: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogSettings {
    /// `pretty` for people, `json` for log collectors.
    pub format: LogFormat,
    /// A `tracing` filter such as `info` or `inzage=debug,info`.
    pub filter: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("data"),
            master_key: None,
            master_key_file: None,
            accessibility_report: PathBuf::from("a11y/reports/report.json"),
            http: HttpSettings::default(),
            database: DatabaseSettings::default(),
            organisation: Organisation::default(),
            log: LogSettings::default(),
            retention: RetentionSettings::default(),
            sessions: SessionSettings::default(),
            email: EmailSettings::default(),
        }
    }
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 8080,
            public_url: None,
            max_body_bytes: 64 * 1024,
            trusted_proxies: Vec::new(),
        }
    }
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            format: LogFormat::Pretty,
            filter: "info".into(),
        }
    }
}

// The defaults describe a fictitious organisation so that a fresh checkout shows complete
// pages; a real deployment replaces every one of them in its configuration file.
impl Default for Organisation {
    fn default() -> Self {
        Self {
            name: "Voorbeeld Energie B.V.".into(),
            website: Url::parse("https://www.example.nl/").expect("valid default URL"),
            customer_service_phone: "088 123 45 67".into(),
            customer_service_email: "klantenservice@example.nl".into(),
            customer_service_chat_url: Some(
                Url::parse("https://www.example.nl/chat").expect("valid default URL"),
            ),
            customer_service_text_number: Some("06 12 34 56 78".into()),
            postal_address: "Postbus 1234, 3500 AB Utrecht".into(),
            customer_service_hours: vec![
                OpeningHours::new((time::Weekday::Monday, time::Weekday::Friday), 8, 20),
                OpeningHours::new((time::Weekday::Saturday, time::Weekday::Saturday), 9, 17),
            ],
            customer_service_call_cents_per_minute: None,
            customer_service_email_reply_days: 2,
            customer_service_letter_reply_days: 5,
            privacy_officer: PrivacyOfficer::default(),
            supervisory_authority_name: "Autoriteit Persoonsgegevens".into(),
            supervisory_authority_url: Url::parse("https://autoriteitpersoonsgegevens.nl/")
                .expect("valid default URL"),
            accessibility_complaints_name: "Nationale ombudsman".into(),
            accessibility_complaints_url: Url::parse("https://www.nationaleombudsman.nl/")
                .expect("valid default URL"),
            time_zone: jiff::tz::TimeZone::get(DEFAULT_TIME_ZONE)
                .expect("the bundled tz database holds the default zone"),
        }
    }
}

impl Default for PrivacyOfficer {
    fn default() -> Self {
        Self {
            name: "Functionaris gegevensbescherming".into(),
            email: "privacy@example.nl".into(),
            phone: "088 123 45 00".into(),
            postal_address: "Postbus 1234, 3500 AB Utrecht".into(),
        }
    }
}

/// A configuration problem, worded as one line that names the key.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

impl Settings {
    /// Reads defaults, then `file` (required if given, else `inzage.toml` when present),
    /// then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut builder = config::Config::builder();
        match file {
            Some(path) => builder = builder.add_source(config::File::from(path).required(true)),
            None => {
                builder = builder.add_source(config::File::with_name("inzage.toml").required(false))
            }
        }
        let settings: Settings = builder
            .add_source(
                config::Environment::with_prefix("INZAGE")
                    .prefix_separator("_")
                    .separator("__")
                    .try_parsing(true),
            )
            .build()
            .and_then(|c| c.try_deserialize())
            .map_err(|e| ConfigError(e.to_string()))?;
        settings.validate()?;
        Ok(settings)
    }

    /// Checks that values which deserialized fine also make sense together.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("`{key}` {why}")));
        if self.http.max_body_bytes < 1024 {
            return bad("http.max_body_bytes", "must be at least 1024");
        }
        if let Some(url) = &self.http.public_url {
            if !matches!(url.scheme(), "http" | "https") {
                return bad("http.public_url", "must start with http:// or https://");
            }
        }
        if let Some(url) = &self.database.url {
            let url = url.expose_secret();
            if !(url.starts_with("sqlite:")
                || url.starts_with("postgres://")
                || url.starts_with("postgresql://"))
            {
                return bad(
                    "database.url",
                    "must start with sqlite:, postgres:// or postgresql://",
                );
            }
        }
        if self.sessions.idle_minutes == 0
            || self.sessions.absolute_hours == 0
            || self.sessions.reauthenticate_minutes == 0
        {
            return bad("sessions", "limits must be at least 1");
        }
        let interval = self.retention.interval_hours;
        if !interval.is_finite() || !(0.0..=24.0 * 366.0).contains(&interval) {
            return bad(
                "retention.interval_hours",
                "must be between 0 (off) and 8784 (a year)",
            );
        }
        if self.retention.backup_days == 0 {
            return bad("retention.backup_days", "must be at least 1");
        }
        if self.database.max_connections == Some(0) {
            return bad("database.max_connections", "must be at least 1");
        }
        let org = &self.organisation;
        for (key, value) in [
            ("organisation.name", &org.name),
            (
                "organisation.customer_service_phone",
                &org.customer_service_phone,
            ),
            ("organisation.postal_address", &org.postal_address),
            (
                "organisation.privacy_officer.name",
                &org.privacy_officer.name,
            ),
            (
                "organisation.privacy_officer.phone",
                &org.privacy_officer.phone,
            ),
            (
                "organisation.supervisory_authority_name",
                &org.supervisory_authority_name,
            ),
            (
                "organisation.accessibility_complaints_name",
                &org.accessibility_complaints_name,
            ),
        ] {
            if value.trim().is_empty() {
                return bad(key, "must not be empty");
            }
        }
        for (key, days) in [
            (
                "organisation.customer_service_email_reply_days",
                org.customer_service_email_reply_days,
            ),
            (
                "organisation.customer_service_letter_reply_days",
                org.customer_service_letter_reply_days,
            ),
        ] {
            if !(1..=60).contains(&days) {
                return bad(key, "must be between 1 and 60 working days");
            }
        }
        if org
            .customer_service_hours
            .iter()
            .any(|hours| hours.opens >= hours.closes)
        {
            return bad(
                "organisation.customer_service_hours",
                "must open before it closes",
            );
        }
        for (key, value) in [
            (
                "organisation.customer_service_email",
                &org.customer_service_email,
            ),
            (
                "organisation.privacy_officer.email",
                &org.privacy_officer.email,
            ),
        ] {
            if !looks_like_email(value) {
                return bad(key, "must be an e-mail address such as privacy@example.nl");
            }
        }
        Ok(())
    }

    /// The database URL in force: the configured one, or the embedded SQLite file.
    pub fn database_url(&self) -> SecretString {
        match &self.database.url {
            Some(url) => url.clone(),
            None => SecretString::from(format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("inzage.db").display()
            )),
        }
    }

    /// The file outbox for e-mail.
    pub fn outbox_dir(&self) -> PathBuf {
        self.email
            .outbox_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("outbox"))
    }

    /// True when the portal is reached over TLS, so HSTS is sent. (Cookies are `Secure`
    /// always: their `__Host-` names require it.)
    pub fn served_over_tls(&self) -> bool {
        self.http
            .public_url
            .as_ref()
            .is_some_and(|url| url.scheme() == "https")
    }
}

fn looks_like_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None) if !local.is_empty() && domain.contains('.')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_listen_on_loopback_8080_with_sqlite_under_data() {
        let settings = Settings::default();
        settings.validate().unwrap();
        assert_eq!(settings.http.host.to_string(), "127.0.0.1");
        assert_eq!(settings.http.port, 8080);
        assert!(
            settings
                .database_url()
                .expose_secret()
                .starts_with("sqlite://data/")
        );
    }

    #[test]
    fn secrets_never_print() {
        let mut settings = Settings::default();
        settings.database.url = Some(SecretString::from("postgres://u:hunter2@db/x"));
        settings.master_key = Some(SecretString::from("c2VjcmV0LWtleS1tYXRlcmlhbA=="));
        let printed = format!("{settings:?}");
        assert!(!printed.contains("hunter2"));
        assert!(!printed.contains("c2VjcmV0LWtleS1tYXRlcmlhbA=="));
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let mut settings = Settings::default();
        settings.organisation.privacy_officer.email = "not-an-address".into();
        let error = settings.validate().unwrap_err().to_string();
        assert!(
            error.contains("organisation.privacy_officer.email"),
            "{error}"
        );
        assert_eq!(error.lines().count(), 1);
    }

    #[test]
    fn the_time_zone_is_amsterdam_unless_configured_and_an_unknown_one_names_its_key() {
        let zone = |settings: &Settings| {
            settings
                .organisation
                .time_zone
                .iana_name()
                .map(String::from)
        };
        assert_eq!(
            zone(&Settings::default()).as_deref(),
            Some("Europe/Amsterdam")
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("inzage.toml");
        std::fs::write(&file, "[organisation]\ntime_zone = \"Europe/Lisbon\"\n").unwrap();
        let settings = Settings::load(Some(&file)).unwrap();
        assert_eq!(zone(&settings).as_deref(), Some("Europe/Lisbon"));

        std::fs::write(&file, "[organisation]\ntime_zone = \"Europe/Atlantis\"\n").unwrap();
        let error = Settings::load(Some(&file)).unwrap_err().to_string();
        assert!(error.contains("organisation.time_zone"), "{error}");
        assert!(error.contains("Europe/Atlantis"), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
    }

    #[test]
    fn opening_hours_are_read_from_the_file_and_a_bad_one_names_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("inzage.toml");
        let hours = |days: &str, opens: &str, closes: &str| {
            format!(
                "[[organisation.customer_service_hours]]\ndays = \"{days}\"\nopens = \"{opens}\"\ncloses = \"{closes}\"\n"
            )
        };
        std::fs::write(&file, hours("Tuesday-thursday", "08:30", "17:00")).unwrap();
        let settings = Settings::load(Some(&file)).unwrap();
        let [only] = settings.organisation.customer_service_hours.as_slice() else {
            panic!("one line of opening hours");
        };
        assert_eq!(only.days, (time::Weekday::Tuesday, time::Weekday::Thursday));
        assert_eq!(only.opens, time::Time::from_hms(8, 30, 0).unwrap());
        assert_eq!(
            Settings::default()
                .organisation
                .customer_service_hours
                .len(),
            2,
            "the demo's weekdays and Saturday"
        );

        for (days, opens, closes, named) in [
            ("funday", "08:00", "17:00", "funday"),
            ("monday", "8 uur", "17:00", "8 uur"),
            ("monday", "25:00", "17:00", "25:00"),
            ("monday", "17:00", "08:00", "must open before it closes"),
        ] {
            std::fs::write(&file, hours(days, opens, closes)).unwrap();
            let error = Settings::load(Some(&file)).unwrap_err().to_string();
            assert!(
                error.contains("organisation.customer_service_hours"),
                "{error}"
            );
            assert!(error.contains(named), "{error}");
            assert_eq!(error.lines().count(), 1, "{error}");
        }
    }
}
