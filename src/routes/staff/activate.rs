//! `GET/POST /staff/activate/{token}`: a new staff member chooses a password with the
//! one-time link that `inzage create-staff` printed or an administrator had sent.

use actix_web::HttpResponse;
use actix_web::http::header;

use crate::auth::sessions;
use crate::auth::tokens::{Redeemed, TokenKind};
use crate::paths;
use crate::routes::account::link_flow::{Answer, LinkFlow, Visit};
use crate::routes::account::password_link::PasswordLink;
use crate::staff::{Role, guard::ROLE};

/// The staff activation link: the first password, then signed in with the member's role.
pub struct StaffActivation;

impl PasswordLink for StaffActivation {
    // Issued by `staff::create` and handed over by whoever created the member: there is
    // no page to ask for a new one, so a dead link points to the contact page.
    const FLOW: LinkFlow = LinkFlow {
        kind: TokenKind::StaffActivation,
        path: paths::STAFF_ACTIVATE_TOKEN,
        again: paths::CONTACT,
    };
    const TITLE: &'static str = "staff-activate-title";

    async fn act(visit: &Visit, redeemed: Redeemed, hash: String) -> Answer {
        let state = &visit.state;
        let member = match redeemed.staff() {
            Some(id) => crate::staff::find(state.store.as_ref(), id).await?,
            None => None,
        };
        let Some(member) = member else {
            return Ok(Self::FLOW.invalid(&visit.ctx));
        };
        let now = visit.now();
        state
            .store
            .set_staff_password(member.id, &hash, now)
            .await?;
        sessions::sign_in_staff(&visit.session, member.id, visit.user_agent(), now)?;
        let role = Role::from_code(&member.role).unwrap_or(Role::Agent);
        visit
            .session
            .insert(ROLE, role)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, paths::STAFF_HOME))
            .finish())
    }
}
