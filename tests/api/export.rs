//! Download my data (Art. 20) and the password confirmation before it, over HTTP, on both
//! databases: every category is in the JSON and matches what the vault holds, the ZIP opens
//! with one CSV per section and a README, the CSV says what the JSON says, formulas are
//! neutralized, an old sign-in must confirm the password first, one audit record per file.

use std::collections::BTreeMap;
use std::io::Read;

use inzage::domain::{Access, Actor};
use inzage::export::bundle::cell_text;
use inzage::export::records::SECTIONS;
use inzage::paths;
use inzage::privacy::register::Register;
use inzage::seed::{DEMO_CUSTOMERS, DEMO_PASSWORD};
use serde_json::Value;
use uuid::Uuid;

use crate::accounts::{csrf_of, fresh_client, sign_in_with};
use crate::helpers::TestApp;

pub const PLANTED: &str = "=HYPERLINK(\"https://evil.example\",\"klik\")";

/// Seeds the demo customers and returns Sanne's id.
pub async fn demo_customer(app: &TestApp) -> Uuid {
    let passwords = inzage::auth::password::Passwords::new(1);
    inzage::seed::seed_demo(&app.vault, &passwords, app.clock.now())
        .await
        .unwrap();
    app.vault
        .find_by_email(DEMO_CUSTOMERS[0].email)
        .await
        .unwrap()
        .unwrap()
}

/// A cookie-keeping client signed in with `password`.
pub async fn signed_in(app: &TestApp, email: &str, password: &str) -> reqwest::Client {
    let client = fresh_client("test");
    let response = sign_in_with(app, &client, email, password).await;
    assert_eq!(response.status(), 303, "signed in");
    client
}

/// A contact moment whose subject is a spreadsheet formula.
async fn plant_formula(app: &TestApp, customer: Uuid) {
    let sealer = app.vault.sealer(customer).await.unwrap().unwrap();
    let id = Uuid::new_v4();
    let field = |part| inzage::vault::CustomerSealer::contact_field(id, part);
    let now = app.clock.now();
    app.store
        .insert_bundle(&inzage::db::CustomerBundle {
            contact_moments: vec![inzage::db::ContactMomentRow {
                id,
                customer_id: customer,
                channel: "email".into(),
                occurred_at: now - time::Duration::days(1),
                subject_sealed: sealer.seal(&field("subject"), PLANTED),
                summary_sealed: sealer.seal(
                    &field("summary"),
                    "-1 punt, \"aanhalingstekens\"\nen een nieuwe regel",
                ),
                transcript_sealed: None,
                agent: "KS-0001".into(),
                by_bot: false,
                recorded: false,
                recording_notice: None,
                recording_consent: None,
                created_at: now,
            }],
            ..Default::default()
        })
        .await
        .unwrap();
}

/// The entries of a ZIP, read from its central directory (CRC checked).
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let end = bytes.len() - 22;
    assert_eq!(u32_at(end), 0x0605_4b50, "end of central directory");
    let (count, mut at) = (u16_at(end + 10), u32_at(end + 16));
    let mut files = BTreeMap::new();
    for _ in 0..count {
        assert_eq!(u32_at(at), 0x0201_4b50, "central directory header");
        let (method, crc) = (u16_at(at + 10), u32_at(at + 16));
        let (compressed, size) = (u32_at(at + 20), u32_at(at + 24));
        let (name_len, extra, comment) = (u16_at(at + 28), u16_at(at + 30), u16_at(at + 32));
        let offset = u32_at(at + 42);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
        at += 46 + name_len + extra + comment;
        assert_eq!(u32_at(offset), 0x0403_4b50, "local header of {name}");
        let data = offset + 30 + u16_at(offset + 26) + u16_at(offset + 28);
        assert_eq!(method, 8, "deflated");
        let mut text = String::new();
        flate2::read::DeflateDecoder::new(&bytes[data..data + compressed])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text.len(), size, "size of {name}");
        assert_eq!(
            crc32fast::hash(text.as_bytes()) as usize,
            crc,
            "CRC of {name}"
        );
        files.insert(name, text);
    }
    files
}

/// RFC 4180: rows of cells, quotes doubled inside quoted cells, CRLF between rows.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_table(text, ',')
}

/// RFC 4180 with `delimiter` between cells.
pub fn parse_table(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, c) if c == delimiter => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        cell.is_empty() && row.is_empty(),
        "every row ends with CRLF"
    );
    rows
}

