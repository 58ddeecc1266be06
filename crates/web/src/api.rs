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
        .routes(routes!(list_policies))
        .routes(routes!(get_policy))
        .routes(routes!(acknowledge_policy))
        .routes(routes!(policy_coverage))
        .routes(routes!(get_training))
        .routes(routes!(adopt_policy))
        .routes(routes!(adopt_own_policy))
        .routes(routes!(record_policy_approval))
        .routes(routes!(policy_diff))
        .routes(routes!(get_education, post_education))
        .routes(routes!(list_sessions, plan_session))
        .routes(routes!(session_attendance))
        .routes(routes!(list_reviews))
        .routes(routes!(open_review))
        .routes(routes!(get_review))
        .routes(routes!(add_consultation))
        .routes(routes!(close_review))
        .routes(routes!(get_readiness))
        .routes(routes!(get_guidance_links, put_guidance_links))
        .routes(routes!(record_induction))
        .routes(routes!(policy_rollup))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(check_one))
                .routes(routes!(check_batch))
                .routes(routes!(put_roster))
                .routes(routes!(put_staff_list))
                .routes(routes!(put_profile))
                .routes(routes!(put_training))
                // A draft may be up to 1 MiB; a batch or a roster more.
                .layer(axum::extract::DefaultBodyLimit::max(16 * 1024 * 1024)),
        )
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

