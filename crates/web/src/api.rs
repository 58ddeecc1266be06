//! The JSON API under `/api/v1`. Bearer tokens only (no cookies, so no CSRF); errors are
//! `application/problem+json` with a stable `code`. The OpenAPI document is generated from these
//! route definitions.

use crate::AppState;
use app::people::Invite;
use app::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::permission::{Action, Actor, Resource};
use domain::{EmploymentType, Role};
use serde::{Deserialize, Serialize};
use store::{AuditQuery, User};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "SafeSocial API", description = "Run a school's social media policy as software. Authenticate with a personal API token: `Authorization: Bearer ss_…`."),
    modifiers(&BearerAuth),
    components(schemas(Problem))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
        }
    }
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(me))
        .routes(routes!(organisations))
        .routes(routes!(people, invite))
        .routes(routes!(audit))
        .fallback(|| async { problem(StatusCode::NOT_FOUND, "not-found", "There is no API route here.") })
}

/// An RFC 9457 problem document.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    kind: String,
    title: String,
    status: u16,
    detail: String,
    /// Stable, machine-readable reason.
    code: String,
}

pub fn problem(status: StatusCode, code: &str, detail: &str) -> Response {
    let body = Problem {
        kind: format!("https://safesocial.invalid/problems/{code}"),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        detail: detail.to_owned(),
        code: code.to_owned(),
    };
    let mut resp = (status, Json(body)).into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/problem+json"));
    resp
}

pub struct ApiError(AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = crate::pages::status_of(&self.0);
        let detail = match &self.0 {
            AppError::Store(_) | AppError::Internal(_) => {
                tracing::error!("api request failed: {}", self.0);
                "Something went wrong; nothing was changed.".to_owned()
            }
            e => e.to_string(),
        };
        problem(status, self.0.code(), &detail)
    }
}

type ApiResult<T> = Result<T, ApiError>;

/// The caller behind a personal API token.
pub struct Caller {
    user: User,
    actor: Actor,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(ApiError(AppError::Unauthenticated))?;
        let (user, actor) = s.app.api_actor(bearer).await?;
        Ok(Caller { user, actor })
    }
}

fn json_body<T: for<'de> Deserialize<'de>>(headers: &HeaderMap, body: &Bytes) -> ApiResult<T> {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !ct.starts_with("application/json") {
        return Err(AppError::Invalid("Send the body as application/json.".into()).into());
    }
    serde_json::from_slice(body)
        .map_err(|e| AppError::Invalid(format!("The JSON body is not valid: {e}")).into())
}

#[derive(Serialize, ToSchema)]
pub struct MembershipDto {
    organisation_id: i64,
    role: String,
}

#[derive(Serialize, ToSchema)]
pub struct MeDto {
    id: i64,
    email: String,
    first_name: String,
    last_name: String,
    system_admin: bool,
    two_factor: bool,
    memberships: Vec<MembershipDto>,
}

/// Who the token belongs to.
#[utoipa::path(get, path = "/api/v1/me", tag = "people",
    responses((status = 200, body = MeDto), (status = 401, body = Problem)),
    security(("bearer" = [])))]
