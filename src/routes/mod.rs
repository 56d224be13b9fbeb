//! Request handlers, one file per page or area, and the route table.

mod accessibility;
pub mod account;
mod assets;
mod contact;
mod health;
mod home;
mod language;

mod privacy_statement;
mod staff;

use actix_web::{Route, web};

use crate::paths;

use account::correct::{AddressForm, LanguageForm, NameForm, PhoneForm};
// The pages an e-mailed link opens are served by the shared link steps, told which flow.
use account::{button_link, password_link};

/// Registers every route. Pages answer GET and HEAD; anything else gets the 405 page.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page(paths::HOME, home::view_home_get))
        .service(page(
            paths::SIGNED_OUT,
            account::sign_out::view_signed_out_get,
        ))
        .service(page(
            paths::ACCESSIBILITY,
            accessibility::view_accessibility_get,
        ))
        .service(page(
            paths::ACCESSIBILITY_REPORT,
            accessibility::wcag_em_markdown_get,
        ))
        .service(page(
            paths::ACCESSIBILITY_REPORT_JSON,
            accessibility::wcag_em_json_get,
        ))
        .service(page(paths::CONTACT, contact::view_contact_get))
        .service(page(
            paths::PRIVACY,
            privacy_statement::view_privacy_statement_get,
        ))
        .service(form_page(
            paths::SIGN_IN,
            account::sign_in::view_sign_in_get,
            account::sign_in::view_sign_in_post,
        ))
        .service(
            web::resource(paths::SIGN_OUT).route(web::post().to(account::sign_out::sign_out_post)),
        )
        .service(form_page(
            paths::ACTIVATE,
            account::activate::view_activate_get,
            account::activate::view_activate_post,
        ))
        .service(page(
            paths::ACTIVATE_SENT,
            account::activate::view_activate_sent_get,
        ))
        .service(form_page(
            paths::ACTIVATE_TOKEN,
            password_link::open::<account::activate::Activation>,
            password_link::choose::<account::activate::Activation>,
        ))
        .service(page(
            paths::SIGN_IN_LINK_SENT,
            account::sign_in_link::view_sign_in_link_sent_get,
        ))
        .service(form_page(
            paths::SIGN_IN_LINK,
            account::sign_in_link::view_sign_in_link_get,
            account::sign_in_link::view_sign_in_link_post,
        ))
        .service(form_page(
            paths::SIGN_IN_LINK_TOKEN,
            button_link::open::<account::sign_in_link::SignInLink>,
            button_link::press::<account::sign_in_link::SignInLink>,
        ))
        .service(form_page(
            paths::PASSWORD_FORGOTTEN,
            account::password_reset::view_password_forgotten_get,
            account::password_reset::view_password_forgotten_post,
        ))
        .service(page(
            paths::PASSWORD_FORGOTTEN_SENT,
            account::password_reset::view_password_forgotten_sent_get,
        ))
        .service(form_page(
            paths::PASSWORD_RESET_TOKEN,
            password_link::open::<account::password_reset::Reset>,
            password_link::choose::<account::password_reset::Reset>,
        ))
        .service(form_page(
            paths::EMAIL_CONFIRM_TOKEN,
            button_link::open::<account::change_email::EmailChange>,
            button_link::press::<account::change_email::EmailChange>,
        ))
        .service(page(paths::ACCOUNT, account::overview::view_account_get))
        .service(form_page(
            paths::CHANGE_PASSWORD,
            account::change_password::view_change_password_get,
            account::change_password::view_change_password_post,
        ))
        .service(form_page(
            paths::CHANGE_EMAIL,
            account::change_email::view_change_email_get,
            account::change_email::view_change_email_post,
        ))
        .service(page(
            paths::CHANGE_EMAIL_SENT,
            account::change_email::view_change_email_sent_get,
        ))
        .service(page(paths::SESSIONS, account::sessions::view_sessions_get))
        // The customer's rights (issue 5).
        .service(page(paths::MY_DATA, account::my_data::view_my_data_get))
        .service(page(paths::CONTACTS, account::contacts::view_contacts_get))
        .service(page(paths::WHO_SAW, account::who_saw::view_who_saw_get))
        .service(form_page(
            paths::CONSENT,
            account::consent::view_consent_get,
            account::consent::view_consent_post,
        ))
        .service(page(
            paths::CONTACT_MOMENT,
            account::contacts::view_contact_moment_get,
        ))
        // Notices about a data breach (issue 12, Art. 34).
        .service(page(
            paths::ACCOUNT_NOTICE,
            account::notices::view_notice_get,
        ))
        .service(
            web::resource(paths::ACCOUNT_NOTICE_READ)
                .route(web::post().to(account::notices::notice_read_post)),
        )
        // Download and delete my data (issue 5), behind a recent password.
        .service(form_page(
            paths::CONFIRM_IDENTITY,
            account::confirm_identity::view_confirm_identity_get,
            account::confirm_identity::view_confirm_identity_post,
        ))
        .service(page(paths::DOWNLOAD, account::download::view_download_get))
        .service(page(
            paths::DOWNLOAD_JSON,
            account::download::download_file_get,
        ))
        .service(page(
            paths::DOWNLOAD_TABLES,
            account::download::download_file_get,
        ))
        .service(page(
            paths::DOWNLOAD_ZIP,
            account::download::download_file_get,
        ))
        .service(page(
            paths::DELETE_ACCOUNT,
            account::delete_account::view_delete_account_get,
        ))
        .service(form_page(
            paths::DELETE_ACCOUNT_CONFIRM,
            account::delete_account::view_delete_account_confirm_get,
            account::delete_account::delete_account_post,
        ))
        .service(page(
            paths::ACCOUNT_DELETED,
            account::delete_account::view_account_deleted_get,
        ))
        .service(
            web::resource(paths::SIGN_OUT_OTHERS)
                .route(web::post().to(account::sessions::sign_out_others_post)),
        )
        // Requests: `new` before `{reference}`, which would match it too.
        .service(page(paths::REQUESTS, account::requests::view_requests_get))
        .service(form_page(
            paths::REQUEST_NEW,
            account::requests::view_request_new_get,
            account::requests::view_request_new_post,
        ))
        .service(page(paths::REQUEST, account::requests::view_request_get))
        .service(page(
            paths::REQUEST_SENT,
            account::requests::view_request_sent_get,
        ))
        .service(form_page(
            paths::REQUEST_CANCEL,
            account::requests::view_request_cancel_get,
            account::requests::view_request_cancel_post,
        ))
        // Correct my data (issue 5, Art. 16): the overview, then per group a form and its
        // check page.
        .service(page(paths::CORRECT, account::correct::view_correct_get))
        .configure(correction::<NameForm>)
        .configure(correction::<PhoneForm>)
        .configure(correction::<AddressForm>)
        .configure(correction::<LanguageForm>)
        .service(page(paths::STAFF_HOME, staff::home::view_staff_home_get))
        .service(form_page(
            paths::STAFF_SIGN_IN,
            staff::sign_in::view_staff_sign_in_get,
            staff::sign_in::view_staff_sign_in_post,
        ))
        .service(form_page(
            paths::STAFF_ACTIVATE_TOKEN,
            password_link::open::<staff::activate::StaffActivation>,
            password_link::choose::<staff::activate::StaffActivation>,
        ))
        .service(form_page(
            paths::STAFF_TEAM,
            staff::team::view_staff_team_get,
            staff::team::staff_team_post,
        ))
        // The staff side of requests (issue 11). "assign" and "show" come before the
        // patterns they would otherwise match.
        .service(page(
            paths::STAFF_REQUESTS,
            staff::requests::queue::view_staff_requests_get,
        ))
        .service(form_page(
            paths::STAFF_REQUESTS_ASSIGN,
            staff::requests::assign_many::view_staff_assign_many_get,
            staff::requests::assign_many::staff_assign_many_post,
        ))
        .service(page(
            paths::STAFF_REQUEST,
            staff::requests::detail::view_staff_request_get,
        ))
        .service(
            web::resource(paths::STAFF_REQUEST_SHOW)
                .route(web::post().to(staff::requests::detail::staff_request_show_post)),
        )
        .service(form_page(
            paths::STAFF_REQUEST_ACTION,
            staff::requests::action::view_staff_action_get,
            staff::requests::action::staff_action_post,
        ))
        .service(form_page(
            paths::REQUEST_REPLY,
            account::request_reply::view_request_reply_get,
            account::request_reply::view_request_reply_post,
        ))
        // The privacy officer's pages (issue 11).
        .service(page(paths::STAFF_AUDIT, staff::audit::view_staff_audit_get))
        .service(page(
            paths::STAFF_AUDIT_CSV,
            staff::audit::staff_audit_csv_get,
        ))
        .service(
            web::resource(paths::STAFF_AUDIT_VERIFY)
                .route(web::post().to(staff::audit::staff_audit_verify_post)),
        )
        .service(page(
            paths::STAFF_REGISTER,
            staff::register::view_staff_register_get,
        ))
        .service(page(
            paths::STAFF_RETENTION,
            staff::retention::view_staff_retention_get,
        ))
        // The breach register (issue 12). "report" comes before the pattern it would
        // otherwise match.
        .service(form_page(
            paths::STAFF_BREACH_REPORT,
            staff::breaches::report::view_staff_breach_report_get,
            staff::breaches::report::staff_breach_report_post,
        ))
        .service(page(
            paths::STAFF_BREACHES,
            staff::breaches::register::view_staff_breaches_get,
        ))
        .service(page(
            paths::STAFF_BREACH,
            staff::breaches::record::view_staff_breach_get,
        ))
        .service(form_page(
            paths::STAFF_BREACH_EDIT,
            staff::breaches::edit::view_staff_breach_edit_get,
            staff::breaches::edit::staff_breach_edit_post,
        ))
        .service(page(
            paths::STAFF_BREACH_DRAFT,
            staff::breaches::draft::view_staff_breach_draft_get,
        ))
        .service(form_page(
            paths::STAFF_BREACH_NOTIFY,
            staff::breaches::notify::view_staff_breach_notify_get,
            staff::breaches::notify::staff_breach_notify_post,
        ))
        .service(page(
            paths::STAFF_BREACH_NOTICE,
            staff::breaches::notice::view_staff_breach_notice_get,
        ))
        .service(
            web::resource(paths::STAFF_BREACH_NOTICE_SEND)
                .route(web::post().to(staff::breaches::notice::staff_breach_notice_send_post)),
        )
        .service(page(paths::HEALTH, health::health_get))
        .service(page(paths::LANGUAGE, language::language_get))
        .service(page(paths::STATIC, assets::asset_get));
}

