//! Every URL of the portal, in one place, used by the router, the views and the tests.

pub const HOME: &str = "/";
pub const ACCESSIBILITY: &str = "/accessibility";
/// The WCAG-EM report of the suite's last run, for people (Markdown as plain text) and for
/// the W3C WCAG-EM Report Tool (JSON-LD).
pub const ACCESSIBILITY_REPORT: &str = "/accessibility/wcag-em.md";
pub const ACCESSIBILITY_REPORT_JSON: &str = "/accessibility/wcag-em.json";
pub const CONTACT: &str = "/contact";
pub const PRIVACY: &str = "/privacy";
pub const SIGN_IN: &str = "/sign-in";
pub const SIGN_OUT: &str = "/sign-out";
/// Where a sign-out lands: "You are signed out", and the ways back in.
pub const SIGNED_OUT: &str = "/signed-out";
pub const ACTIVATE: &str = "/activate";
pub const ACTIVATE_SENT: &str = "/activate/sent";
/// The link in the activation e-mail: `/activate/{token}`.
pub const ACTIVATE_TOKEN: &str = "/activate/{token}";
/// Sign-in by e-mailed link: ask for it, the "check your e-mail" page, and the link.
pub const SIGN_IN_LINK: &str = "/sign-in/link";
pub const SIGN_IN_LINK_SENT: &str = "/sign-in/link/sent";
pub const SIGN_IN_LINK_TOKEN: &str = "/sign-in/link/{token}";
/// Forgotten password: ask for a link, "check your e-mail", and the link's form.
pub const PASSWORD_FORGOTTEN: &str = "/password/forgotten";
pub const PASSWORD_FORGOTTEN_SENT: &str = "/password/forgotten/sent";
pub const PASSWORD_RESET_TOKEN: &str = "/password/reset/{token}";
/// The link sent to a new e-mail address; it works on any device, signed in or not.
pub const EMAIL_CONFIRM_TOKEN: &str = "/email/confirm/{token}";
pub const ACCOUNT: &str = "/account";
pub const SESSIONS: &str = "/account/sessions";
pub const SIGN_OUT_OTHERS: &str = "/account/sessions/sign-out-others";
pub const CHANGE_PASSWORD: &str = "/account/password";
pub const CHANGE_EMAIL: &str = "/account/email";
pub const CHANGE_EMAIL_SENT: &str = "/account/email/sent";
/// The customer's rights, self-served (issue 5). Each area has its own block.
/// My data (Art. 15): everything held, with the register's details.
pub const MY_DATA: &str = "/account/data";
/// Correct my data (Art. 16): one form per field group, a check step, then saved.
pub const CORRECT: &str = "/account/correct";
/// The forms; each posts to itself and sends a valid answer on to its check page.
pub const CORRECT_NAME: &str = "/account/correct/name";
pub const CORRECT_PHONE: &str = "/account/correct/phone";
pub const CORRECT_ADDRESS: &str = "/account/correct/address";
pub const CORRECT_LANGUAGE: &str = "/account/correct/language";
/// "Check your answers": GET shows the new values, POST saves them.
pub const CORRECT_NAME_CHECK: &str = "/account/correct/name/check";
pub const CORRECT_PHONE_CHECK: &str = "/account/correct/phone/check";
pub const CORRECT_ADDRESS_CHECK: &str = "/account/correct/address/check";
pub const CORRECT_LANGUAGE_CHECK: &str = "/account/correct/language/check";
/// Download my data (Art. 20): the page, and the three files.
pub const DOWNLOAD: &str = "/account/download";
pub const DOWNLOAD_JSON: &str = "/account/download/my-data.json";
pub const DOWNLOAD_TABLES: &str = "/account/download/my-data-tables.zip";
pub const DOWNLOAD_ZIP: &str = "/account/download/my-data.zip";
/// Confirm it is you (re-authentication) before downloading or deleting: `?next=`.
pub const CONFIRM_IDENTITY: &str = "/account/confirm-identity";
/// Delete my account and data (Art. 17): what goes and what stays, then confirm.
pub const DELETE_ACCOUNT: &str = "/account/delete";
pub const DELETE_ACCOUNT_CONFIRM: &str = "/account/delete/confirm";
/// Shown after erasure, signed out: `/deleted/{reference}`.
pub const ACCOUNT_DELETED: &str = "/deleted/{reference}";
/// Consent and objection (Art. 7, 21).
pub const CONSENT: &str = "/account/consent";
/// Contact history, and one contact moment: `/account/contacts/{id}`.
pub const CONTACTS: &str = "/account/contacts";
pub const CONTACT_MOMENT: &str = "/account/contacts/{id}";
/// Who saw my data: the audit trail about the customer.
pub const WHO_SAW: &str = "/account/who-saw-my-data";
/// Requests: the list, a new one (`?kind=`), its confirmation, one request, cancelling it.
pub const REQUESTS: &str = "/account/requests";
pub const REQUEST_NEW: &str = "/account/requests/new";
pub const REQUEST: &str = "/account/requests/{reference}";
pub const REQUEST_SENT: &str = "/account/requests/{reference}/sent";
pub const REQUEST_CANCEL: &str = "/account/requests/{reference}/cancel";
/// A notice about a data breach (Art. 34), and "I have read it" (POST).
pub const ACCOUNT_NOTICE: &str = "/account/notices/{id}";
pub const ACCOUNT_NOTICE_READ: &str = "/account/notices/{id}/read";