async fn me(caller: Caller) -> ApiResult<Json<MeDto>> {
    Ok(Json(MeDto {
        id: caller.user.id,
        email: caller.user.email.clone(),
        first_name: caller.user.first_name.clone(),
        last_name: caller.user.last_name.clone(),
        system_admin: caller.user.system_admin,
        two_factor: caller.user.totp_enabled_at.is_some(),
        memberships: caller
            .actor
            .memberships
            .iter()
            .map(|m| MembershipDto { organisation_id: m.org_id, role: m.role.code().into() })
            .collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationDto {
    id: i64,
    kind: String,
    name: String,
    parent_id: Option<i64>,
}

/// Organisations the caller can open.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations",
    responses((status = 200, body = Vec<OrganisationDto>), (status = 401, body = Problem)),
    security(("bearer" = [])))]
async fn organisations(State(s): State<AppState>, caller: Caller) -> ApiResult<Json<Vec<OrganisationDto>>> {
    let orgs = s.app.orgs_for(&caller.actor).await?;
    Ok(Json(
        orgs.into_iter()
            .map(|o| OrganisationDto {
                id: o.id,
                kind: o.kind.code().into(),
                name: o.name,
                parent_id: o.parent_id,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct PersonDto {
    id: i64,
    email: String,
    first_name: String,
    last_name: String,
    employment_type: String,
    roles: Vec<String>,
    disabled: bool,
    invited: bool,
}

#[derive(Serialize, ToSchema)]
pub struct PeoplePage {
    total: i64,
    page: i64,
    people: Vec<PersonDto>,
}

#[derive(Deserialize, IntoParams)]
pub struct PageQuery {
    /// Page number from 0; 50 people a page.
    page: Option<i64>,
}

fn org_id_from(raw: &str) -> ApiResult<i64> {
    raw.parse().map_err(|_| AppError::NotFound("organisation").into())
}

/// People in an organisation, with their roles there.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/people", tag = "people",
    params(("id" = i64, Path, description = "Organisation id"), PageQuery),
    responses((status = 200, body = PeoplePage), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn people(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(q): Query<PageQuery>,
) -> ApiResult<Json<PeoplePage>> {
    let org_id = org_id_from(&id)?;
    let page = q.page.unwrap_or(0).clamp(0, 100_000);
    let (people, total) = s.app.list_people(&caller.actor, org_id, page).await?;
    Ok(Json(PeoplePage {
        total,
        page,
        people: people
            .into_iter()
            .map(|p| PersonDto {
                id: p.user.id,
                invited: p.user.password_hash.is_none(),
                email: p.user.email,
                first_name: p.user.first_name,
                last_name: p.user.last_name,
                employment_type: p.user.employment_type.code().into(),
                roles: p.roles.iter().map(|r| r.code().into()).collect(),
                disabled: p.user.disabled,
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteDto {
    first_name: String,
    last_name: String,
    email: String,
    /// employee, fixed-term, agency, volunteer, contractor or governor
    employment_type: String,
    /// headteacher, dsl, deputy-dsl, moderator, staff, hr, governor (adviser on a trust or LA)
    roles: Vec<String>,
}

/// Invites a person by email to set their password.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/people", tag = "people",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body = InviteDto,
    responses((status = 201, body = PersonDto), (status = 400, body = Problem), (status = 403, body = Problem), (status = 409, body = Problem)),
    security(("bearer" = [])))]
async fn invite(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let org_id = org_id_from(&id)?;
    let dto: InviteDto = json_body(&headers, &body)?;
    let employment_type: EmploymentType = dto.employment_type.parse().map_err(AppError::Invalid)?;
    let roles: Vec<Role> =
        dto.roles.iter().map(|r| r.parse::<Role>().map_err(AppError::Invalid)).collect::<Result<_, _>>()?;
    let inv = Invite {
        first_name: dto.first_name,
        last_name: dto.last_name,
        email: dto.email,
        employment_type,
        roles,
    };
    let user = s.app.invite(&caller.actor, &caller.user.display_name(), org_id, inv).await?;
    let roles = s.app.store.memberships(user.id).await.map_err(AppError::from)?;
    let dto = PersonDto {
        id: user.id,
        invited: user.password_hash.is_none(),
        email: user.email,
        first_name: user.first_name,
        last_name: user.last_name,
        employment_type: user.employment_type.code().into(),
        roles: roles.iter().filter(|m| m.org_id == org_id).map(|m| m.role.code().into()).collect(),
        disabled: user.disabled,
    };
    Ok((StatusCode::CREATED, Json(dto)).into_response())
}

#[derive(Deserialize, IntoParams)]
pub struct AuditParams {
    /// Only actions starting with this, e.g. `person.`
    action: Option<String>,
    /// Only events by this person (user id).
    actor: Option<i64>,
    /// From this instant (RFC 3339).
    from: Option<String>,
    /// Before this instant (RFC 3339).
    to: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEventDto {
    id: i64,
    organisation_id: i64,
    seq: i64,
    at: String,
    actor_user_id: Option<i64>,
    action: String,
    record_type: String,
    record_id: Option<String>,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    prev_hash: String,
    hash: String,
}

fn instant(field: &str, v: &Option<String>) -> ApiResult<Option<time::OffsetDateTime>> {
    v.as_deref()
        .map(|s| {
            time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).map_err(|_| {
                ApiError(AppError::Invalid(format!(
                    "{field} must be an RFC 3339 instant such as 2026-11-21T09:00:00Z"
                )))
            })
        })
        .transpose()
}

/// An organisation's audit events, newest first, with their chain hashes.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/audit", tag = "audit",
    params(("id" = i64, Path, description = "Organisation id"), AuditParams),
    responses((status = 200, body = Vec<AuditEventDto>), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn audit(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(q): Query<AuditParams>,
) -> ApiResult<Json<Vec<AuditEventDto>>> {
    let org_id = org_id_from(&id)?;
    let res = if org_id == domain::PLATFORM_CHAIN {
        Resource::Platform
    } else {
        s.app.org_resource(org_id).await?.1
    };
    s.app.require(&caller.actor, Action::ViewAuditLog, res)?;
    let query = AuditQuery {
        org_ids: vec![org_id],
        actor_user_id: q.actor,
        action_prefix: q.action.clone(),
        from: instant("from", &q.from)?,
        to: instant("to", &q.to)?,
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
        offset: q.offset.unwrap_or(0).max(0),
    };
    let events = s.app.store.query_audit(&query).await.map_err(AppError::from)?;
    Ok(Json(
        events
            .into_iter()
            .map(|e| AuditEventDto {
                at: e.at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                id: e.id,
                organisation_id: e.org_id,
                seq: e.seq,
                actor_user_id: e.actor_user_id,
                action: e.action,
                record_type: e.record_type,
                record_id: e.record_id,
                before: e.before,
                after: e.after,
                prev_hash: e.prev_hash,
                hash: e.hash,
            })
            .collect(),
    ))
}