// ---- Checks ----

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImageDto {
    /// Pupils tagged in the image, by name or UPN.
    #[serde(default)]
    pupils: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftDto {
    /// Your own reference, echoed in batch results.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    id: Option<serde_json::Value>,
    /// official, personal, comment or message
    channel: String,
    /// school, staff, parent, pupil or public (default follows the channel)
    author: Option<String>,
    text: String,
    #[serde(default)]
    images: Vec<ImageDto>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The school whose roster and policy to use (default: the caller's first school).
    organisation_id: Option<i64>,
    #[serde(flatten)]
    draft: DraftDto,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchRequest {
    organisation_id: Option<i64>,
    /// At most 1,000 drafts.
    drafts: Vec<DraftDto>,
}

#[derive(Serialize, ToSchema)]
pub struct FindingDto {
    category: String,
    severity: String,
    /// Byte offsets into the text.
    start: usize,
    end: usize,
    /// Policy and clause, e.g. "lcc-model-2025 §4.1(iii)".
    clause: String,
    clause_text: Option<String>,
    message: String,
    fix: String,
    decision: String,
}

#[derive(Serialize, ToSchema)]
pub struct OutcomeDto {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    id: Option<serde_json::Value>,
    /// allow, warn, review or block
    decision: String,
    findings: Vec<FindingDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub const MAX_BATCH: usize = 1000;

fn default_author(channel: check::Channel) -> check::Author {
    match channel {
        check::Channel::Official => check::Author::School,
        check::Channel::Personal => check::Author::Staff,
        check::Channel::Comment | check::Channel::Message => check::Author::Public,
    }
}

/// A draft ready to check, or why it cannot be; either way with the caller's id.
type DraftSlot = Result<(Option<serde_json::Value>, check::Draft), (Option<serde_json::Value>, String)>;

fn to_draft(d: DraftDto) -> DraftSlot {
    let channel: check::Channel = match d.channel.parse() {
        Ok(c) => c,
        Err(e) => return Err((d.id, e)),
    };
    let author = match d.author.as_deref().map(str::parse::<check::Author>).transpose() {
        Ok(a) => a.unwrap_or_else(|| default_author(channel)),
        Err(e) => return Err((d.id, e)),
    };
    let images = d.images.into_iter().map(|i| check::Image { pupils: i.pupils }).collect();
    Ok((d.id, check::Draft { text: d.text, channel, author, images }))
}

pub fn outcome_dto(id: Option<serde_json::Value>, o: &check::Outcome) -> OutcomeDto {
    OutcomeDto {
        id,
        decision: o.decision.code().into(),
        findings: o
            .findings
            .iter()
            .map(|f| FindingDto {
                category: f.category.code().into(),
                severity: f.severity.code().into(),
                start: f.start,
                end: f.end,
                clause: f.clause.to_string(),
                clause_text: f.clause.text.clone(),
                message: f.message.to_string(),
                fix: f.fix.to_string(),
                decision: f.decision.code().into(),
            })
            .collect(),
        error: None,
    }
}

/// The school a check runs against: the one named, or the caller's first school.
fn check_org(caller: &Caller, named: Option<i64>) -> ApiResult<i64> {
    named
        .or_else(|| {
            caller.actor.memberships.iter().find(|m| m.role != domain::Role::Adviser).map(|m| m.org_id)
        })
        .ok_or_else(|| {
            AppError::Invalid("Say which school to check against with organisation_id.".into()).into()
        })
}

/// Checks one draft against the school's roster, staff list and policy.
#[utoipa::path(post, path = "/api/v1/check", tag = "checks",
    request_body = CheckRequest,
    responses((status = 200, body = OutcomeDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn check_one(
    State(s): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<OutcomeDto>> {
    let req: CheckRequest = json_body(&headers, &body)?;
    let org = check_org(&caller, req.organisation_id)?;
    let (_, draft) = to_draft(req.draft).map_err(|(_, e)| AppError::Invalid(e))?;
    let outcome = s.app.check_draft(&caller.actor, org, &draft).await?;
    Ok(Json(outcome_dto(None, &outcome)))
}

/// Checks up to 1,000 drafts; a draft that cannot be checked gets an `error` and the rest go on.
#[utoipa::path(post, path = "/api/v1/check/batch", tag = "checks",
    request_body = BatchRequest,
    responses((status = 200, body = Vec<OutcomeDto>), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn check_batch(
    State(s): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Vec<OutcomeDto>>> {
    let req: BatchRequest = json_body(&headers, &body)?;
    if req.drafts.len() > MAX_BATCH {
        return Err(AppError::Invalid(format!(
            "A batch can hold at most {MAX_BATCH} drafts; this one has {}.",
            req.drafts.len()
        ))
        .into());
    }
    let org = check_org(&caller, req.organisation_id)?;
    let mut slots: Vec<DraftSlot> = req.drafts.into_iter().map(to_draft).collect();
    let drafts: Vec<check::Draft> = slots
        .iter_mut()
        .filter_map(|r| {
            r.as_mut().ok().map(|(_, d)| {
                std::mem::replace(d, check::Draft::new("", check::Channel::Official, check::Author::School))
            })
        })
        .collect();
    let mut results = s.app.check_drafts(&caller.actor, org, &drafts).await?.into_iter();
    let out = slots
        .into_iter()
        .map(|slot| match slot {
            Ok((id, _)) => match results.next() {
                Some(Ok(o)) => outcome_dto(id, &o),
                Some(Err(e)) => OutcomeDto { id, decision: "error".into(), findings: vec![], error: Some(e) },
                None => OutcomeDto {
                    id,
                    decision: "error".into(),
                    findings: vec![],
                    error: Some("not checked".into()),
                },
            },
            Err((id, e)) => OutcomeDto { id, decision: "error".into(), findings: vec![], error: Some(e) },
        })
        .collect();
    Ok(Json(out))
}

fn csv_body(headers: &HeaderMap, body: &Bytes) -> ApiResult<Vec<u8>> {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !ct.starts_with("text/csv") {
        return Err(AppError::Invalid("Send the file as text/csv.".into()).into());
    }
    Ok(body.to_vec())
}

#[derive(Serialize, ToSchema)]
pub struct CountDto {
    count: usize,
}

/// Replaces the school's roster (MIS export, text/csv): every row is checked first.
#[utoipa::path(put, path = "/api/v1/organisations/{id}/roster", tag = "checks",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body(content = String, content_type = "text/csv", description = "upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish"),
    responses((status = 200, body = CountDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn put_roster(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<CountDto>> {
    let org_id = org_id_from(&id)?;
    let csv = csv_body(&headers, &body)?;
    let count = s.app.upload_roster(&caller.actor, org_id, &csv).await?;
    Ok(Json(CountDto { count }))
}

/// Replaces the staff names checks know (text/csv: first_name,last_name,role).
#[utoipa::path(put, path = "/api/v1/organisations/{id}/staff-list", tag = "checks",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body(content = String, content_type = "text/csv", description = "first_name,last_name,role"),
    responses((status = 200, body = CountDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn put_staff_list(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<CountDto>> {
    let org_id = org_id_from(&id)?;
    let csv = csv_body(&headers, &body)?;
    let count = s.app.upload_staff_list(&caller.actor, org_id, &csv).await?;
    Ok(Json(CountDto { count }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileDto {
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    address: String,
    #[serde(default)]
    postcode: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    website: String,
}

/// Sets the school's published details (never treated as personal data in checks).
#[utoipa::path(put, path = "/api/v1/organisations/{id}/school-profile", tag = "checks",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body = ProfileDto,
    responses((status = 204), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn put_profile(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<StatusCode> {
    let org_id = org_id_from(&id)?;
    let p: ProfileDto = json_body(&headers, &body)?;
    let rec = store::SchoolProfileRecord {
        aliases: p.aliases,
        address: p.address,
        postcode: p.postcode,
        phone: p.phone,
        email: p.email,
        website: p.website,
    };
    s.app.set_school_profile(&caller.actor, org_id, rec).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- Policies ----

#[derive(Serialize, ToSchema)]
pub struct PolicySummaryDto {
    id: i64,
    title: String,
    organisation_id: i64,
    /// model, adoption or school
    kind: String,
    version: i64,
    /// published, adopted or superseded
    status: String,
    content_hash: String,
}

fn summary(v: &store::PolicyVersionRecord) -> PolicySummaryDto {
    PolicySummaryDto {
        id: v.id,
        title: v.title.clone(),
        organisation_id: v.org_id,
        kind: v.kind.clone(),
        version: v.version_no,
        status: v.status.clone(),
        content_hash: v.content_hash.clone(),
    }
}

/// Policies the caller can read: their schools' versions and the models above them.
#[utoipa::path(get, path = "/api/v1/policies", tag = "policies",
    responses((status = 200, body = Vec<PolicySummaryDto>), (status = 401, body = Problem)),
    security(("bearer" = [])))]
async fn list_policies(State(s): State<AppState>, caller: Caller) -> ApiResult<Json<Vec<PolicySummaryDto>>> {
    Ok(Json(s.app.policies_for(&caller.actor).await?.iter().map(|(v, _)| summary(v)).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct ClauseDto {
    id: String,
    heading: String,
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct LintDto {
    code: String,
    severity: String,
    clause: Option<String>,
    message: String,
}

#[derive(Serialize, ToSchema)]
pub struct PolicyDto {
    #[serde(flatten)]
    summary: PolicySummaryDto,
    derived_from: Option<i64>,
    acknowledge_by: Option<String>,
    /// The document's own facts: owner, author, dates, review, related policies, citations
    about: Vec<FactDto>,
    clauses: Vec<ClauseDto>,
    lint: Vec<LintDto>,
}

fn policy_id(raw: &str) -> ApiResult<i64> {
    raw.parse().map_err(|_| AppError::NotFound("policy").into())
}

/// One policy version, clause by clause, with its lint findings.
#[utoipa::path(get, path = "/api/v1/policies/{id}", tag = "policies",
    params(("id" = i64, Path, description = "Policy version id")),
    responses((status = 200, body = PolicyDto), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn get_policy(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<PolicyDto>> {
    let v = s.app.policy(&caller.actor, policy_id(&id)?).await?;
    Ok(Json(PolicyDto {
        summary: summary(&v.record),
        derived_from: v.record.derived_from,
        acknowledge_by: v.campaign_due.clone(),
        about: v.pack.meta.facts().into_iter().map(|(label, value)| FactDto { label, value }).collect(),
        clauses: v
            .pack
            .clauses
            .iter()
            .map(|c| ClauseDto { id: c.id.clone(), heading: c.heading.clone(), text: c.text.clone() })
            .collect(),
        lint: v
            .lint
            .iter()
            .map(|f| LintDto {
                code: f.code.into(),
                severity: format!("{:?}", f.severity).to_lowercase(),
                clause: f.clause.clone(),
                message: f.message.clone(),
            })
            .collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct AckDto {
    /// False when the caller had acknowledged this version already.
    recorded: bool,
}

/// "Read and understood": records the caller's acknowledgement of this version.
#[utoipa::path(post, path = "/api/v1/policies/{id}/acknowledge", tag = "policies",
    params(("id" = i64, Path, description = "Policy version id")),
    responses((status = 200, body = AckDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn acknowledge_policy(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<AckDto>> {
    let recorded = s.app.acknowledge(&caller.actor, policy_id(&id)?).await?;
    Ok(Json(AckDto { recorded }))
}

#[derive(Serialize, ToSchema)]
pub struct RoleCoverageDto {
    role: String,
    acknowledged: usize,
    total: usize,
}

#[derive(Serialize, ToSchema)]
pub struct PersonCoverageDto {
    user_id: i64,
    name: String,
    acknowledged_at: Option<String>,
    /// Joined after this version was adopted, so the policy belongs in their induction
    new_starter: bool,
    /// When the policy was referred to at their induction (YYYY-MM-DD)
    inducted_on: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CoverageDto {
    due: Option<String>,
    by_role: Vec<RoleCoverageDto>,
    people: Vec<PersonCoverageDto>,
    /// New starters whose induction has not been recorded
    inductions_outstanding: usize,
}

/// Who has and has not acknowledged a version, per role and per person.
#[utoipa::path(get, path = "/api/v1/policies/{id}/coverage", tag = "policies",
    params(("id" = i64, Path, description = "Policy version id")),
    responses((status = 200, body = CoverageDto), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn policy_coverage(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<CoverageDto>> {
    let c = s.app.coverage(&caller.actor, policy_id(&id)?).await?;
    let fmt = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
    };
    Ok(Json(CoverageDto {
        due: c.due,
        by_role: c
            .by_role
            .iter()
            .map(|(r, a, t)| RoleCoverageDto { role: r.code().into(), acknowledged: *a, total: *t })
            .collect(),
        people: c
            .rows
            .iter()
            .map(|r| PersonCoverageDto {
                user_id: r.person.user.id,
                name: r.person.user.display_name(),
                acknowledged_at: r.acknowledged_at.map(fmt),
                new_starter: r.new_starter,
                inducted_on: r.inducted_on.clone(),
            })
            .collect(),
        inductions_outstanding: c.inductions_outstanding,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct TrainingRowDto {
    user_id: i64,
    name: String,
    course: String,
    completed_on: Option<String>,
    expires_on: Option<String>,
    /// in-date, expiring (within 30 days), expired or missing
    state: String,
}

#[derive(Serialize, ToSchema)]
pub struct CourseDto {
    code: String,
    title: String,
    valid_months: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct TrainingDto {
    courses: Vec<CourseDto>,
    rows: Vec<TrainingRowDto>,
}

/// Every member of the school against every course: completed, expiring, expired or missing.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/training", tag = "training",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = TrainingDto), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn get_training(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<TrainingDto>> {
    let o = s.app.training_overview(&caller.actor, org_id_from(&id)?).await?;
    Ok(Json(TrainingDto {
        courses: o
            .courses
            .into_iter()
            .map(|c| CourseDto { code: c.code, title: c.title, valid_months: c.valid_months })
            .collect(),
        rows: o
            .rows
            .into_iter()
            .map(|r| TrainingRowDto {
                user_id: r.user_id,
                name: r.name,
                course: r.course,
                completed_on: r.completed_on,
                expires_on: r.expires_on,
                state: r.state.into(),
            })
            .collect(),
    }))
}

/// Records training completions (text/csv: email,course,completed_on). Any bad row refuses the file.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/training", tag = "training",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body(content = String, content_type = "text/csv", description = "email,course,completed_on"),
    responses((status = 200, body = CountDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn put_training(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<CountDto>> {
    let org_id = org_id_from(&id)?;
    let csv = csv_body(&headers, &body)?;
    let count = s.app.import_training(app::people::By::Person(&caller.actor), org_id, &csv).await?;
    Ok(Json(CountDto { count }))
}

#[derive(Deserialize, IntoParams)]
pub struct ReadinessQuery {
    /// Course code, for example account-runner
    course: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReadinessDto {
    acknowledged_current_policy: bool,
    trained: bool,
    reasons: Vec<String>,
}

/// Whether a person may be named as a runner: current policy acknowledged and the course in date.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/people/{user_id}/readiness", tag = "training",
    params(("id" = i64, Path, description = "Organisation id"), ("user_id" = i64, Path, description = "Person"), ReadinessQuery),
    responses((status = 200, body = ReadinessDto), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn get_readiness(
    State(s): State<AppState>,
    caller: Caller,
    Path((id, user_id)): Path<(String, String)>,
    Query(q): Query<ReadinessQuery>,
) -> ApiResult<Json<ReadinessDto>> {
    let org_id = org_id_from(&id)?;
    let user_id: i64 = user_id.parse().map_err(|_| AppError::NotFound("person"))?;
    let r = s.app.readiness(&caller.actor, org_id, user_id, &q.course).await?;
    Ok(Json(ReadinessDto {
        acknowledged_current_policy: r.acknowledged_current_policy,
        trained: r.trained,
        reasons: r.reasons,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationDto {
    /// governors, safeguarding-team, staff, pupils, parents-carers or trade-unions
    consultee: String,
    consulted_on: String,
    summary: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReviewDto {
    id: i64,
    policy_id: i64,
    /// scheduled, legislation, guidance, case-law, incident or technology
    trigger: String,
    description: String,
    /// open, consulting or closed
    state: String,
    /// no-change or new-version, once closed
    outcome: Option<String>,
    new_policy_id: Option<i64>,
    note: String,
    opened_at: String,
    closed_at: Option<String>,
    #[schema(nullable = false)]
    #[serde(skip_serializing_if = "Option::is_none")]
    consultations: Option<Vec<ConsultationDto>>,
}

fn review_dto(r: store::ReviewRecord, consultations: Option<Vec<store::ConsultationRecord>>) -> ReviewDto {
    let fmt = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
    };
    ReviewDto {
        id: r.id,
        policy_id: r.version_id,
        trigger: r.trigger,
        description: r.description,
        state: r.state,
        outcome: r.outcome,
        new_policy_id: r.outcome_version_id,
        note: r.outcome_note,
        opened_at: fmt(r.opened_at),
        closed_at: r.closed_at.map(fmt),
        consultations: consultations.map(|cs| {
            cs.into_iter()
                .map(|c| ConsultationDto {
                    consultee: c.consultee,
                    consulted_on: c.consulted_on,
                    summary: c.summary,
                })
                .collect()
        }),
    }
}

fn review_id(raw: &str) -> ApiResult<i64> {
    raw.parse().map_err(|_| AppError::NotFound("review").into())
}

/// The organisation's policy reviews, open ones first.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/reviews", tag = "policies",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<ReviewDto>), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn list_reviews(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<ReviewDto>>> {
    let list = s.app.reviews(&caller.actor, org_id_from(&id)?).await?;
    Ok(Json(list.into_iter().map(|r| review_dto(r, None)).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenReviewDto {
    /// scheduled, legislation, guidance, case-law, incident or technology
    trigger: String,
    #[serde(default)]
    description: String,
}

/// Opens a review of a policy version.
#[utoipa::path(post, path = "/api/v1/policies/{id}/reviews", tag = "policies",
    params(("id" = i64, Path, description = "Policy version id")),
    request_body = OpenReviewDto,
    responses((status = 201, body = ReviewDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn open_review(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let dto: OpenReviewDto = json_body(&headers, &body)?;
    let rid = s.app.open_review(&caller.actor, policy_id(&id)?, &dto.trigger, &dto.description).await?;
    let (r, c) = s.app.review(&caller.actor, rid).await?;
    Ok((StatusCode::CREATED, Json(review_dto(r, Some(c)))).into_response())
}

/// One review with who was consulted.
#[utoipa::path(get, path = "/api/v1/reviews/{id}", tag = "policies",
    params(("id" = i64, Path, description = "Review id")),
    responses((status = 200, body = ReviewDto), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn get_review(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<ReviewDto>> {
    let (r, c) = s.app.review(&caller.actor, review_id(&id)?).await?;
    Ok(Json(review_dto(r, Some(c))))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsultDto {
    consultee: String,
    /// YYYY-MM-DD, not in the future
    consulted_on: String,
    summary: String,
}

/// Records who was consulted, when, and what they said.
#[utoipa::path(post, path = "/api/v1/reviews/{id}/consultations", tag = "policies",
    params(("id" = i64, Path, description = "Review id")),
    request_body = ConsultDto,
    responses((status = 200, body = ReviewDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn add_consultation(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<ReviewDto>> {
    let rid = review_id(&id)?;
    let dto: ConsultDto = json_body(&headers, &body)?;
    s.app.record_consultation(&caller.actor, rid, &dto.consultee, &dto.consulted_on, &dto.summary).await?;
    let (r, c) = s.app.review(&caller.actor, rid).await?;
    Ok(Json(review_dto(r, Some(c))))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseReviewDto {
    /// no-change, or new-version (links the version adopted since the review opened)
    outcome: String,
    #[serde(default)]
    note: String,
}

/// Closes a review with its outcome.
#[utoipa::path(post, path = "/api/v1/reviews/{id}/close", tag = "policies",
    params(("id" = i64, Path, description = "Review id")),
    request_body = CloseReviewDto,
    responses((status = 200, body = ReviewDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn close_review(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<ReviewDto>> {
    let rid = review_id(&id)?;
    let dto: CloseReviewDto = json_body(&headers, &body)?;
    s.app.close_review(&caller.actor, rid, &dto.outcome, &dto.note).await?;
    let (r, c) = s.app.review(&caller.actor, rid).await?;
    Ok(Json(review_dto(r, Some(c))))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdoptDto {
    /// The school adopting the model
    organisation_id: i64,
    /// What each template word means, e.g. {"school/service": "school"}
    #[serde(default)]
    replacements: std::collections::BTreeMap<String, String>,
    /// New wording for clauses, by clause id, e.g. {"4.1(iv)": "…"}
    #[serde(default)]
    changes: std::collections::BTreeMap<String, String>,
    /// Chosen settings, e.g. {"staff_parent_friendships": "allowed-for-staff-who-are-parents"}
    #[serde(default)]
    settings: std::collections::BTreeMap<String, String>,
}

/// Adopts a model for a school: placeholders resolved, local changes and settings chosen.
#[utoipa::path(post, path = "/api/v1/policies/{id}/adopt", tag = "policies",
    params(("id" = i64, Path, description = "Model policy version id")),
    request_body = AdoptDto,
    responses((status = 201, body = PolicySummaryDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn adopt_policy(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let model = policy_id(&id)?;
    let dto: AdoptDto = json_body(&headers, &body)?;
    let pairs = |m: std::collections::BTreeMap<String, String>| m.into_iter().collect::<Vec<_>>();
    let v = s
        .app
        .adopt_with_settings(
            &caller.actor,
            dto.organisation_id,
            model,
            &pairs(dto.replacements),
            &pairs(dto.changes),
            &pairs(dto.settings),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(summary(&v))).into_response())
}

#[derive(Deserialize, IntoParams)]
pub struct DiffQuery {
    /// The version to compare from; without it, the model this version was adopted from
    from: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ClauseChangeDto {
    clause: String,
    /// added, removed or changed
    change: String,
    /// For a change, removed words are marked [-like this-] and added ones {+like this+}
    text: String,
}

/// Clause-level changes between two versions.
#[utoipa::path(get, path = "/api/v1/policies/{id}/diff", tag = "policies",
    params(("id" = i64, Path, description = "Policy version id"), DiffQuery),
    responses((status = 200, body = Vec<ClauseChangeDto>), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn policy_diff(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(q): Query<DiffQuery>,
) -> ApiResult<Json<Vec<ClauseChangeDto>>> {
    let to = s.app.policy(&caller.actor, policy_id(&id)?).await?;
    let from_id = match q.from {
        Some(f) => f,
        None => to.record.derived_from.ok_or(AppError::NotFound("model this was adopted from"))?,
    };
    let from = s.app.policy(&caller.actor, from_id).await?;
    use policy::diff::ClauseChange as C;
    Ok(Json(
        policy::diff::diff(&from.pack, &to.pack)
            .into_iter()
            .map(|c| match c {
                C::Added { id, text } => ClauseChangeDto { clause: id, change: "added".into(), text },
                C::Removed { id, text } => ClauseChangeDto { clause: id, change: "removed".into(), text },
                C::Changed { id, words, .. } => {
                    ClauseChangeDto { clause: id, change: "changed".into(), text: words }
                }
            })
            .collect(),
    ))
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EducationDto {
    /// curriculum (teaching pupils) or parents (guidance for parents and carers)
    kind: String,
    /// YYYY-MM-DD, not in the future
    on_date: String,
    /// A year group or class, or e.g. "All parents"
    audience: String,
    topic: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    link: String,
}

impl From<store::EducationRecord> for EducationDto {
    fn from(r: store::EducationRecord) -> Self {
        EducationDto {
            kind: r.kind,
            on_date: r.on_date,
            audience: r.audience,
            topic: r.topic,
            notes: r.notes,
            link: r.link,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct EducationOverviewDto {
    records: Vec<EducationDto>,
    /// What is missing, in plain words
    gaps: Vec<String>,
}

/// Online-safety teaching and parent guidance recorded for a school.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/education", tag = "policies",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = EducationOverviewDto), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn get_education(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<EducationOverviewDto>> {
    let o = s.app.education(&caller.actor, org_id_from(&id)?).await?;
    Ok(Json(EducationOverviewDto {
        records: o.records.into_iter().map(EducationDto::from).collect(),
        gaps: o.gaps,
    }))
}

/// Records a lesson or a guidance session.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/education", tag = "policies",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body = EducationDto,
    responses((status = 201, body = EducationDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn post_education(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let org = org_id_from(&id)?;
    let dto: EducationDto = json_body(&headers, &body)?;
    let input = app::education::EducationInput {
        kind: dto.kind,
        on_date: dto.on_date,
        audience: dto.audience,
        topic: dto.topic,
        notes: dto.notes,
        link: dto.link,
    };
    let id = s.app.record_education(&caller.actor, org, &input).await?;
    let saved = s.app.education(&caller.actor, org).await?.records.into_iter().find(|r| r.id == id);
    match saved {
        Some(r) => Ok((StatusCode::CREATED, Json(EducationDto::from(r))).into_response()),
        None => Err(AppError::Internal("the record was not found after saving".into()).into()),
    }
}

#[derive(Serialize, ToSchema)]
pub struct SessionDto {
    id: i64,
    course: String,
    on_date: String,
    place: String,
    attendance_recorded: bool,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanSessionDto {
    /// Course code, e.g. online-safety
    course: String,
    /// YYYY-MM-DD, within two years of today
    on_date: String,
    place: String,
}

async fn session_dto(s: &AppState, org: i64, x: store::TrainingSessionRecord) -> ApiResult<SessionDto> {
    let courses = s.app.store.list_courses(org).await.map_err(AppError::from)?;
    let course = courses.into_iter().find(|c| c.id == x.course_id).map(|c| c.code).unwrap_or_default();
    Ok(SessionDto {
        id: x.id,
        course,
        on_date: x.on_date,
        place: x.place,
        attendance_recorded: x.attendance_recorded_at.is_some(),
    })
}

/// Training sessions planned by the school, latest first.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/training/sessions", tag = "training",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = Vec<SessionDto>), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn list_sessions(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<SessionDto>>> {
    let org = org_id_from(&id)?;
    let mut out = Vec::new();
    for x in s.app.sessions(&caller.actor, org).await? {
        out.push(session_dto(&s, org, x).await?);
    }
    Ok(Json(out))
}

/// Plans a training session.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/training/sessions", tag = "training",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body = PlanSessionDto,
    responses((status = 201, body = SessionDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn plan_session(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let org = org_id_from(&id)?;
    let dto: PlanSessionDto = json_body(&headers, &body)?;
    let sid = s.app.plan_session(&caller.actor, org, &dto.course, &dto.on_date, &dto.place).await?;
    let v = s.app.session(&caller.actor, sid).await?;
    Ok((StatusCode::CREATED, Json(session_dto(&s, org, v.session).await?)).into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceDto {
    /// The people who attended
    user_ids: Vec<i64>,
}

/// Records who attended a session that has taken place; each gets a completion. Once only.
#[utoipa::path(post, path = "/api/v1/training-sessions/{id}/attendance", tag = "training",
    params(("id" = i64, Path, description = "Session id")),
    request_body = AttendanceDto,
    responses((status = 200, body = CountDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn session_attendance(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<CountDto>> {
    let sid: i64 = id.parse().map_err(|_| AppError::NotFound("training session"))?;
    let dto: AttendanceDto = json_body(&headers, &body)?;
    if dto.user_ids.len() > 5000 {
        return Err(AppError::Invalid("At most 5,000 people per session.".into()).into());
    }
    let count = s.app.record_attendance(&caller.actor, sid, &dto.user_ids).await?;
    Ok(Json(CountDto { count }))
}

/// A school adopts its own policy: a policy pack (Markdown with front matter, kind = "school").
#[utoipa::path(post, path = "/api/v1/organisations/{id}/policies", tag = "policies",
    params(("id" = i64, Path, description = "School id")),
    request_body(content = String, content_type = "text/markdown", description = "The policy pack"),
    responses((status = 201, body = PolicySummaryDto), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn adopt_own_policy(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let org = org_id_from(&id)?;
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !(ct.starts_with("text/markdown") || ct.starts_with("text/plain")) {
        return Err(AppError::Invalid("Send the policy pack as text/markdown.".into()).into());
    }
    let text = std::str::from_utf8(&body)
        .map_err(|_| AppError::Invalid("The policy pack is not UTF-8 text.".into()))?;
    let v = s.app.adopt_own(app::people::By::Person(&caller.actor), org, text).await?;
    Ok((StatusCode::CREATED, Json(summary(&v))).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct FactDto {
    label: String,
    value: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApprovalDto {
    /// written, approved-by-staff, approved-by-governors, adopted, effective, on-website or ratified
    stage: String,
    /// YYYY-MM-DD, not in the future
    on_date: String,
    /// Who approved it, e.g. "Full governing board"
    approver: String,
    #[serde(default)]
    minute_ref: String,
}

/// Records an approval stage of a version with its date and approver.
#[utoipa::path(post, path = "/api/v1/policies/{id}/approvals", tag = "policies",
    params(("id" = i64, Path, description = "Policy version id")),
    request_body = ApprovalDto,
    responses((status = 204), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn record_policy_approval(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<StatusCode> {
    let dto: ApprovalDto = json_body(&headers, &body)?;
    s.app
        .record_approval(
            &caller.actor,
            policy_id(&id)?,
            &dto.stage,
            &dto.on_date,
            &dto.approver,
            &dto.minute_ref,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct GuidanceLinkDto {
    /// The association's or union's name, e.g. NEU
    name: String,
    /// https:// address of its guidance
    url: String,
    /// Whose list it comes from (the school, or its trust or LA); ignored when saving
    #[serde(default, skip_deserializing)]
    from: String,
}

/// Guidance from professional associations and unions shown to staff with the policy:
/// the organisation's own links, then its trust's or LA's.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/guidance-links", tag = "policies",
    params(("id" = i64, Path, description = "Organisation id")),
    responses((status = 200, body = [GuidanceLinkDto]), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn get_guidance_links(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<GuidanceLinkDto>>> {
    let links = s.app.guidance_links(&caller.actor, org_id_from(&id)?).await?;
    Ok(Json(links.into_iter().map(|l| GuidanceLinkDto { name: l.name, url: l.url, from: l.from }).collect()))
}

/// Replaces the organisation's own list of links (at most 20, each https://).
#[utoipa::path(put, path = "/api/v1/organisations/{id}/guidance-links", tag = "policies",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body = [GuidanceLinkDto],
    responses((status = 204), (status = 400, body = Problem), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn put_guidance_links(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<StatusCode> {
    let org = org_id_from(&id)?;
    let links: Vec<GuidanceLinkDto> = json_body(&headers, &body)?;
    let links = links.into_iter().map(|l| store::GuidanceLink { name: l.name, url: l.url }).collect();
    s.app.set_guidance_links(&caller.actor, org, links).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct InductionDto {
    user_id: i64,
    /// YYYY-MM-DD, not in the future
    on_date: String,
    #[serde(default)]
    note: String,
}

/// Records that the policy was specifically referred to at this person's induction.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/inductions", tag = "policies",
    params(("id" = i64, Path, description = "Organisation id")),
    request_body = InductionDto,
    responses((status = 204), (status = 400, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem)),
    security(("bearer" = [])))]
async fn record_induction(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<StatusCode> {
    let org = org_id_from(&id)?;
    let d: InductionDto = json_body(&headers, &body)?;
    s.app.record_induction(&caller.actor, org, d.user_id, &d.on_date, &d.note).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct SchoolCoverageDto {
    school_id: i64,
    school: String,
    /// Title of the policy in force, if any
    policy: Option<String>,
    version: Option<i64>,
    /// The model version it was adopted from
    model_version: Option<i64>,
    acknowledged: usize,
    people: usize,
    by_role: Vec<RoleCoverageDto>,
    inductions_outstanding: usize,
    /// Why the review or replacement is overdue, if it is
    overdue: Option<String>,
}

/// For a trust or LA: each school's policy in force and its acknowledgement counts, per role
/// (counts only, never names).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/policy-coverage", tag = "policies",
    params(("id" = i64, Path, description = "Trust or local authority id")),
    responses((status = 200, body = [SchoolCoverageDto]), (status = 403, body = Problem)),
    security(("bearer" = [])))]
async fn policy_rollup(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<SchoolCoverageDto>>> {
    let rows = s.app.policy_rollup(&caller.actor, org_id_from(&id)?).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| SchoolCoverageDto {
                school_id: r.school_id,
                school: r.school,
                version: r.policy.as_ref().map(|p| p.1),
                policy: r.policy.map(|p| p.0),
                model_version: r.model_version,
                acknowledged: r.acknowledged,
                people: r.people,
                by_role: r
                    .by_role
                    .iter()
                    .map(|(role, a, t)| RoleCoverageDto {
                        role: role.code().into(),
                        acknowledged: *a,
                        total: *t,
                    })
                    .collect(),
                inductions_outstanding: r.inductions_outstanding,
                overdue: r.overdue,
            })
            .collect(),
    ))
}
