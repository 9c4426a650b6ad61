//! Auth: what each auth type Postman saves adds to a request.
//!
//! Most types only need the request as it will be sent: [`sign`] applies
//! them right after the body is encoded, so a signature covers the exact
//! bytes, URL and headers. Two need the network: `digest` (a 401 challenge
//! first) and `oauth2` without a saved token (a token request first);
//! [`sign`] leaves those as a [`Deferred`] the client finishes before
//! sending (`Client::authorize`, `Client::exchange`).
//!
//! Every field may hold `{{variables}}`: [`Params`] holds them resolved.

mod awsv4;
pub(super) mod digest;
mod hawk;
mod jwt;
pub(crate) mod keys;
pub(super) mod ntlm;
mod oauth1;
pub(crate) mod signing;
mod simple;
pub(super) mod token;

use std::collections::BTreeMap;

use super::PreparedRequest;
use crate::load::{Auth, Resolve};

pub use token::TokenCache;

/// The auth types Postman saves, as a closed set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthKind {
    /// `noauth`: nothing, and nothing inherited.
    NoAuth,
    /// A key in a header or the query.
    ApiKey,
    /// `Authorization: Bearer …`.
    Bearer,
    /// `Authorization: Basic …`.
    Basic,
    /// A saved or fetched OAuth 2.0 token.
    OAuth2,
    /// OAuth 1.0a signatures (RFC 5849).
    OAuth1,
    /// HTTP digest (RFC 7616), after the server's challenge.
    Digest,
    /// AWS Signature Version 4.
    AwsV4,
    /// Hawk (hapi).
    Hawk,
    /// A JSON Web Token signed here.
    Jwt,
    /// Atlassian's service-to-service JWT.
    Asap,
    /// Akamai EdgeGrid.
    EdgeGrid,
    /// NTLM: needs a handshake on one connection.
    Ntlm,
}

impl AuthKind {
    /// The kind a collection names, `None` for a name Postman does not save.
    pub fn from_name(name: &str) -> Option<AuthKind> {
        Some(match name {
            "noauth" => AuthKind::NoAuth,
            "apikey" => AuthKind::ApiKey,
            "bearer" => AuthKind::Bearer,
            "basic" => AuthKind::Basic,
            "oauth2" => AuthKind::OAuth2,
            "oauth1" => AuthKind::OAuth1,
            "digest" => AuthKind::Digest,
            "awsv4" => AuthKind::AwsV4,
            "hawk" => AuthKind::Hawk,
            "jwt" => AuthKind::Jwt,
            "asap" => AuthKind::Asap,
            "edgegrid" => AuthKind::EdgeGrid,
            "ntlm" => AuthKind::Ntlm,
            _ => return None,
        })
    }
}

/// An auth's parameters with every `{{variable}}` resolved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params(BTreeMap<String, String>);

impl Params {
    /// Resolves every parameter of `auth`.
    pub fn resolve(auth: &Auth, vars: &mut dyn Resolve) -> Params {
        Params(
            auth.params
                .iter()
                .map(|p| (p.key.clone(), vars.resolve(&p.value)))
                .collect(),
        )
    }

    /// A parameter's value; empty when missing.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }

    /// A parameter's value, `None` when missing or empty.
    pub fn non_empty(&self, name: &str) -> Option<&str> {
        Some(self.get(name)).filter(|v| !v.is_empty())
    }

    /// A switch: `true` as saved (boolean or text).
    pub fn flag(&self, name: &str) -> bool {
        self.get(name) == "true"
    }

    pub(crate) fn set(&mut self, name: &str, value: String) {
        self.0.insert(name.to_string(), value);
    }
}

/// Auth that needs the network before or while the request is sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Deferred {
    /// Which auth it is: state (a digest nonce, a fetched token) is kept
    /// per auth, as Newman keeps it on the item that owns the auth.
    pub owner: usize,
    /// What is left to do.
    pub step: DeferredStep,
}

/// What a [`Deferred`] auth still has to do.
#[derive(Debug, Clone, PartialEq)]
pub enum DeferredStep {
    /// Sign with the server's digest challenge, asking for one first.
    Digest(Params),
    /// Fetch an OAuth 2.0 token, then send it as a saved one would be.
    FetchToken(Params),
    /// Answer an NTLM challenge: negotiate, then authenticate.
    Ntlm(Params),
}

/// Applies `auth` to `prepared`. `owner` identifies the auth for state kept
/// across requests (see [`Deferred`]). Values the auth sends are added to
/// `prepared.credentials`, so reports mask them.
pub fn sign(
    prepared: &mut PreparedRequest,
    auth: &Auth,
    owner: usize,
    vars: &mut dyn Resolve,
    warnings: &mut Vec<String>,
) {
    let Some(kind) = AuthKind::from_name(&auth.kind) else {
        warnings.push(format!(
            "auth type `{}` is not one Postman saves; the request is sent without auth",
            auth.kind
        ));
        return;
    };
    let params = Params::resolve(auth, vars);
    note_secret_params(prepared, kind, &params);
    let result = match kind {
        AuthKind::NoAuth => Ok(()),
        AuthKind::ApiKey => {
            simple::apikey(prepared, &params);
            Ok(())
        }
        AuthKind::Bearer => {
            simple::bearer(prepared, &params);
            Ok(())
        }
        AuthKind::Basic => {
            simple::basic(prepared, &params);
            Ok(())
        }
        AuthKind::OAuth2 => {
            token::sign_or_defer(prepared, params, owner, warnings);
            Ok(())
        }
        AuthKind::Digest => {
            prepared.deferred = Some(Deferred {
                owner,
                step: DeferredStep::Digest(params),
            });
            Ok(())
        }
        AuthKind::OAuth1 => oauth1::sign(prepared, &params),
        AuthKind::AwsV4 => awsv4::sign(prepared, &params, signing::now()),
        AuthKind::Hawk => hawk::sign(prepared, &params),
        AuthKind::Jwt => jwt::sign_jwt(prepared, &params),
        AuthKind::Asap => jwt::sign_asap(prepared, &params),
        AuthKind::EdgeGrid => signing::edgegrid(prepared, &params),
        AuthKind::Ntlm => {
            prepared.deferred = Some(Deferred {
                owner,
                step: DeferredStep::Ntlm(params),
            });
            Ok(())
        }
    };
    if let Err(message) = result {
        warnings.push(format!("{} auth: {message}", auth.kind));
    }
}

/// Parameters that hold credentials, per type: reports mask their values.
fn note_secret_params(prepared: &mut PreparedRequest, kind: AuthKind, params: &Params) {
    let names: &[&str] = match kind {
        AuthKind::NoAuth | AuthKind::Ntlm | AuthKind::Digest | AuthKind::Basic => &["password"],
        AuthKind::ApiKey => &["value"],
        AuthKind::Bearer => &["token"],
        AuthKind::OAuth2 => &["accessToken", "clientSecret", "password", "refreshToken"],
        AuthKind::OAuth1 => &["consumerSecret", "tokenSecret", "privateKey"],
        AuthKind::AwsV4 => &["secretKey", "sessionToken"],
        AuthKind::Hawk => &["authKey"],
        AuthKind::Jwt | AuthKind::Asap => &["secret", "privateKey"],
        AuthKind::EdgeGrid => &["clientSecret", "accessToken"],
    };
    for name in names {
        if let Some(value) = params.non_empty(name) {
            prepared.note_credential(value.to_string());
        }
    }
}