/// What a spreadsheet-safe cell for `value` must look like.
fn guarded(value: &Value) -> String {
    let text = cell_text(value);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

async fn download(client: &reqwest::Client, app: &TestApp, path: &str) -> reqwest::Response {
    client.get(app.url(path)).send().await.unwrap()
}

fn audit_count(trail: &[inzage::db::AuditRow], action: &str) -> usize {
    trail.iter().filter(|a| a.entry.action == action).count()
}

crate::on_both_backends! {
    async fn the_json_holds_every_category_and_what_the_vault_holds(app: TestApp) {
        let id = demo_customer(&app).await;
        plant_formula(&app, id).await;
        let client = signed_in(&app, DEMO_CUSTOMERS[0].email, DEMO_PASSWORD).await;
        let before = app.store.audit_for_customer(id, 1000).await.unwrap();

        let response = download(&client, &app, paths::DOWNLOAD_JSON).await;
        assert_eq!(response.status(), 200);
        let date = inzage::i18n::local(&app.settings.organisation.time_zone, app.clock.now()).date();
        let name = format!("inzage-my-data-{date}.json");
        assert_eq!(response.headers()["content-disposition"], format!("attachment; filename=\"{name}\"").as_str());
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
        let json: Value = response.json().await.unwrap();

        let after = app.store.audit_for_customer(id, 1000).await.unwrap();
        assert_eq!(audit_count(&after, "customer.export.json"), 1, "one audit record per download");
        assert_eq!(after.len(), before.len() + 1, "and nothing else on record");

        assert_eq!(json["schema_version"], 1);
        let register = Register::embedded().unwrap();
        let ids: Vec<_> = json["register"].as_array().unwrap().iter().map(|c| c["category"].as_str().unwrap().to_string()).collect();
        let expected: Vec<_> = register.categories().iter().map(|c| c.id.to_string()).collect();
        assert_eq!(ids, expected, "every register category, in register order");
        for category in json["register"].as_array().unwrap() {
            for key in ["purposes", "legal_basis", "source", "recipients", "retention", "on_erasure"] {
                assert!(!category[key].is_null(), "{key} of {}", category["category"]);
            }
            for section in category["data_sections"].as_array().unwrap() {
                assert!(!json["data"][section.as_str().unwrap()].is_null() || section == "profile", "{section}");
            }
        }
        for section in SECTIONS.iter().skip(1) {
            assert!(json["data"].get(section.name).is_some(), "section {}", section.name);
        }

        let data = &json["data"];
        let me = Access::by(Actor::system("test"));
        let profile = app.vault.read_profile(id, &me).await.unwrap().unwrap();
        assert_eq!(data["profile"]["name"], profile.name.as_str());
        assert_eq!(data["profile"]["email"], profile.email.as_str());
        assert_eq!(data["profile"]["customer_number"], profile.customer_number.as_str());
        assert_eq!(data["profile"]["has_password"], true);
        let moments = app.vault.read_contact_moments(id, &me).await.unwrap().unwrap();
        let subjects: Vec<_> = data["contact_moments"].as_array().unwrap().iter().map(|m| m["subject"].as_str().unwrap().to_string()).collect();
        assert_eq!(subjects.len(), moments.len());
        let mut held: Vec<_> = moments.iter().map(|m| m.subject.clone()).collect();
        let mut exported = subjects.clone();
        held.sort();
        exported.sort();
        assert_eq!(exported, held, "every contact moment, once");
        assert!(subjects.contains(&PLANTED.to_string()), "JSON keeps the text as it is");
        let numbers: Vec<_> = app.store.invoices(id).await.unwrap().into_iter().map(|i| Value::from(i.number)).collect();
        assert!(!numbers.is_empty());
        let exported: Vec<_> = data["invoices"].as_array().unwrap().iter().map(|i| i["number"].clone()).collect();
        assert_eq!(exported, numbers);
        assert!(data["invoices"][0]["billing_name_and_address"].as_str().unwrap().contains(&profile.name));
        assert_eq!(data["payments"].as_array().unwrap().len(), app.store.payments(id).await.unwrap().len());
        assert_eq!(data["consents"].as_array().unwrap().len(), app.store.consents(id).await.unwrap().len());
        let references: Vec<_> = app.store.requests(id).await.unwrap().into_iter().map(|r| Value::from(r.reference)).collect();
        assert!(!references.is_empty());
        assert_eq!(data["requests"].as_array().unwrap().iter().map(|r| r["reference"].clone()).collect::<Vec<_>>(), references);
        assert!(data["request_events"].as_array().unwrap().iter().all(|e| references.contains(&e["request_reference"])));
        assert!(!data["request_events"].as_array().unwrap().is_empty());
        assert!(!data["sessions"].as_array().unwrap().is_empty(), "this session");
        assert!(data["sign_in_attempts"][0]["succeeded"].as_bool().unwrap());
        assert!(data["audit_trail"].as_array().unwrap().iter().any(|a| a["action"] == "customer.export.json"));
        // The demo's notice about a data breach (Art. 34), in Sanne's language.
        let notices = data["breach_notices"].as_array().unwrap();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0]["what_happened"].as_str().unwrap().contains("verkeerde klanten"), "{notices:?}");
        assert!(notices[0]["read_at"].is_null());
    }

    async fn the_zip_opens_and_its_csv_says_what_the_json_says(app: TestApp) {
        let id = demo_customer(&app).await;
        plant_formula(&app, id).await;
        let client = signed_in(&app, DEMO_CUSTOMERS[0].email, DEMO_PASSWORD).await;
        let response = download(&client, &app, paths::DOWNLOAD_ZIP).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/zip");
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert!(response.headers()["content-disposition"].to_str().unwrap().ends_with(".zip\""));
        let files = unzip(&response.bytes().await.unwrap());
        let trail = app.store.audit_for_customer(id, 1000).await.unwrap();
        assert_eq!(audit_count(&trail, "customer.export.zip"), 1);

        assert!(files["README.txt"].contains("register.csv"), "{}", files["README.txt"]);
        let mut expected: Vec<_> = SECTIONS.iter().map(|s| s.csv_file()).collect();
        expected.push("README.txt".into());
        expected.sort();
        assert_eq!(files.keys().cloned().collect::<Vec<_>>(), expected);

        let json: Value = download(&client, &app, paths::DOWNLOAD_JSON).await.json().await.unwrap();
        for section in SECTIONS {
            let rows = parse_csv(&files[&section.csv_file()]);
            assert_eq!(rows[0], section.columns.iter().map(|c| c.to_string()).collect::<Vec<_>>(), "header of {}", section.name);
            let records: Vec<Value> = match section.name {
                "register" => json["register"].as_array().unwrap().clone(),
                "profile" => vec![json["data"]["profile"].clone()],
                name => json["data"][name].as_array().unwrap().clone(),
            };
            // The audit trail grew by the JSON download itself; compare what both hold.
            let records = if section.name == "audit_trail" { records[1..].to_vec() } else { records };
            assert_eq!(rows.len() - 1, records.len(), "rows of {}", section.name);
            for (row, record) in rows[1..].iter().zip(&records) {
                for (cell, column) in row.iter().zip(section.columns) {
                    // This session was active again between the two downloads.
                    if *column != "last_active_at" {
                        assert_eq!(cell, &guarded(&record[*column]), "{}.{column}", section.name);
                    }
                }
                assert_eq!(row.len(), section.columns.len());
            }
        }
        let contacts = &files["contact_moments.csv"];
        assert!(contacts.contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"klik\"\")\""), "the formula is neutralized");
        assert!(!contacts.contains(",=HYPERLINK") && !contacts.contains("\"=HYPERLINK"));
    }

    async fn the_tables_for_excel_open_in_a_dutch_spreadsheet(app: TestApp) {
        let id = demo_customer(&app).await;
        plant_formula(&app, id).await;
        let client = signed_in(&app, DEMO_CUSTOMERS[0].email, DEMO_PASSWORD).await;
        let response = client.get(app.url(paths::DOWNLOAD_TABLES)).header("Accept-Language", "nl").send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/zip");
        assert_eq!(response.headers()["cache-control"], "no-store");
        assert!(response.headers()["content-disposition"].to_str().unwrap().ends_with("-tables.zip\""));
        let files = unzip(&response.bytes().await.unwrap());
        let trail = app.store.audit_for_customer(id, 1000).await.unwrap();
        assert_eq!(audit_count(&trail, "customer.export.tables"), 1, "one audit record");
        let json: Value = download(&client, &app, paths::DOWNLOAD_JSON).await.json().await.unwrap();
        let zone = &app.settings.organisation.time_zone;

        let readme = &files["README.txt"];
        assert!(readme.contains("contactmomenten.csv: ") && readme.contains("Europe/Amsterdam"), "{readme}");
        assert_eq!(files.len(), SECTIONS.len() + 1, "{:?}", files.keys());
        for (name, text) in &files {
            if name != "README.txt" {
                assert!(text.starts_with('\u{feff}'), "{name} starts with the UTF-8 byte order mark");
            }
        }
        let table = |name: &str| parse_table(files[name].trim_start_matches('\u{feff}'), ';');

        // Dutch headers, one per column, separated by semicolons.
        let contacts = table("contactmomenten.csv");
        assert_eq!(contacts[0][..4], ["Nummer", "Hoe", "Wanneer", "Onderwerp"]);
        assert_eq!(contacts[0].len(), inzage::export::records::CONTACT_MOMENTS.columns.len());
        assert!(files["contactmomenten.csv"].contains("\"'=HYPERLINK("), "the formula is neutralized");
        // Local time: the first contact moment's time where the organisation is.
        let first = &json["data"]["contact_moments"][0];
        let at = time::OffsetDateTime::parse(first["occurred_at"].as_str().unwrap(), &time::format_description::well_known::Rfc3339).unwrap();
        let local = inzage::i18n::local(zone, at);
        assert_ne!(local.offset(), time::UtcOffset::UTC, "Amsterdam is never at UTC");
        let expected = format!("{} {:02}:{:02}:{:02}", local.date(), local.hour(), local.minute(), local.second());
        assert_eq!(contacts[1][0], first["id"].as_str().unwrap());
        assert_eq!(contacts[1][2], expected, "local time, not UTC");
        let recorded = contacts[0].iter().position(|h| h == "Opgenomen").unwrap();
        assert!(contacts[1..].iter().all(|row| row[recorded] == "ja" || row[recorded] == "nee"));

        // Euros with a decimal comma.
        let invoices = table("facturen.csv");
        assert_eq!(invoices[0][2], "Bedrag in euro");
        let cents = json["data"]["invoices"][0]["amount_cents"].as_i64().unwrap();
        assert_eq!(invoices[1][2], format!("{},{:02}", cents / 100, cents % 100));
        assert!(invoices[1..].iter().all(|row| row[2].contains(',') && !row[2].contains('.')));
        assert_eq!(invoices.len() - 1, json["data"]["invoices"].as_array().unwrap().len());

        // In English: English headers and file names, the same Dutch-spreadsheet conventions.
        let en = client.get(app.url(paths::DOWNLOAD_TABLES)).header("Accept-Language", "en").send().await.unwrap();
        let files = unzip(&en.bytes().await.unwrap());
        let invoices = parse_table(files["invoices.csv"].trim_start_matches('\u{feff}'), ';');
        assert_eq!(invoices[0][2], "Amount in euros");
        assert!(files.contains_key("contact-moments.csv"), "{:?}", files.keys());
    }

    async fn an_old_sign_in_confirms_the_password_first(app: TestApp) {
        let id = demo_customer(&app).await;
        let client = signed_in(&app, DEMO_CUSTOMERS[0].email, DEMO_PASSWORD).await;
        assert_eq!(download(&client, &app, paths::DOWNLOAD).await.status(), 200, "a fresh sign-in counts");
        app.clock.advance(time::Duration::minutes(16));
        for path in [paths::DOWNLOAD, paths::DOWNLOAD_JSON, paths::DOWNLOAD_TABLES, paths::DOWNLOAD_ZIP] {
            let response = download(&client, &app, path).await;
            assert_eq!(response.status(), 303, "{path}");
            let expected = format!("{}?next={}", paths::CONFIRM_IDENTITY, path.replace('/', "%2F"));
            assert_eq!(response.headers()["location"], expected.as_str());
        }
        let trail = app.store.audit_for_customer(id, 1000).await.unwrap();
        assert_eq!(audit_count(&trail, "customer.export.json"), 0, "nothing was read");

        let confirm = format!("{}?next=%2Faccount%2Fdownload%2Fmy-data.json", paths::CONFIRM_IDENTITY);
        let html = client.get(app.url(&confirm)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Confirm it is you"), "{html}");
        let token = csrf_of(&html);
        let wrong = client.post(app.url(paths::CONFIRM_IDENTITY)).header("Accept-Language", "en")
            .form(&[("csrf", token.as_str()), ("current_password", "not my password"), ("next", paths::DOWNLOAD_JSON)])
            .send().await.unwrap();
        assert_eq!(wrong.status(), 400);
        let html = wrong.text().await.unwrap();
        assert!(html.contains("<title>Error: "));
        assert!(html.contains(r##"<a href="#current_password">"##), "the summary links to the field");
        assert!(html.contains(r#"aria-invalid="true""#));
        assert_eq!(download(&client, &app, paths::DOWNLOAD_JSON).await.status(), 303, "still not confirmed");

        let right = client.post(app.url(paths::CONFIRM_IDENTITY))
            .form(&[("csrf", token.as_str()), ("current_password", DEMO_PASSWORD), ("next", paths::DOWNLOAD_JSON)])
            .send().await.unwrap();
        assert_eq!(right.status(), 303);
        assert_eq!(right.headers()["location"], paths::DOWNLOAD_JSON);
        assert_eq!(download(&client, &app, paths::DOWNLOAD_JSON).await.status(), 200);

        // `next` never leaves the customer area.
        let away = client.post(app.url(paths::CONFIRM_IDENTITY))
            .form(&[("csrf", token.as_str()), ("current_password", DEMO_PASSWORD), ("next", "//evil.example")])
            .send().await.unwrap();
        assert_eq!(away.headers()["location"], paths::ACCOUNT);
    }

    async fn the_download_page_explains_both_formats_in_both_languages(app: TestApp) {
        demo_customer(&app).await;
        let client = signed_in(&app, DEMO_CUSTOMERS[0].email, DEMO_PASSWORD).await;
        let nl = client.get(app.url(paths::DOWNLOAD)).header("Accept-Language", "nl").send().await.unwrap();
        assert_eq!(nl.headers()["cache-control"], "no-store");
        let nl = nl.text().await.unwrap();
        assert!(nl.contains("Mijn gegevens downloaden") && nl.contains(paths::DOWNLOAD_JSON) && nl.contains(paths::DOWNLOAD_ZIP));
        assert!(nl.contains(paths::DOWNLOAD_TABLES) && nl.contains("Tabellen voor Excel"));
        let en = client.get(app.url(paths::DOWNLOAD)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(en.contains("Download my data") && en.contains("CSV in a ZIP file"));
        assert_eq!(app.get(paths::DOWNLOAD_JSON).await.status(), 303, "signed out: to the sign-in page");
    }
}

/// The day and local time of the first entry, from its DOS date and time fields.
fn first_entry_modified(bytes: &[u8]) -> (time::Date, u8) {
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]);
    let (dos_time, dos_date) = (u16_at(10), u16_at(12));
    let date = time::Date::from_calendar_date(
        1980 + i32::from(dos_date >> 9),
        time::Month::try_from(((dos_date >> 5) & 0x0f) as u8).unwrap(),
        (dos_date & 0x1f) as u8,
    )
    .unwrap();
    (date, (dos_time >> 11) as u8)
}

/// Kiritimati is 14 hours ahead of UTC, Pago Pago 11 behind: their days always differ, so
/// the file names and the ZIP's entry times show which zone the portal used.
#[tokio::test]
async fn the_download_is_dated_in_the_configured_time_zone() {
    let mut names = Vec::new();
    for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
        let app = crate::helpers::spawn_app_with(inzage::db::Backend::Sqlite, |s| {
            s.organisation.time_zone = jiff::tz::TimeZone::get(zone).unwrap();
        })
        .await
        .unwrap();
        demo_customer(&app).await;
        let client = signed_in(&app, DEMO_CUSTOMERS[0].email, DEMO_PASSWORD).await;
        let local = inzage::i18n::local(&app.settings.organisation.time_zone, app.clock.now());
        let response = download(&client, &app, paths::DOWNLOAD_ZIP).await;
        let name = response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .to_string();
        assert_eq!(
            name,
            format!(
                "attachment; filename=\"inzage-my-data-{}.zip\"",
                local.date()
            ),
            "{zone}"
        );
        let bytes = response.bytes().await.unwrap();
        let (date, hour) = first_entry_modified(&bytes);
        assert_eq!(
            date,
            local.date(),
            "{zone}: the entries carry the local day"
        );
        assert!(
            hour == local.hour() || hour == (local.hour() + 1) % 24,
            "{zone}: and hour"
        );
        names.push(name);
    }
    assert_ne!(names[0], names[1]);
}