/// The page of the customer's notice `id`.
pub fn account_notice(id: &str) -> String {
    ACCOUNT_NOTICE.replace("{id}", id)
}

/// Answering a question staff asked about the request.
pub const REQUEST_REPLY: &str = "/account/requests/{reference}/reply";

/// One of the request pages above (`REQUEST`, `REQUEST_SENT`, `REQUEST_CANCEL`) for the
/// request with this reference.
pub fn request_path(pattern: &str, reference: &str) -> String {
    pattern.replace("{reference}", reference)
}

/// The new-request form with `kind` chosen already (a link from another page, such as
/// "ask us to correct your date of birth").
pub fn new_request_of_kind(kind: &str) -> String {
    format!("{REQUEST_NEW}?kind={kind}")
}

/// The staff entrance and area. `/staff` itself is the dashboard.
pub const STAFF_HOME: &str = "/staff";
pub const STAFF_SIGN_IN: &str = "/staff/sign-in";
pub const STAFF_ACTIVATE_TOKEN: &str = "/staff/activate/{token}";
pub const STAFF_TEAM: &str = "/staff/team";
/// The request queue, and "assign these to me" (a confirmation page, then POST).
pub const STAFF_REQUESTS: &str = "/staff/requests";
pub const STAFF_REQUESTS_ASSIGN: &str = "/staff/requests/assign";
/// One request, and its actions: each a page with a form (and a check step), then POST.
pub const STAFF_REQUEST: &str = "/staff/requests/{reference}";
pub const STAFF_REQUEST_ACTION: &str = "/staff/requests/{reference}/{action}";
/// Opens one part of the customer's data for the request (POST only, on record).
pub const STAFF_REQUEST_SHOW: &str = "/staff/requests/{reference}/show";
/// The privacy officer's pages.
pub const STAFF_AUDIT: &str = "/staff/audit";
pub const STAFF_AUDIT_CSV: &str = "/staff/audit.csv";
/// "Verify now": recomputes the audit chain (POST), then back to the audit page.
pub const STAFF_AUDIT_VERIFY: &str = "/staff/audit/verify";
pub const STAFF_REGISTER: &str = "/staff/register";
pub const STAFF_RETENTION: &str = "/staff/retention";
/// The breach register (issue 12): any staff member reports a suspected breach; the
/// privacy officer keeps the register, each breach's record and its AP notification draft.
pub const STAFF_BREACH_REPORT: &str = "/staff/breaches/report";
pub const STAFF_BREACHES: &str = "/staff/breaches";
pub const STAFF_BREACH: &str = "/staff/breaches/{reference}";
pub const STAFF_BREACH_EDIT: &str = "/staff/breaches/{reference}/edit";
pub const STAFF_BREACH_DRAFT: &str = "/staff/breaches/{reference}/draft";

/// Telling customers about a breach (Art. 34): the notice's form (`?notice=` changes a
/// draft), then one notice: its preview while a draft, its progress once sent.
pub const STAFF_BREACH_NOTIFY: &str = "/staff/breaches/{reference}/notify";
pub const STAFF_BREACH_NOTICE: &str = "/staff/breaches/{reference}/notices/{id}";
pub const STAFF_BREACH_NOTICE_SEND: &str = "/staff/breaches/{reference}/notices/{id}/send";

/// Notice `id` of breach `reference`, or one of its pages (`send`).
pub fn staff_breach_notice(reference: &str, id: &str) -> String {
    STAFF_BREACH_NOTICE
        .replace("{reference}", reference)
        .replace("{id}", id)
}

/// The page of breach `reference`.
pub fn staff_breach(reference: &str) -> String {
    STAFF_BREACH.replace("{reference}", reference)
}

/// A page of breach `reference`: `edit` or `draft`.
pub fn staff_breach_page(reference: &str, page: &str) -> String {
    format!("{}/{page}", staff_breach(reference))
}

/// The staff page of the request `reference`.
pub fn staff_request(reference: &str) -> String {
    STAFF_REQUEST.replace("{reference}", reference)
}

