//! The languages the portal speaks.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpRequest, dev::Payload};
use unic_langid::LanguageIdentifier;

/// A language the portal is fully translated into. Dutch is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Every supported language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code used in `lang`, `hreflang`, the cookie and the locales folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a code as sent by a browser (`nl`, `nl-BE`, `EN-gb`...).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The identifier Fluent knows this language by.
    pub fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("language codes are valid identifiers")
    }
}

/// Handlers take `Lang` as an argument; it is negotiated from the request.
impl FromRequest for Lang {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(super::negotiate(req.headers())))
    }
}