/// One group of "Correct my data": its form and its check page.
fn correction<C: account::correct::Correction>(cfg: &mut web::ServiceConfig) {
    use account::correct::{
        view_correct_check_get, view_correct_check_post, view_correct_form_get,
        view_correct_form_post,
    };
    cfg.service(form_page(
        C::GROUP.form,
        view_correct_form_get::<C>,
        view_correct_form_post::<C>,
    ))
    .service(form_page(
        C::GROUP.check,
        view_correct_check_get::<C>,
        view_correct_check_post::<C>,
    ));
}

/// A page with a form: GET and HEAD show it, POST handles it.
fn form_page<G, GArgs, P, PArgs>(path: &str, get: G, post: P) -> actix_web::Resource
where
    G: actix_web::Handler<GArgs>,
    GArgs: actix_web::FromRequest + 'static,
    G::Output: actix_web::Responder + 'static,
    P: actix_web::Handler<PArgs>,
    PArgs: actix_web::FromRequest + 'static,
    P::Output: actix_web::Responder + 'static,
{
    page(path, get).route(web::post().to(post))
}

fn page<F, Args>(path: &str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    web::resource(path)
        .route(
            Route::new()
                .method(actix_web::http::Method::GET)
                .to(handler.clone()),
        )
        .route(
            Route::new()
                .method(actix_web::http::Method::HEAD)
                .to(handler),
        )
}
