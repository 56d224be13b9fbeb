//! The guard every staff route uses: who is signed in, in which role. The area itself is
//! closed to everyone else by `http::signed_in_areas`; `May<P>` also refuses (403) a staff
//! member whose role lacks permission `P` (see `permissions`).

use std::future::{Ready, ready};

use actix_session::SessionExt;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, dev::Payload};
use uuid::Uuid;

use std::marker::PhantomData;

use super::Role;
use super::permissions::Permission;
use crate::paths;

/// The session state key of a signed-in staff member's role.
pub const ROLE: &str = "staff_role";

/// A signed-in staff member.
#[derive(Debug, Clone)]
pub struct StaffSignedIn {
    pub id: Uuid,
    pub role: Role,
}

/// A signed-in staff member whose role has permission `P`.
#[derive(Debug, Clone)]
pub struct May<P> {
    pub staff: StaffSignedIn,
    permission: PhantomData<P>,
}

#[derive(Debug, thiserror::Error)]
pub enum StaffRefusal {
    #[error("not signed in as staff")]
    NotSignedIn,
    #[error("this role may not do this")]
    Forbidden,
}

impl ResponseError for StaffRefusal {
    fn status_code(&self) -> StatusCode {
        match self {
            StaffRefusal::NotSignedIn => StatusCode::SEE_OTHER,
            StaffRefusal::Forbidden => StatusCode::FORBIDDEN,
        }
    }

    /// Bare for 403: the error pages render it in the visitor's language.
    fn error_response(&self) -> HttpResponse {
        match self {
            StaffRefusal::NotSignedIn => HttpResponse::SeeOther()
                .insert_header((header::LOCATION, paths::STAFF_SIGN_IN))
                .finish(),
            StaffRefusal::Forbidden => HttpResponse::new(StatusCode::FORBIDDEN),
        }
    }
}

impl StaffSignedIn {
    /// Who is acting, for the audit record: this staff member in their role, with the
    /// reason (for work on a request, its reference) and the HTTP request's id.
    pub fn access(
        &self,
        request_id: &tracing_actix_web::RequestId,
        reason: Option<String>,
    ) -> crate::domain::Access {
        crate::domain::Access {
            actor: crate::domain::Actor::staff(self.id, self.role.code()),
            reason,
            request_id: Some(request_id.to_string()),
        }
    }

    pub fn of(req: &HttpRequest) -> Result<StaffSignedIn, StaffRefusal> {
        let (id, _) = crate::auth::sessions::staff_of(req).ok_or(StaffRefusal::NotSignedIn)?;
        let role = req
            .get_session()
            .get::<Role>(ROLE)
            .ok()
            .flatten()
            .ok_or(StaffRefusal::NotSignedIn)?;
        Ok(StaffSignedIn { id, role })
    }
}

impl FromRequest for StaffSignedIn {
    type Error = StaffRefusal;
    type Future = Ready<Result<Self, StaffRefusal>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(StaffSignedIn::of(req))
    }
}

impl<P: Permission> May<P> {
    pub fn of(req: &HttpRequest) -> Result<May<P>, StaffRefusal> {
        let staff = StaffSignedIn::of(req)?;
        if staff.role.may::<P>() {
            Ok(May {
                staff,
                permission: PhantomData,
            })
        } else {
            Err(StaffRefusal::Forbidden)
        }
    }
}

impl<P: Permission> FromRequest for May<P> {
    type Error = StaffRefusal;
    type Future = Ready<Result<Self, StaffRefusal>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(May::of(req))
    }
}
