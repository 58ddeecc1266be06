//! In-process HTTP tests of pages and API, on every backend this machine has.

use app::clock::SystemClock;
use app::crypto::Keys;
use app::demo::{demo_email, ADMIN_EMAIL, ADVISER_EMAIL};
use app::{App, Settings};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use domain::Role;
use http_body_util::BodyExt;
use std::sync::Arc;
use store::testing::TestDb;
use tower::ServiceExt;

const PW: &str = "demo password for tests";

struct T {
    router: Router,
    app: App,
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Resp {
    fn cookie(&self, name: &str) -> Option<String> {
        self.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|c| {
            c.strip_prefix(&format!("{name}=")).map(|r| r.split(';').next().unwrap_or("").to_owned())
        })
    }
    fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(&s[i..j])
}

impl T {
    async fn new(db: &TestDb) -> T {
        let store = store::open(&db.url).await.unwrap();
        let app = App::new(
            Arc::from(store),
            Arc::new(SystemClock),
            Keys::new([3; 32], "k1", [4; 32]).unwrap(),
            Settings::default(),
        );
        app::demo::seed(&app, PW).await.unwrap();
        T { router: web::router(web::AppState::new(app.clone())), app }
    }

    async fn send(&self, req: Request<Body>) -> Resp {
        let resp = self.router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        Resp { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    async fn get(&self, path: &str, cookie: &str) -> Resp {
        self.send(Request::get(path).header(header::COOKIE, cookie).body(Body::empty()).unwrap()).await
    }

    async fn post(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> Resp {
        let body = serde_urlencoded::to_string(form).unwrap();
        self.send(
            Request::post(path)
                .header(header::COOKIE, cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// Signs in through the form; returns the session cookie header value.
    async fn sign_in(&self, email: &str) -> String {
        let page = self.get("/login", "").await;
        let pre = page.cookie("ss_pre").unwrap();
        let csrf = between(&page.body, "name=\"_csrf\" value=\"", "\"").unwrap().to_owned();
        let r = self
            .post(
                "/login",
                &format!("ss_pre={pre}"),
                &[("_csrf", &csrf), ("email", email), ("password", PW), ("next", "/")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {email}: {}", r.body);
        format!("ss_session={}", r.cookie("ss_session").unwrap())
    }

    async fn csrf(&self, cookie: &str) -> String {
        let page = self.get("/account", cookie).await;
        between(&page.body, "name=\"_csrf\" value=\"", "\"").unwrap().to_owned()
    }

    /// Completes two-factor set-up through the pages.
    async fn enrol(&self, cookie: &str) {
        let page = self.get("/two-factor/setup", cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let secret = between(&page.body, "id=\"totp-secret\">", "<").unwrap();
        let secret = app::totp::base32_decode(secret).unwrap();
        let code = format!(
            "{:06}",
            app::totp::code_at(&secret, app::totp::counter(time::OffsetDateTime::now_utc()))
        );
        let csrf = between(&page.body, "name=\"_csrf\" value=\"", "\"").unwrap().to_owned();
        let r = self.post("/two-factor/setup", cookie, &[("_csrf", &csrf), ("code", &code)]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("recovery-codes"));
    }
}

macro_rules! on_every_backend {
    ($($name:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $name() {
                for db in TestDb::all().await {
                    eprintln!("{} on {}", stringify!($name), db.store.backend().name());
                    let t = T::new(&db).await;
                    cases::$name(&t).await;
                    db.cleanup().await;
                }
            }
        )*
    };
}

on_every_backend!(
    every_role_lands_on_its_dashboard,
    staff_are_refused_the_audit_log,
    csrf_and_cross_site_posts_are_refused,
    bad_input_is_refused_and_changes_nothing,
    people_of_other_schools_are_not_found,
    api_tokens_openapi_and_problems,
    operations_endpoints,
    checks_use_the_schools_own_roster,
    training_page_and_api,
    reviews_pages_and_api,
    education_page_and_api,
    guidance_links_and_inductions,
);

mod cases {
    use super::*;

    const ROSTER: &str = "upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish\nD888200121000,Zebedee,Quill,,Year 4,yes,no\nZ888200121005,Aarav,Patel,,Year 6,yes,yes\n";

    async fn multipart(t: &T, path: &str, cookie: &str, csrf: &str, file: &str) -> Resp {
        let b = "XBOUNDARYX";
        let body = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{csrf}\r\n--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\nContent-Type: text/csv\r\n\r\n{file}\r\n--{b}--\r\n"
        );
        t.send(
            Request::post(path)
                .header(header::COOKIE, cookie)
                .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={b}"))
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    pub async fn guidance_links_and_inductions(t: &T) {
        let head = t.sign_in(&demo_email(Role::Headteacher, "hollygrove")).await;
        t.enrol(&head).await;
        let cur = t.app.current(head.trim_start_matches("ss_session=")).await.unwrap().unwrap();
        let holly = cur.session.current_org_id.unwrap();
        let (model, _) = t
            .app
            .policies_for(&cur.actor)
            .await
            .unwrap()
            .into_iter()
            .find(|(v, _)| v.kind == "model")
            .unwrap();
        let replacements: Vec<(String, String)> =
            app::policies::PLACEHOLDERS.iter().map(|p| (p.to_string(), "school".to_string())).collect();
        let v = t.app.adopt(&cur.actor, holly, model.id, &replacements, &[]).await.unwrap();
        let csrf = t.csrf(&head).await;
        // Links: a bad line is refused, named, kept in the box, and nothing is saved.
        let before = t.app.store.audit_heads().await.unwrap();
        let typed = "NEU | https://neu.org.uk/advice\nNASUWT nasuwt.org.uk";
        let r = t.post("/policies/guidance-links", &head, &[("_csrf", &csrf), ("links", typed)]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("Line 2") && r.body.contains("NASUWT nasuwt.org.uk"), "{}", r.body);
        assert_eq!(t.app.store.audit_heads().await.unwrap(), before);
        let good = "NEU | https://neu.org.uk/advice\nNASUWT | https://www.nasuwt.org.uk/advice";
        let r = t.post("/policies/guidance-links", &head, &[("_csrf", &csrf), ("links", good)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(t.get("/policies", &head).await.body.contains("NASUWT | https://www.nasuwt.org.uk/advice"));
        // Staff see them beside the policy they acknowledge, and cannot change them.
        let staff = t.sign_in(&demo_email(Role::Staff, "hollygrove")).await;
        let page = t.get(&format!("/policies/{}", v.id), &staff).await.body;
        assert!(
            page.contains("Guidance from your professional association or union")
                && page.contains("href=\"https://neu.org.uk/advice\""),
            "{page}"
        );
        assert!(!t.get("/policies", &staff).await.body.contains("Save links"));
        let check = t.get("/check", &staff).await.body;
        assert!(
            check.contains("Your own accounts") && check.contains("outside your working hours"),
            "the adopted policy's personal-use rule is shown: {check}"
        );
        let staff_csrf = t.csrf(&staff).await;
        let r = t.post("/policies/guidance-links", &staff, &[("_csrf", &staff_csrf), ("links", "")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // Induction: a new starter appears as outstanding; recording it from the page clears it.
        let csv = "first_name,last_name,email,role,employment_type\nNia,Evans,nia@h.sch.uk,staff,employee\n";
        let parsed = domain::staff_import::parse(csv.as_bytes()).unwrap();
        t.app.import_staff(app::people::By::Operator, holly, parsed, true, &|_, _| {}).await.unwrap();
        let nia = t.app.store.find_user_by_email("nia@h.sch.uk").await.unwrap().unwrap();
        let cov = t.get(&format!("/policies/{}/coverage", v.id), &head).await.body;
        assert!(cov.contains("1 new starter has joined"), "{cov}");
        assert!(cov.contains("Date for Nia Evans"), "{cov}");
        let today = t.app.clock.now().date().to_string();
        let nid = nia.id.to_string();
        let r = t
            .post(
                &format!("/policies/{}/inductions", v.id),
                &head,
                &[("_csrf", &csrf), ("user_id", &nid), ("on_date", &today)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let cov = t.get(&format!("/policies/{}/coverage", v.id), &head).await.body;
        assert!(!cov.contains("new starter has joined") && !cov.contains("Date for Nia Evans"), "{cov}");
        // The same through the API.
        let page = t.post("/account/tokens", &head, &[("_csrf", &csrf), ("name", "Clerk")]).await;
        let bearer = format!("Bearer {}", between(&page.body, "id=\"new-token\">", "<").unwrap());
        let call = |method: &str, path: String, body: &str| {
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::AUTHORIZATION, &bearer)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_owned()))
                .unwrap()
        };
        let r = t.send(call("GET", format!("/api/v1/organisations/{holly}/guidance-links"), "")).await;
        assert!(
            r.body.contains("\"name\":\"NASUWT\"") && r.body.contains("\"from\":\"Holly Grove School\""),
            "{}",
            r.body
        );
        let r = t
            .send(call(
                "PUT",
                format!("/api/v1/organisations/{holly}/guidance-links"),
                r#"[{"name":"NEU","url":"ftp://x"}]"#,
            ))
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("Link 1 (NEU)"), "{}", r.body);
        let r = t
            .send(call(
                "PUT",
                format!("/api/v1/organisations/{holly}/guidance-links"),
                r#"[{"name":"NAHT","url":"https://www.naht.org.uk/"}]"#,
            ))
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
        assert_eq!(t.app.guidance_links(&cur.actor, holly).await.unwrap().len(), 1);
        let r = t
            .send(call(
                "POST",
                format!("/api/v1/organisations/{holly}/inductions"),
                &format!(r#"{{"user_id":{nid},"on_date":"2099-01-01"}}"#),
            ))
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        let r = t
            .send(call(
                "POST",
                format!("/api/v1/organisations/{holly}/inductions"),
                &format!(r#"{{"user_id":{nid},"on_date":"{today}","note":"Section 4"}}"#),
            ))
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
        let r = t.send(call("GET", format!("/api/v1/policies/{}/coverage", v.id), "")).await;
        assert!(
            r.body.contains(&format!("\"inducted_on\":\"{today}\""))
                && r.body.contains("\"inductions_outstanding\":0"),
            "{}",
            r.body
        );
        let doc = t.send(Request::get("/api/openapi.json").body(Body::empty()).unwrap()).await;
        assert!(
            doc.body.contains("/api/v1/organisations/{id}/guidance-links")
                && doc.body.contains("/api/v1/organisations/{id}/inductions")
        );
        assert!(doc.body.contains("/api/v1/organisations/{id}/policy-coverage"));
        // The LA's adviser sees coverage per school, counts only.
        let adviser = t.sign_in(app::demo::ADVISER_EMAIL).await;
        let dash = t.get("/", &adviser).await.body;
        assert!(dash.contains("href=\"/policies/schools\""), "{dash}");
        let roll = t.get("/policies/schools", &adviser).await;
        assert_eq!(roll.status, StatusCode::OK, "{}", roll.body);
        assert!(
            roll.body.contains("Holly Grove School") && roll.body.contains("None adopted"),
            "{}",
            roll.body
        );
        assert!(!roll.body.contains("Nia Evans"), "no names in the roll-up");
        assert!(
            roll.body.contains("None adopted</td><td>–</td><td>0</td><td>–</td>"),
            "no figures or review status without a policy: {}",
            roll.body
        );
        assert_eq!(t.get("/policies/schools", &staff).await.status, StatusCode::FORBIDDEN);
        let r = t.send(call("GET", format!("/api/v1/organisations/{holly}/policy-coverage"), "")).await;
        assert!(r.status == StatusCode::OK && r.body == "[]", "a school has no schools below it: {}", r.body);
    }

    pub async fn reviews_pages_and_api(t: &T) {
        let head = t.sign_in(&demo_email(Role::Headteacher, "hollygrove")).await;
        t.enrol(&head).await;
        let token = head.trim_start_matches("ss_session=");
        let cur = t.app.current(token).await.unwrap().unwrap();
        let (model, _) = t
            .app
            .policies_for(&cur.actor)
            .await
            .unwrap()
            .into_iter()
            .find(|(v, _)| v.kind == "model")
            .unwrap();
        let holly = t
            .app
            .store
            .list_orgs()
            .await
            .unwrap()
            .into_iter()
            .find(|o| o.name == "Holly Grove School")
            .unwrap()
            .id;
        let replacements: Vec<(String, String)> =
            app::policies::PLACEHOLDERS.iter().map(|p| (p.to_string(), "school".to_string())).collect();
        let about = t.get(&format!("/policies/{}", model.id), &head).await.body;
        assert!(about.contains("About this policy") && about.contains("<dt>Cites</dt>"), "{about}");
        // The adoption page offers the model's settings; a contradicting choice is refused and kept.
        let csrf = t.csrf(&head).await;
        let form = t.get(&format!("/policies/{}/adopt", model.id), &head).await.body;
        assert!(
            form.contains("Choose your settings")
                && form.contains("Searching job candidates online (clause 4.2)"),
            "{form}"
        );
        let mut fields: Vec<(&str, &str)> = vec![("_csrf", &csrf)];
        for (p, r) in &replacements {
            fields.push(("placeholder", p));
            fields.push(("replacement", r));
        }
        fields.extend([("setting_name", "candidate_online_search"), ("setting_value", "required")]);
        let r = t.post(&format!("/policies/{}/adopt", model.id), &head, &fields).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("would contradict itself"), "{}", r.body);
        assert!(r.body.contains("<option value=\"required\" selected>"), "the choice is kept: {}", r.body);
        let v = t.app.adopt(&cur.actor, holly, model.id, &replacements, &[]).await.unwrap();
        let page = t.get("/reviews", &head).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(
            page.body.contains("Open a review") && page.body.contains(&format!("value=\"{}\"", v.id)),
            "{}",
            page.body
        );
        let vid = v.id.to_string();
        let r = t
            .post(
                "/reviews",
                &head,
                &[("_csrf", &csrf), ("version_id", &vid), ("trigger", "whim"), ("description", "x")],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("is not a review trigger"), "{}", r.body);
        let r = t
            .post(
                "/reviews",
                &head,
                &[
                    ("_csrf", &csrf),
                    ("version_id", &vid),
                    ("trigger", "guidance"),
                    ("description", "KCSIE 2026 published"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let path = r.location().split('?').next().unwrap().to_owned();
        assert!(t.get(&path, &head).await.body.contains("Nobody yet"));
        let r = t.post(&format!("{path}/close"), &head, &[("_csrf", &csrf), ("outcome", "no-change")]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("Record who was consulted before closing"), "{}", r.body);
        let today = time::OffsetDateTime::now_utc().date().to_string();
        let r = t
            .post(
                &format!("{path}/consultations"),
                &head,
                &[
                    ("_csrf", &csrf),
                    ("consultee", "governors"),
                    ("consulted_on", &today),
                    ("summary", "Agreed at FGB"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let shown = t.get(&path, &head).await.body;
        assert!(
            shown.contains("Agreed at FGB") && shown.contains("Not yet consulted: The safeguarding team"),
            "{shown}"
        );
        // Staff can read the review but not add to it.
        let staff = t.sign_in(&demo_email(Role::Staff, "hollygrove")).await;
        let staff_csrf = t.csrf(&staff).await;
        let seen = t.get(&path, &staff).await;
        assert_eq!(seen.status, StatusCode::OK);
        assert!(!seen.body.contains("Record a consultation"));
        let r = t
            .post(
                &format!("{path}/consultations"),
                &staff,
                &[("_csrf", &staff_csrf), ("consultee", "staff"), ("consulted_on", &today), ("summary", "x")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = t
            .post(
                &format!("{path}/close"),
                &head,
                &[("_csrf", &csrf), ("outcome", "no-change"), ("note", "Still right")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(t.get(&path, &head).await.body.contains("Reviewed: no change"));
        // The policy's revision log tells the story, newest first.
        let log = t.get(&format!("/policies/{}", v.id), &head).await.body;
        let closed = log.find("Reviewed: no change: Still right").expect("closing in the log");
        let opened = log.find("Review opened: New good-practice guidance").expect("opening in the log");
        let adopted = log.find("adopted from the model").expect("adoption in the log");
        assert!(closed < opened && opened < adopted, "{log}");
        // The API: the head opens, consults and closes; the list shows both reviews.
        let page = t.post("/account/tokens", &head, &[("_csrf", &csrf), ("name", "Clerk's laptop")]).await;
        let bearer = format!("Bearer {}", between(&page.body, "id=\"new-token\">", "<").unwrap());
        let call = |method: &str, path: String, body: &str| {
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::AUTHORIZATION, &bearer)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_owned()))
                .unwrap()
        };
        let r = t
            .send(call(
                "POST",
                format!("/api/v1/policies/{}/reviews", v.id),
                r#"{"trigger":"incident","description":"Photo posted without consent"}"#,
            ))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id = serde_json::from_str::<serde_json::Value>(&r.body).unwrap()["id"].as_i64().unwrap();
        // Approvals by API: a future date is refused; the governors' approval is recorded.
        let r = t
            .send(call(
                "POST",
                format!("/api/v1/policies/{}/approvals", v.id),
                r#"{"stage":"ratified","on_date":"2099-01-01","approver":"LGB"}"#,
            ))
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        let body = format!(
            r#"{{"stage":"approved-by-governors","on_date":"{today}","approver":"Full governing board","minute_ref":"FGB 3/26"}}"#
        );
        let r = t.send(call("POST", format!("/api/v1/policies/{}/approvals", v.id), &body)).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
        assert_eq!(t.app.store.policy_approvals(v.id).await.unwrap().len(), 1);
        let r =
            t.send(call("POST", format!("/api/v1/reviews/{id}/close"), r#"{"outcome":"no-change"}"#)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        let r = t
            .send(call(
                "POST",
                format!("/api/v1/reviews/{id}/consultations"),
                &format!(
                    r#"{{"consultee":"safeguarding-team","consulted_on":"{today}","summary":"DSL content"}}"#
                ),
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("\"state\":\"consulting\""), "{}", r.body);
        let r = t
            .send(call(
                "POST",
                format!("/api/v1/reviews/{id}/close"),
                r#"{"outcome":"no-change","note":"ok"}"#,
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        // Adoption by API, with a setting chosen; a bad setting is named.
        let reps: serde_json::Map<String, serde_json::Value> =
            replacements.iter().map(|(p, r)| (p.clone(), serde_json::json!(r))).collect();
        let body = serde_json::json!({"organisation_id": holly, "replacements": reps, "settings": {"personal_use": "always"}});
        let r = t.send(call("POST", format!("/api/v1/policies/{}/adopt", model.id), &body.to_string())).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("personal_use cannot be"), "{}", r.body);
        let body = serde_json::json!({"organisation_id": holly, "replacements": reps, "settings": {"personal_use": "outside-lesson-time"}});
        let r = t.send(call("POST", format!("/api/v1/policies/{}/adopt", model.id), &body.to_string())).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let new_id = serde_json::from_str::<serde_json::Value>(&r.body).unwrap()["id"].as_i64().unwrap();
        let got = t.app.store.get_policy_version(new_id).await.unwrap().unwrap();
        assert!(got.pack.contains("outside-lesson-time"), "the chosen setting is stored");
        // Any two versions can be compared: the earlier adoption against the new one.
        let d = t.get(&format!("/policies/{new_id}/diff?from={}", v.id), &head).await;
        assert_eq!(d.status, StatusCode::OK, "{}", d.body);
        assert!(d.body.contains(&format!("href=\"/policies/{}\"", v.id)), "{}", d.body);
        assert!(t
            .get(&format!("/policies/{new_id}"), &head)
            .await
            .body
            .contains(&format!("diff?from={}", v.id)));
        assert_eq!(
            t.get(&format!("/policies/{new_id}/diff?from=nonsense"), &head).await.status,
            StatusCode::NOT_FOUND
        );
        let d = t.send(call("GET", format!("/api/v1/policies/{new_id}/diff"), "")).await;
        assert_eq!(d.status, StatusCode::OK, "{}", d.body);
        assert!(
            d.body.contains("\"change\":\"changed\""),
            "placeholders resolved show as changes: {}",
            d.body
        );
        let r = t
            .send(
                Request::post(format!("/api/v1/organisations/{holly}/policies"))
                    .header(header::AUTHORIZATION, &bearer)
                    .header(header::CONTENT_TYPE, "text/markdown")
                    .body(Body::from(include_str!("../../../policies/social-networking-policy-2025.md")))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert!(r.body.contains("\"kind\":\"school\""), "{}", r.body);
        let r = t.send(call("GET", format!("/api/v1/organisations/{holly}/reviews"), "")).await;
        let list: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(list.as_array().unwrap().iter().filter(|x| x["state"] == "closed").count(), 2, "{list}");
        let doc = t.send(Request::get("/api/openapi.json").body(Body::empty()).unwrap()).await;
        assert!(doc.body.contains("\"/api/v1/reviews/{id}/consultations\""));
        // A school's own policy: refused when it is a model, adopted when it is the school's.
        let model_md = include_str!("../../../policies/lcc-model-2025.md");
        let r = multipart(t, "/policies/own", &head, &csrf, model_md).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("not a school&#39;s own policy"), "{}", r.body);
        let own_md = include_str!("../../../policies/lowerhouse-2025.md");
        let r = multipart(t, "/policies/own", &head, &csrf, own_md).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(t.get("/policies", &head).await.body.contains("School&#39;s own policy"));
    }

    pub async fn education_page_and_api(t: &T) {
        let staff = t.sign_in(&demo_email(Role::Staff, "hollygrove")).await;
        let csrf = t.csrf(&staff).await;
        let page = t.get("/education", &staff).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(
            page.body.contains("Nothing recorded yet") && page.body.contains("Record a lesson"),
            "{}",
            page.body
        );
        let mut form = vec![
            ("_csrf", csrf.as_str()),
            ("kind", "curriculum"),
            ("on_date", "2099-01-01"),
            ("audience", "Year 6"),
            ("topic", "Spotting fake news"),
        ];
        let r = t.post("/education", &staff, &form).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(
            r.body.contains("once it has happened") && r.body.contains("value=\"Spotting fake news\""),
            "{}",
            r.body
        );
        let today = time::OffsetDateTime::now_utc().date().to_string();
        form[2] = ("on_date", &today);
        let r = t.post("/education", &staff, &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = t.get("/education", &staff).await.body;
        assert!(
            page.contains("Spotting fake news") && page.contains("No guidance has been offered to parents"),
            "{page}"
        );
        let governor = t.sign_in(&demo_email(Role::Governor, "hollygrove")).await;
        let seen = t.get("/education", &governor).await;
        assert!(seen.body.contains("Spotting fake news") && !seen.body.contains("Record a lesson"));
        let gcsrf = t.csrf(&governor).await;
        assert_eq!(
            t.post("/education", &governor, &[("_csrf", &gcsrf), ("kind", "parents")]).await.status,
            StatusCode::FORBIDDEN
        );
        // The API.
        let tok = t.post("/account/tokens", &staff, &[("_csrf", &csrf), ("name", "Planner")]).await;
        let bearer = format!("Bearer {}", between(&tok.body, "id=\"new-token\">", "<").unwrap());
        let holly = t
            .app
            .store
            .list_orgs()
            .await
            .unwrap()
            .into_iter()
            .find(|o| o.name == "Holly Grove School")
            .unwrap()
            .id;
        let body = format!(
            r#"{{"kind":"parents","on_date":"{today}","audience":"All parents","topic":"Newsletter: apps and age ratings"}}"#
        );
        let r = t
            .send(
                Request::post(format!("/api/v1/organisations/{holly}/education"))
                    .header(header::AUTHORIZATION, &bearer)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert!(r.body.contains("Newsletter: apps and age ratings"), "{}", r.body);
        let r = t
            .send(
                Request::get(format!("/api/v1/organisations/{holly}/education"))
                    .header(header::AUTHORIZATION, &bearer)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(
            (v["records"].as_array().unwrap().len(), v["gaps"].as_array().unwrap().len()),
            (2, 0),
            "{v}"
        );
    }

    pub async fn training_page_and_api(t: &T) {
        let hr = t.sign_in(&demo_email(Role::Hr, "hollygrove")).await;
        let staff_email = demo_email(Role::Staff, "hollygrove");
        let page = t.get("/training", &hr).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert!(page.body.contains("Online safety") && page.body.contains("Not done"), "{}", page.body);
        let csrf = t.csrf(&hr).await;
        // A bad row is named and nothing changes.
        let r = t
            .post(
                "/training/completions",
                &hr,
                &[
                    ("_csrf", &csrf),
                    ("email", "nobody@x.sch.uk"),
                    ("course", "online-safety"),
                    ("completed_on", "2026-01-05"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("nobody@x.sch.uk is not on SafeSocial"), "{}", r.body);
        let today = time::OffsetDateTime::now_utc().date().to_string();
        let r = t
            .post(
                "/training/completions",
                &hr,
                &[
                    ("_csrf", &csrf),
                    ("email", &staff_email),
                    ("course", "online-safety"),
                    ("completed_on", &today),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = t.get("/training?notice=completion", &hr).await;
        assert!(page.body.contains("Completion recorded.") && page.body.contains("In date"), "{}", page.body);
        let bad = format!("email,course,completed_on\n{staff_email},no-such-course,2026-01-05\n");
        let r = multipart(t, "/training/import", &hr, &csrf, &bad).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("line 2: there is no course with the code"), "{}", r.body);
        // Staff have no training page of the school's records.
        let staff = t.sign_in(&staff_email).await;
        assert_eq!(t.get("/training", &staff).await.status, StatusCode::FORBIDDEN);
        // The API: overview, readiness and import.
        let page = t.post("/account/tokens", &hr, &[("_csrf", &csrf), ("name", "Training sync")]).await;
        let token = between(&page.body, "id=\"new-token\">", "<").unwrap().to_owned();
        let holly = t
            .app
            .store
            .list_orgs()
            .await
            .unwrap()
            .into_iter()
            .find(|o| o.name == "Holly Grove School")
            .unwrap()
            .id;
        let get = |path: String| {
            Request::get(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap()
        };
        let o = t.send(get(format!("/api/v1/organisations/{holly}/training"))).await;
        assert_eq!(o.status, StatusCode::OK, "{}", o.body);
        let v: serde_json::Value = serde_json::from_str(&o.body).unwrap();
        assert_eq!(v["courses"].as_array().unwrap().len(), 2);
        assert_eq!(v["rows"].as_array().unwrap().iter().filter(|r| r["state"] == "in-date").count(), 1);
        let uid = t.app.store.find_user_by_email(&staff_email).await.unwrap().unwrap().id;
        let r = t
            .send(get(format!("/api/v1/organisations/{holly}/people/{uid}/readiness?course=online-safety")))
            .await;
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["trained"], true, "{v}");
        assert_eq!(v["acknowledged_current_policy"], false, "{v}");
        let csv = format!("email,course,completed_on\n{staff_email},account-runner,{today}\n");
        let r = t
            .send(
                Request::post(format!("/api/v1/organisations/{holly}/training"))
                    .header(header::AUTHORIZATION, format!("Bearer {token}"))
                    .header(header::CONTENT_TYPE, "text/csv")
                    .body(Body::from(csv))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("\"count\":1"), "{}", r.body);
        let r = t
            .send(get(format!("/api/v1/organisations/{holly}/people/{uid}/readiness?course=account-runner")))
            .await;
        assert!(r.body.contains("\"trained\":true"), "{}", r.body);
        // Sessions: plan one today, then tick who attended (once).
        let r = t
            .post(
                "/training/sessions",
                &hr,
                &[
                    ("_csrf", &csrf),
                    ("course", "online-safety"),
                    ("on_date", &today),
                    ("place", "Staff room"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let spath = r.location().to_owned();
        let page = t.get(&spath, &hr).await.body;
        assert!(page.contains("Record attendance") && page.contains("(needs this course)"), "{page}");
        let head_id = t
            .app
            .store
            .find_user_by_email(&demo_email(Role::Headteacher, "hollygrove"))
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        let r =
            t.post(&format!("{spath}/attendance"), &hr, &[("_csrf", &csrf), ("attended", &head_id)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(t.get(&spath, &hr).await.body.contains("Attendance has been recorded"));
        let r =
            t.post(&format!("{spath}/attendance"), &hr, &[("_csrf", &csrf), ("attended", &head_id)]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("recorded already"), "{}", r.body);
        let json = |method: &str, path: String, body: String| {
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .unwrap()
        };
        let r = t.send(get(format!("/api/v1/organisations/{holly}/training/sessions"))).await;
        assert!(
            r.body.contains("\"attendance_recorded\":true") && r.body.contains("\"place\":\"Staff room\""),
            "{}",
            r.body
        );
        let bad = format!(r#"{{"course":"first-aid","on_date":"{today}","place":"Hall"}}"#);
        let r = t.send(json("POST", format!("/api/v1/organisations/{holly}/training/sessions"), bad)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        let good = format!(r#"{{"course":"account-runner","on_date":"{today}","place":"ICT suite"}}"#);
        let r = t.send(json("POST", format!("/api/v1/organisations/{holly}/training/sessions"), good)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let sid = serde_json::from_str::<serde_json::Value>(&r.body).unwrap()["id"].as_i64().unwrap();
        let r = t
            .send(json(
                "POST",
                format!("/api/v1/training-sessions/{sid}/attendance"),
                format!(r#"{{"user_ids":[{head_id}]}}"#),
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("\"count\":1"), "{}", r.body);
    }

    pub async fn checks_use_the_schools_own_roster(t: &T) {
        let moderator = t.sign_in(&demo_email(Role::Moderator, "hollygrove")).await;
        let csrf = t.csrf(&moderator).await;
        // A roster with a bad row is refused with its line number and changes nothing.
        let bad = format!("{ROSTER}X1,Bad,Row,,Year 1,maybe,no\n");
        let r = multipart(t, "/settings/roster", &moderator, &csrf, &bad).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("line 4"), "{}", r.body);
        let r = multipart(t, "/settings/roster", &moderator, &csrf, ROSTER).await;
        assert_eq!(r.location(), "/settings?notice=roster", "{}", r.body);
        let page = t.get("/settings", &moderator).await;
        assert!(page.body.contains("2 pupils: 1 on the do-not-publish list"), "{}", page.body);
        // The check page flags the roster's pupils.
        let r = t
            .post(
                "/check",
                &moderator,
                &[
                    ("_csrf", &csrf),
                    ("channel", "official"),
                    ("author", "school"),
                    ("text", "Well done Zebedee Quill and Aarav!"),
                    ("images", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Do not post this"), "{}", r.body);
        assert!(r.body.contains("<mark title=\"Problem 1\">Zebedee Quill"), "{}", r.body);
        assert!(r.body.contains("A pupil who must not be published"));
        assert!(
            r.body.contains("If in doubt, don&#x27;t post it.")
                || r.body.contains("If in doubt, don't post it.")
        );
        // A comment received on the school's account is hidden and acted on, not posted.
        let r = t
            .post(
                "/check",
                &moderator,
                &[
                    ("_csrf", &csrf),
                    ("channel", "comment"),
                    ("author", "public"),
                    ("text", "you are a moron"),
                    ("images", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Hide this and act on it"), "{}", r.body);
        assert!(
            r.body.contains("If in doubt, hide it and ask the Designated Safeguarding Lead."),
            "{}",
            r.body
        );
        assert!(!r.body.contains("Do not post this"), "{}", r.body);
        // Staff may check but not change the roster; other schools never see it.
        let staff = t.sign_in(&demo_email(Role::Staff, "hollygrove")).await;
        let scsrf = t.csrf(&staff).await;
        assert_eq!(t.get("/check", &staff).await.status, StatusCode::OK);
        let r = multipart(t, "/settings/roster", &staff, &scsrf, ROSTER).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let willow_mod = t.sign_in(&demo_email(Role::Moderator, "willowlane")).await;
        let wcsrf = t.csrf(&willow_mod).await;
        let r = t
            .post(
                "/check",
                &willow_mod,
                &[
                    ("_csrf", &wcsrf),
                    ("channel", "official"),
                    ("author", "school"),
                    ("text", "Well done Zebedee Quill!"),
                    ("images", ""),
                ],
            )
            .await;
        assert!(r.body.contains("Nothing found"), "Willow Lane has no such pupil: {}", r.body);
        // The API uses the same engine and the same permission check.
        let page = t.post("/account/tokens", &moderator, &[("_csrf", &csrf), ("name", "scheduler")]).await;
        let token = between(&page.body, "id=\"new-token\">", "<").unwrap().to_owned();
        let api = |path: &str, ct: &str, body: String| {
            Request::post(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, ct.to_owned())
                .body(Body::from(body))
                .unwrap()
        };
        let r = t
            .send(api(
                "/api/v1/check",
                "application/json",
                r#"{"channel":"official","text":"Call Zebedee Quill on 07700 900123"}"#.into(),
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["decision"], "block");
        let cats: Vec<&str> =
            v["findings"].as_array().unwrap().iter().map(|f| f["category"].as_str().unwrap()).collect();
        assert_eq!(cats, ["pupil.full-name", "personal-data.phone"]);
        assert_eq!(v["findings"][0]["start"], 5);
        assert!(v["findings"][0]["clause"].as_str().unwrap().starts_with("lcc-model-2025"));
        let batch = r#"{"drafts":[{"id":1,"channel":"comment","author":"parent","text":"this school is a joke"},{"id":2,"channel":"nope","text":"x"},{"id":3,"channel":"personal","text":"Lovely walk"}]}"#;
        let r = t.send(api("/api/v1/check/batch", "application/json", batch.into())).await;
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v[0]["decision"], "review");
        assert_eq!(v[1]["decision"], "error");
        assert!(v[1]["error"].as_str().unwrap().contains("unknown channel"));
        assert_eq!(v[2]["decision"], "allow");
        let orgs = t.app.store.list_orgs().await.unwrap();
        let willow = orgs.iter().find(|o| o.name.starts_with("Willow")).unwrap().id;
        let put = |path: String| {
            Request::put(path)
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from(ROSTER))
                .unwrap()
        };
        let r = t.send(put(format!("/api/v1/organisations/{willow}/roster"))).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let holly_id = t
            .app
            .store
            .list_orgs()
            .await
            .unwrap()
            .iter()
            .find(|o| o.name == "Holly Grove School")
            .unwrap()
            .id;
        let r = t.send(put(format!("/api/v1/organisations/{holly_id}/roster"))).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("\"count\":2"));
        let r = t
            .send(api(
                "/api/v1/check",
                "application/json",
                format!(r#"{{"organisation_id":{willow},"channel":"official","text":"hi"}}"#),
            ))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let big = format!(r#"{{"channel":"official","text":"{}"}}"#, "a".repeat(1024 * 1024 + 1));
        let r = t.send(api("/api/v1/check", "application/json", big)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("1 MiB"), "{}", r.body);
        let doc = t.send(Request::get("/api/openapi.json").body(Body::empty()).unwrap()).await;
        assert!(doc.body.contains("\"/api/v1/check\"") && doc.body.contains("\"/api/v1/check/batch\""));
        // The roster upload is audited with counts, never names.
        let holly = orgs.iter().find(|o| o.name == "Holly Grove School").unwrap().id;
        let ev = t
            .app
            .store
            .query_audit(&store::AuditQuery {
                org_ids: vec![holly],
                action_prefix: Some("roster.".into()),
                limit: 5,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(ev.len(), 3, "demo, web and API uploads");
        let after = ev[0].after.as_ref().unwrap().to_string();
        assert!(after.contains("\"pupils\":2") && !after.contains("Zebedee"), "{after}");
    }

    pub async fn every_role_lands_on_its_dashboard(t: &T) {
        let expectations: &[(String, &str)] = &[
            (demo_email(Role::Staff, "hollygrove"), "Your policy acknowledgement"),
            (demo_email(Role::Moderator, "hollygrove"), "School accounts inbox"),
            (demo_email(Role::Hr, "hollygrove"), "Breach investigations"),
            (demo_email(Role::Governor, "hollygrove"), "Termly oversight"),
            (demo_email(Role::Headteacher, "hollygrove"), "Waiting for your approval"),
            (demo_email(Role::Dsl, "hollygrove"), "Safeguarding concerns"),
            (demo_email(Role::DeputyDsl, "willowlane"), "Takedown requests"),
            (ADVISER_EMAIL.to_owned(), "Schools in Lancashire (demo)"),
            (ADMIN_EMAIL.to_owned(), "Platform"),
        ];
        for (email, panel) in expectations {
            let cookie = t.sign_in(email).await;
            let mut r = t.get("/", &cookie).await;
            if r.status == StatusCode::SEE_OTHER {
                assert_eq!(r.location(), "/two-factor/setup", "{email}");
                t.enrol(&cookie).await;
                r = t.get("/", &cookie).await;
            }
            assert_eq!(r.status, StatusCode::OK, "{email}");
            assert!(r.body.contains(panel), "{email} sees {panel}");
        }
        // The adviser sees roll-ups, not people.
        let adviser = t.sign_in(ADVISER_EMAIL).await;
        let r = t.get("/", &adviser).await;
        assert!(r.body.contains("Holly Grove School: 7 people"), "{}", r.body);
        assert!(!r.body.contains("href=\"/people\""));
    }

    pub async fn staff_are_refused_the_audit_log(t: &T) {
        let staff = t.sign_in(&demo_email(Role::Staff, "hollygrove")).await;
        let r = t.get("/audit", &staff).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("Your role does not allow this."));
        let home = t.get("/", &staff).await;
        assert!(!home.body.contains("href=\"/audit\""), "no link to what they cannot open");
        let head = t.sign_in(&demo_email(Role::Headteacher, "hollygrove")).await;
        assert_eq!(t.get("/audit", &head).await.location(), "/two-factor/setup", "2FA first");
        t.enrol(&head).await;
        let r = t.get("/audit?action=session.", &head).await;
        assert_eq!(r.status, StatusCode::OK);
        let r = t.get("/audit?from=yesterday", &head).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("must look like 2026-11-21"));
    }

    pub async fn csrf_and_cross_site_posts_are_refused(t: &T) {
        let hr = t.sign_in(&demo_email(Role::Hr, "hollygrove")).await;
        let form = [
            ("_csrf", "wrong"),
            ("first_name", "X"),
            ("last_name", "Y"),
            ("email", "xy@x.uk"),
            ("employment_type", "employee"),
            ("role", "staff"),
        ];
        let r = t.post("/people/invite", &hr, &form).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let csrf = t.csrf(&hr).await;
        let req = Request::post("/people/invite")
            .header(header::COOKIE, &hr)
            .header(header::ORIGIN, "https://evil.example")
            .header(header::HOST, "127.0.0.1:8080")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "_csrf={csrf}&first_name=X&last_name=Y&email=xy%40x.uk&employment_type=employee&role=staff"
            )))
            .unwrap();
        assert_eq!(t.send(req).await.status, StatusCode::FORBIDDEN);
        assert!(t.app.store.find_user_by_email("xy@x.uk").await.unwrap().is_none());
        // The login form needs its own token too.
        let r = t.post("/login", "", &[("email", "staff@hollygrove.demo.sch.uk"), ("password", PW)]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // With the right token it works.
        let mut ok = form.to_vec();
        ok[0] = ("_csrf", &csrf);
        let r = t.post("/people/invite", &hr, &ok).await;
        assert_eq!(r.location(), "/people?notice=invited");
        assert!(t.app.store.find_user_by_email("xy@x.uk").await.unwrap().is_some());
    }

    pub async fn bad_input_is_refused_and_changes_nothing(t: &T) {
        let hr = t.sign_in(&demo_email(Role::Hr, "hollygrove")).await;
        let csrf = t.csrf(&hr).await;
        let before = t.app.store.audit_heads().await.unwrap();
        let big = "x".repeat(70 * 1024);
        let r = t.post("/people/invite", &hr, &[("_csrf", &csrf), ("first_name", &big)]).await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
        let req = Request::post("/people/invite")
            .header(header::COOKIE, &hr)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{}"))
            .unwrap();
        assert_eq!(t.send(req).await.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let r = t
            .post(
                "/people/invite",
                &hr,
                &[
                    ("_csrf", &csrf),
                    ("first_name", "A"),
                    ("last_name", "B"),
                    ("email", "not-an-email"),
                    ("employment_type", "employee"),
                    ("role", "staff"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("email is not valid"), "{}", r.body);
        assert!(r.body.contains("value=\"A\""), "the form keeps what was typed");
        let r = t
            .post(
                "/people/invite",
                &hr,
                &[
                    ("_csrf", &csrf),
                    ("first_name", "A"),
                    ("last_name", "B"),
                    ("email", "a@b.uk"),
                    ("employment_type", "employee"),
                    ("role", "janitor"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("unknown role"));
        assert_eq!(t.get("/people/not-a-number", &hr).await.status, StatusCode::NOT_FOUND);
        assert_eq!(t.get("/people/999999", &hr).await.status, StatusCode::NOT_FOUND);
        assert_eq!(t.get("/no/such/page", &hr).await.status, StatusCode::NOT_FOUND);
        assert_eq!(t.app.store.audit_heads().await.unwrap(), before, "nothing written");
    }

    pub async fn people_of_other_schools_are_not_found(t: &T) {
        let hr = t.sign_in(&demo_email(Role::Hr, "hollygrove")).await;
        let other =
            t.app.store.find_user_by_email(&demo_email(Role::Staff, "willowlane")).await.unwrap().unwrap();
        assert_eq!(t.get(&format!("/people/{}", other.id), &hr).await.status, StatusCode::NOT_FOUND);
        let csrf = t.csrf(&hr).await;
        let r = t.post(&format!("/people/{}/disable", other.id), &hr, &[("_csrf", &csrf)]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!t.app.store.get_user(other.id).await.unwrap().unwrap().disabled);
        let people = t.get("/people", &hr).await;
        assert!(!people.body.contains("willowlane"), "only this school's people are listed");
        // Switching to a school one does not belong to is refused.
        let orgs = t.app.store.list_orgs().await.unwrap();
        let willow = orgs.iter().find(|o| o.name.starts_with("Willow")).unwrap();
        let r = t.post("/org", &hr, &[("_csrf", &csrf), ("org_id", &willow.id.to_string())]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }

    pub async fn api_tokens_openapi_and_problems(t: &T) {
        let r = t.send(Request::get("/api/v1/me").body(Body::empty()).unwrap()).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert_eq!(r.headers.get(header::CONTENT_TYPE).unwrap(), "application/problem+json");
        assert!(r.body.contains("\"code\":\"unauthenticated\""));
        let doc = t.send(Request::get("/api/openapi.json").body(Body::empty()).unwrap()).await;
        for path in [
            "/api/v1/me",
            "/api/v1/organisations",
            "/api/v1/organisations/{id}/people",
            "/api/v1/organisations/{id}/audit",
            "/api/v1/policies",
            "/api/v1/policies/{id}/acknowledge",
            "/api/v1/policies/{id}/coverage",
        ] {
            assert!(doc.body.contains(&format!("\"{path}\"")), "OpenAPI lists {path}");
        }
        let hr = t.sign_in(&demo_email(Role::Hr, "hollygrove")).await;
        let csrf = t.csrf(&hr).await;
        let page = t.post("/account/tokens", &hr, &[("_csrf", &csrf), ("name", "MIS sync")]).await;
        let token = between(&page.body, "id=\"new-token\">", "<").unwrap().to_owned();
        let bearer = format!("Bearer {token}");
        let api = |method: &str, path: &str, body: Option<&str>| {
            let mut b = Request::builder().method(method).uri(path).header(header::AUTHORIZATION, &bearer);
            if body.is_some() {
                b = b.header(header::CONTENT_TYPE, "application/json");
            }
            b.body(Body::from(body.unwrap_or("").to_owned())).unwrap()
        };
        // Policies: the LA's model is readable; it is not this school's to acknowledge.
        let list = t.send(api("GET", "/api/v1/policies", None)).await;
        let v: serde_json::Value = serde_json::from_str(&list.body).unwrap();
        let model =
            v.as_array().unwrap().iter().find(|p| p["kind"] == "model").unwrap()["id"].as_i64().unwrap();
        let one = t.send(api("GET", &format!("/api/v1/policies/{model}"), None)).await;
        assert!(one.body.contains("\"id\":\"4.1(iv)\""), "{}", one.body);
        assert!(one.body.contains("\"label\":\"Cites\""), "{}", one.body);
        let ack = t.send(api("POST", &format!("/api/v1/policies/{model}/acknowledge"), None)).await;
        assert_eq!(
            ack.status,
            StatusCode::FORBIDDEN,
            "HR of a school cannot acknowledge the LA's model: {}",
            ack.body
        );
        assert_eq!(t.send(api("GET", "/api/v1/policies/99999", None)).await.status, StatusCode::NOT_FOUND);
        let me = t.send(api("GET", "/api/v1/me", None)).await;
        assert_eq!(me.status, StatusCode::OK);
        assert!(me.body.contains("\"role\":\"hr\""));
        let orgs = t.app.store.list_orgs().await.unwrap();
        let holly = orgs.iter().find(|o| o.name == "Holly Grove School").unwrap().id;
        let willow = orgs.iter().find(|o| o.name.starts_with("Willow")).unwrap().id;
        let people = t.send(api("GET", &format!("/api/v1/organisations/{holly}/people"), None)).await;
        assert!(people.body.contains("\"total\":7"), "{}", people.body);
        let denied = t.send(api("GET", &format!("/api/v1/organisations/{willow}/people"), None)).await;
        assert_eq!(denied.status, StatusCode::FORBIDDEN);
        assert!(denied.body.contains("\"code\":\"not-a-member\""));
        let bad = t
            .send(api("POST", &format!("/api/v1/organisations/{holly}/people"), Some("{\"first_name\": 1}")))
            .await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert!(bad.body.contains("invalid-input"));
        let body = r#"{"first_name":"Api","last_name":"Person","email":"api@x.uk","employment_type":"contractor","roles":["staff"]}"#;
        let made = t.send(api("POST", &format!("/api/v1/organisations/{holly}/people"), Some(body))).await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        assert!(made.body.contains("\"invited\":true"));
        let audit = t.send(api("GET", &format!("/api/v1/organisations/{holly}/audit"), None)).await;
        assert_eq!(audit.status, StatusCode::FORBIDDEN, "HR cannot read the audit log");
        // Revoked tokens stop working.
        let id = t
            .app
            .store
            .list_api_tokens(
                t.app
                    .store
                    .find_user_by_email(&demo_email(Role::Hr, "hollygrove"))
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
            )
            .await
            .unwrap()[0]
            .id;
        let r = t.post(&format!("/account/tokens/{id}/revoke"), &hr, &[("_csrf", &csrf)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(t.send(api("GET", "/api/v1/me", None)).await.status, StatusCode::UNAUTHORIZED);
    }

    pub async fn operations_endpoints(t: &T) {
        assert_eq!(t.get("/healthz", "").await.body, "ok");
        assert_eq!(t.get("/readyz", "").await.body, "ready");
        let _ = t.get("/login", "").await;
        let m = t.get("/metrics", "").await;
        assert!(m.body.contains("safesocial_http_requests_total{class=\"2xx\"}"));
        assert!(m.body.contains("safesocial_outbox_pending 0"));
        let css = t.get("/static/app.css", "").await;
        assert_eq!(css.status, StatusCode::OK);
        let signed_out = t.get("/", "").await;
        assert_eq!(signed_out.location(), "/login");
    }
}