/// The page of `action` (a `staff::workflow::ActionKind` code) on request `reference`.
pub fn staff_request_action(reference: &str, action: &str) -> String {
    format!("{}/{action}", staff_request(reference))
}
pub const HEALTH: &str = "/health";
/// `GET /language/{code}?next=/path` remembers the choice and goes back to `next`.
pub const LANGUAGE: &str = "/language/{code}";
pub const STATIC: &str = "/static/{file}";

/// The language switch link for `code`, returning to `next` afterwards.
pub fn language(code: &str, next: &str) -> String {
    let mut url = url::Url::parse("http://portal.invalid/language/").expect("static base");
    url.path_segments_mut()
        .expect("http URLs have segments")
        .pop_if_empty()
        .push(code);
    url.query_pairs_mut().append_pair("next", next);
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

/// Pages a visitor can open; the tests walk this list for headers and markup.
pub const PUBLIC_PAGES: [&str; 4] = [HOME, ACCESSIBILITY, CONTACT, PRIVACY];

/// `pattern` with its `{token}` filled in: the link in an e-mail.
pub fn with_token(pattern: &str, token: &str) -> String {
    pattern.replace("{token}", token)
}

/// The link in an activation e-mail.
pub fn activate_token(token: &str) -> String {
    with_token(ACTIVATE_TOKEN, token)
}

/// Every route that accepts POST; the tests check that each refuses a missing token.
pub const POST_ROUTES: [&str; 38] = [
    SIGN_IN,
    SIGN_OUT,
    ACTIVATE,
    "/activate/some-token",
    SIGN_IN_LINK,
    "/sign-in/link/some-token",
    PASSWORD_FORGOTTEN,
    "/password/reset/some-token",
    "/email/confirm/some-token",
    SIGN_OUT_OTHERS,
    CHANGE_PASSWORD,
    CHANGE_EMAIL,
    STAFF_SIGN_IN,
    "/staff/activate/some-token",
    STAFF_TEAM,
    CONSENT,
    REQUEST_NEW,
    "/account/requests/AVG-2026-SAMPLE/cancel",
    "/account/requests/AVG-2026-SAMPLE/reply",
    CORRECT_NAME,
    CORRECT_PHONE,
    CORRECT_ADDRESS,
    CORRECT_LANGUAGE,
    CORRECT_NAME_CHECK,
    CORRECT_PHONE_CHECK,
    CORRECT_ADDRESS_CHECK,
    CORRECT_LANGUAGE_CHECK,
    // Download and delete my data (issue 5).
    CONFIRM_IDENTITY,
    DELETE_ACCOUNT_CONFIRM,
    // The privacy officer's pages (issue 11).
    STAFF_AUDIT_VERIFY,
    STAFF_REQUESTS_ASSIGN,
    "/staff/requests/AVG-2026-SAMPLE/show",
    "/staff/requests/AVG-2026-SAMPLE/complete",
    // The breach register (issue 12).
    STAFF_BREACH_REPORT,
    "/staff/breaches/DL-2026-SAMPLE/edit",
    "/staff/breaches/DL-2026-SAMPLE/notify",
    "/staff/breaches/DL-2026-SAMPLE/notices/some-id/send",
    // Notices about a data breach (issue 12, Art. 34).
    "/account/notices/some-id/read",
];

/// Under `/account`: for signed-in customers only.
pub fn is_customer_area(path: &str) -> bool {
    path == ACCOUNT || path.starts_with("/account/")
}

/// Under `/staff`, except the doors themselves: for signed-in staff only.
pub fn is_staff_area(path: &str) -> bool {
    (path == STAFF_HOME || path.starts_with("/staff/"))
        && path != STAFF_SIGN_IN
        && !path.starts_with("/staff/activate/")
}

/// The sign-in page, returning to `next` afterwards; `expired` says the session ran out.
pub fn sign_in_then(next: &str, expired: bool) -> String {
    let mut url = url::Url::parse("http://portal.invalid/sign-in").expect("static base");
    url.query_pairs_mut().append_pair("next", next);
    if expired {
        url.query_pairs_mut().append_pair("expired", "1");
    }
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

/// A `next` target is only followed when it is a path on this site (no open redirect).
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path
        }
        _ => HOME,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_links_encode_the_return_path() {
        assert_eq!(
            language("en", "/contact?x=1&y=2"),
            "/language/en?next=%2Fcontact%3Fx%3D1%26y%3D2"
        );
    }

    #[test]
    fn next_never_leaves_the_site() {
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "",
            "/\nx",
        ] {
            assert_eq!(safe_next(Some(bad)), HOME, "{bad:?}");
        }
        assert_eq!(safe_next(Some("/contact")), "/contact");
        assert_eq!(safe_next(None), HOME);
    }
}
