//! Use cases against real databases (SQLite always, PostgreSQL when configured) and a real SMTP
//! server on loopback.

use app::auth::Current;
use app::clock::FixedClock;
use app::crypto::Keys;
use app::demo::{self, demo_email};
use app::people::{By, Invite};
use app::testing::{find_link, SmtpSink};
use app::{App, AppError, Settings, SmtpSettings};
use domain::{DenyReason, EmploymentType, Role};
use std::sync::Arc;
use std::time::Duration as StdDuration;
use store::testing::TestDb;
use store::TokenPurpose;
use time::macros::datetime;
use time::Duration;

const PW: &str = "demo password for tests";

struct Ctx {
    app: App,
    clock: Arc<FixedClock>,
    holly: i64,
    willow: i64,
}

async fn ctx(db: &TestDb, smtp: Option<u16>) -> Ctx {
    let clock = Arc::new(FixedClock::new(datetime!(2026-11-23 09:00:00 UTC)));
    let settings = Settings {
        smtp: smtp.map(|port| SmtpSettings {
            host: "127.0.0.1".into(),
            port,
            from: "SafeSocial <no-reply@safesocial.test>".into(),
            username: None,
            password: None,
        }),
        ..Settings::default()
    };
    let store: Arc<dyn store::Store> = Arc::from(TestDbStore::take(db));
    let app = App::new(store, clock.clone(), Keys::new([1; 32], "k1", [2; 32]).unwrap(), settings);
    demo::seed(&app, PW).await.unwrap();
    let orgs = app.store.list_orgs().await.unwrap();
    let id = |n: &str| orgs.iter().find(|o| o.name == n).unwrap().id;
    Ctx { holly: id("Holly Grove School"), willow: id("Willow Lane Community Primary School"), app, clock }
}

/// The tests share the TestDb's store through a thin forwarding wrapper.
struct TestDbStore;
impl TestDbStore {
    fn take(db: &TestDb) -> Box<dyn store::Store> {
        // Re-open the same database so the App owns its own handle.
        let url = db.url.clone();
        futures_lite_block(async move { store::open(&url).await.unwrap() })
    }
}

fn futures_lite_block<F: std::future::Future>(f: F) -> F::Output {
    tokio::task::block_in_place(|| tokio::runtime::Handle::current().block_on(f))
}

async fn signed_in(c: &Ctx, email: &str) -> Current {
    let s = c.app.sign_in(email, PW, "127.0.0.1").await.unwrap();
    c.app.current(&s.token).await.unwrap().unwrap()
}

macro_rules! on_every_backend {
    ($($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                for db in TestDb::all().await {
                    eprintln!("{} on {}", stringify!($name), db.store.backend().name());
                    cases::$name(&db).await;
                    db.cleanup().await;
                }
            }
        )*
    };
}

on_every_backend!(
    sign_in_and_wrong_password,
    throttling_per_account,
    two_factor_enrolment_and_sign_in,
    recovery_code_works_once,
    invitation_and_password_reset_over_real_smtp,
    staff_cannot_manage_people_and_schools_are_separate,
    staff_import_validates_everything_first,
    audit_chain_verifies_after_a_working_session,
    adopt_approve_acknowledge,
    reminders_follow_the_ladder_once_each,
    training_import_and_readiness,
    review_opened_by_trigger_consulted_and_closed,
    education_records_and_gaps,
    training_session_plan_and_attendance,
    own_policy_settings_reach_the_checks,
);

mod cases {
    use super::*;

    pub async fn sign_in_and_wrong_password(db: &TestDb) {
        let c = ctx(db, None).await;
        let staff = demo_email(Role::Staff, "hollygrove");
        let err = c.app.sign_in(&staff, "wrong password!", "10.0.0.1").await.err().unwrap();
        assert!(matches!(err, AppError::BadCredentials));
        let err = c.app.sign_in("nobody@nowhere.uk", PW, "10.0.0.1").await.err().unwrap();
        assert!(matches!(err, AppError::BadCredentials), "unknown email looks the same");
        let cur = signed_in(&c, &staff).await;
        assert_eq!(cur.session.current_org_id, Some(c.holly));
        assert!(!cur.awaiting_second_factor());
        assert!(!cur.must_set_up_two_factor(), "staff do not need two-factor");
        c.app.sign_out(&cur).await.unwrap();
        assert!(c.app.current("garbage").await.unwrap().is_none());
    }

    pub async fn throttling_per_account(db: &TestDb) {
        let c = ctx(db, None).await;
        let staff = demo_email(Role::Staff, "hollygrove");
        for _ in 0..5 {
            assert!(matches!(
                c.app.sign_in(&staff, "nope nope nope", "10.0.0.2").await,
                Err(AppError::BadCredentials)
            ));
        }
        // Even the right password is refused while throttled.
        assert!(matches!(c.app.sign_in(&staff, PW, "10.0.0.3").await, Err(AppError::Throttled)));
        c.clock.advance(Duration::minutes(16));
        assert!(c.app.sign_in(&staff, PW, "10.0.0.3").await.is_ok());
    }

    pub async fn two_factor_enrolment_and_sign_in(db: &TestDb) {
        let c = ctx(db, None).await;
        let dsl = demo_email(Role::Dsl, "hollygrove");
        let cur = signed_in(&c, &dsl).await;
        assert!(cur.must_set_up_two_factor());
        let (_, school) = c.app.org_resource(c.holly).await.unwrap();
        assert!(matches!(
            c.app.require(&cur.actor, domain::Action::ViewDashboard, school),
            Err(AppError::Forbidden(DenyReason::TwoFactorRequired))
        ));
        let setup = c.app.begin_totp_setup(&cur).await.unwrap();
        let again = c.app.begin_totp_setup(&c.app.current_by_id(&cur).await).await.unwrap();
        assert_eq!(setup.secret_base32, again.secret_base32, "reloading the page keeps the secret");
        let secret = app::totp::base32_decode(&setup.secret_base32).unwrap();
        let now = c.clock.now_for_test();
        let code = format!("{:06}", app::totp::code_at(&secret, app::totp::counter(now)));
        assert!(matches!(c.app.confirm_totp_setup(&cur, "000000").await, Err(AppError::BadCode)));
        let codes = c.app.confirm_totp_setup(&cur, &code).await.unwrap();
        assert_eq!(codes.len(), 10);
        let cur = c.app.current_by_id(&cur).await;
        assert!(c.app.require(&cur.actor, domain::Action::ViewSafeguarding, school).is_ok());
        // Next sign-in asks for the code.
        let s = c.app.sign_in(&dsl, PW, "127.0.0.1").await.unwrap();
        assert!(s.needs_second_factor);
        let half = c.app.current(&s.token).await.unwrap().unwrap();
        assert!(half.awaiting_second_factor());
        assert!(c.app.require(&half.actor, domain::Action::ViewDashboard, school).is_err());
        assert!(matches!(c.app.verify_second_factor(&half, "123456").await, Err(AppError::BadCode)));
        c.app.verify_second_factor(&half, &code).await.unwrap();
        let full = c.app.current(&s.token).await.unwrap().unwrap();
        assert!(!full.awaiting_second_factor());
        assert!(c.app.require(&full.actor, domain::Action::ViewDashboard, school).is_ok());
    }

    pub async fn recovery_code_works_once(db: &TestDb) {
        let c = ctx(db, None).await;
        let head = demo_email(Role::Headteacher, "willowlane");
        let cur = signed_in(&c, &head).await;
        let setup = c.app.begin_totp_setup(&cur).await.unwrap();
        let secret = app::totp::base32_decode(&setup.secret_base32).unwrap();
        let code = format!("{:06}", app::totp::code_at(&secret, app::totp::counter(c.clock.now_for_test())));
        let codes = c.app.confirm_totp_setup(&cur, &code).await.unwrap();
        let s = c.app.sign_in(&head, PW, "127.0.0.1").await.unwrap();
        let half = c.app.current(&s.token).await.unwrap().unwrap();
        c.app.verify_second_factor(&half, &codes[3].to_uppercase()).await.unwrap();
        let s2 = c.app.sign_in(&head, PW, "127.0.0.1").await.unwrap();
        let half2 = c.app.current(&s2.token).await.unwrap().unwrap();
        assert!(matches!(c.app.verify_second_factor(&half2, &codes[3]).await, Err(AppError::BadCode)));
    }

    pub async fn invitation_and_password_reset_over_real_smtp(db: &TestDb) {
        let Some(sink) = SmtpSink::start() else { return };
        let c = ctx(db, Some(sink.port)).await;
        let mailer = app::mail::Mailer::new(c.app.settings.smtp.as_ref().unwrap()).unwrap();
        let hr = signed_in(&c, &demo_email(Role::Hr, "hollygrove")).await;
        let inv = Invite {
            first_name: "Vera".into(),
            last_name: "Volunteer".into(),
            email: "Vera@Example.org".into(),
            employment_type: EmploymentType::Volunteer,
            roles: vec![Role::Staff],
        };
        let vera = c.app.invite(&hr.actor, "HR", c.holly, inv).await.unwrap();
        assert!(vera.password_hash.is_none());
        assert_eq!(app::mail::drain_once(&c.app, &mailer).await.unwrap(), 1);
        let msgs = sink.wait_for(1, StdDuration::from_secs(10));
        assert_eq!(msgs.len(), 1, "invitation arrived");
        assert!(msgs[0].contains("vera@example.org"));
        let link = find_link(&msgs[0], "http://127.0.0.1:8080/invitation/").unwrap();
        let token = link.rsplit('/').next().unwrap();
        assert!(matches!(
            c.app.set_password_with_link(token, TokenPurpose::Invitation, "short").await,
            Err(AppError::Invalid(_))
        ));
        c.app
            .set_password_with_link(token, TokenPurpose::Invitation, "vera chooses a long one")
            .await
            .unwrap();
        assert!(c
            .app
            .set_password_with_link(token, TokenPurpose::Invitation, "and again a long one")
            .await
            .is_err());
        c.app.sign_in("vera@example.org", "vera chooses a long one", "127.0.0.1").await.unwrap();
        // Reset: unknown addresses get the same answer and no email.
        c.app.request_password_reset("nobody@example.org").await.unwrap();
        c.app.request_password_reset("vera@example.org").await.unwrap();
        assert_eq!(app::mail::drain_once(&c.app, &mailer).await.unwrap(), 1);
        let msgs = sink.wait_for(2, StdDuration::from_secs(10));
        let link = find_link(&msgs[1], "http://127.0.0.1:8080/password/reset/").unwrap();
        let token = link.rsplit('/').next().unwrap();
        c.clock.advance(Duration::minutes(61));
        assert!(c
            .app
            .set_password_with_link(token, TokenPurpose::PasswordReset, "too late for this one")
            .await
            .is_err());
        c.clock.advance(Duration::minutes(-30));
        c.app
            .set_password_with_link(token, TokenPurpose::PasswordReset, "a brand new passphrase")
            .await
            .unwrap();
        assert!(c.app.sign_in("vera@example.org", "vera chooses a long one", "127.0.0.1").await.is_err());
        c.app.sign_in("vera@example.org", "a brand new passphrase", "127.0.0.1").await.unwrap();
        assert_eq!(c.app.store.pending_email_count().await.unwrap(), 0);
    }

    pub async fn staff_cannot_manage_people_and_schools_are_separate(db: &TestDb) {
        let c = ctx(db, None).await;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let hr = signed_in(&c, &demo_email(Role::Hr, "hollygrove")).await;
        let inv = || Invite {
            first_name: "A".into(),
            last_name: "B".into(),
            email: "ab@x.uk".into(),
            employment_type: EmploymentType::Agency,
            roles: vec![Role::Staff],
        };
        assert!(matches!(
            c.app.invite(&staff.actor, "S", c.holly, inv()).await,
            Err(AppError::Forbidden(DenyReason::RoleLacksPermission))
        ));
        assert!(matches!(
            c.app.invite(&hr.actor, "HR", c.willow, inv()).await,
            Err(AppError::Forbidden(DenyReason::NotAMember))
        ));
        assert!(matches!(c.app.list_people(&hr.actor, c.willow, 0).await, Err(AppError::Forbidden(_))));
        // A person of Willow Lane is not found from Holly Grove.
        let willow_staff =
            c.app.store.find_user_by_email(&demo_email(Role::Staff, "willowlane")).await.unwrap().unwrap();
        assert!(matches!(
            c.app.person_in(&hr.actor, c.holly, willow_staff.id).await,
            Err(AppError::NotFound(_))
        ));
        assert!(matches!(
            c.app.set_roles(&hr, c.holly, willow_staff.id, vec![Role::Hr]).await,
            Err(AppError::NotFound(_))
        ));
        assert!(
            c.app.set_roles(&hr, c.holly, hr.user.id, vec![Role::Headteacher]).await.is_err(),
            "no self-promotion"
        );
        let mut bad = inv();
        bad.roles = vec![Role::Adviser];
        assert!(matches!(c.app.invite(&hr.actor, "HR", c.holly, bad).await, Err(AppError::Invalid(_))));
        let (people, total) = c.app.list_people(&hr.actor, c.holly, 0).await.unwrap();
        assert_eq!(total, 7);
        assert_eq!(people.len(), 7);
    }

    pub async fn staff_import_validates_everything_first(db: &TestDb) {
        let c = ctx(db, None).await;
        let csv = "first_name,last_name,email,role,employment_type\n\
                   Ann,Jones,ann@h.sch.uk,staff,employee\n\
                   Bob,Smith,bob@h.sch.uk,janitor,employee\n";
        let parsed = domain::staff_import::parse(csv.as_bytes()).unwrap();
        let rep = c.app.import_staff(By::Operator, c.holly, parsed, false, &|_, _| {}).await.unwrap();
        assert!(rep.outcome.is_none());
        assert_eq!(rep.errors[0].line, 3);
        assert!(c.app.store.find_user_by_email("ann@h.sch.uk").await.unwrap().is_none(), "nothing written");
        let parsed = domain::staff_import::parse(csv.as_bytes()).unwrap();
        let rep = c.app.import_staff(By::Operator, c.holly, parsed, true, &|_, _| {}).await.unwrap();
        assert_eq!(rep.outcome.unwrap().created, 1);
        assert!(c.app.store.find_user_by_email("ann@h.sch.uk").await.unwrap().is_some());
    }

    pub async fn adopt_approve_acknowledge(db: &TestDb) {
        let c = ctx(db, None).await;
        let head = signed_in(&c, &demo_email(Role::Headteacher, "hollygrove")).await;
        // Two-factor is set up so the head's actor is fully signed in.
        let mut actor = head.actor.clone();
        actor.two_factor_verified = true;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let policies = c.app.policies_for(&actor).await.unwrap();
        let (model, _) = policies
            .iter()
            .find(|(v, _)| v.kind == "model")
            .expect("the LA's model is visible to the school");
        let heads_before = c.app.store.audit_heads().await.unwrap();
        let err = c.app.adopt(&actor, c.holly, model.id, &[], &[]).await.err().unwrap();
        assert!(err.to_string().contains("\"your school/service\" in clause 6(i), 6(ii)"), "{err}");
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads_before, "refused adoption wrote nothing");
        assert!(matches!(
            c.app.adopt(&staff.actor, c.holly, model.id, &[], &[]).await,
            Err(AppError::Forbidden(_))
        ));
        let replacements: Vec<(String, String)> = app::policies::PLACEHOLDERS
            .iter()
            .map(|p| {
                (
                    p.to_string(),
                    if p.starts_with("your") {
                        "your school"
                    } else if p.starts_with("schools") {
                        "schools"
                    } else {
                        "school"
                    }
                    .to_string(),
                )
            })
            .collect();
        let edits = vec![("4.1(iv)".to_string(), "(iv) Staff who are parents may keep online friendships with other parents but must not discuss the school.".to_string())];
        // Before adoption, checks cite the LA's model.
        let draft =
            check::Draft::new("Staff meeting was shit today", check::Channel::Personal, check::Author::Staff);
        let cited = |o: check::Outcome| {
            o.findings
                .iter()
                .find(|f| f.category == check::Category::Profanity)
                .map(|f| f.clause.clone())
                .unwrap()
        };
        assert_eq!(
            cited(c.app.check_draft(&staff.actor, c.holly, &draft).await.unwrap()).policy,
            check::rules::LCC
        );
        assert!(
            c.app.personal_use_guidance(&staff.actor, c.holly).await.unwrap().is_empty(),
            "nothing adopted yet"
        );
        let befriend = check::Draft::new(
            "Happy to accept friend requests from the Year 6 parents on Facebook",
            check::Channel::Personal,
            check::Author::Staff,
        );
        assert_eq!(
            c.app.check_draft(&staff.actor, c.holly, &befriend).await.unwrap().decision,
            check::Decision::Block
        );
        // Settings: only values of the setting's type, and never one that contradicts a clause.
        let s = |n: &str, v: &str| vec![(n.to_string(), v.to_string())];
        let e = c
            .app
            .adopt_with_settings(
                &actor,
                c.holly,
                model.id,
                &replacements,
                &edits,
                &s("personal_use", "always"),
            )
            .await
            .unwrap_err()
            .to_string();
        assert!(e.contains("personal_use cannot be 'always'"), "{e}");
        let e = c
            .app
            .adopt_with_settings(
                &actor,
                c.holly,
                model.id,
                &replacements,
                &edits,
                &s("candidate_online_search", "required"),
            )
            .await
            .unwrap_err()
            .to_string();
        assert!(e.contains("contradict itself") && e.contains("4.2"), "{e}");
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads_before, "refused adoption wrote nothing");
        let v = c
            .app
            .adopt_with_settings(
                &actor,
                c.holly,
                model.id,
                &replacements,
                &edits,
                &s("staff_parent_friendships", "allowed-for-staff-who-are-parents"),
            )
            .await
            .unwrap();
        assert_eq!(v.status, "adopted");
        let chosen =
            policy::Pack::parse(&v.pack_id, &v.pack).unwrap().meta.settings.staff_parent_friendships.unwrap();
        assert_eq!(
            (chosen.value.code(), chosen.clause.as_str()),
            ("allowed-for-staff-who-are-parents", "4.1(iv)")
        );
        // After it, the same check cites the school's adopted version, in its words.
        let c41 = cited(c.app.check_draft(&staff.actor, c.holly, &draft).await.unwrap());
        assert!(
            c41.policy.starts_with("Holly Grove School")
                && c41.policy.contains(&format!("version {}", v.version_no)),
            "{c41:?}"
        );
        assert_eq!(c41.clause, "4.1(iii)");
        // Rules no text check can see are shown beside a personal post's check.
        let rules = c.app.personal_use_guidance(&staff.actor, c.holly).await.unwrap();
        assert!(
            rules
                .iter()
                .any(|(r, at)| r.contains("outside your working hours") && at.ends_with("clause 4.1(i)")),
            "{rules:?}"
        );
        assert!(rules.iter().any(|(r, _)| r.contains("only for staff who are parents")), "{rules:?}");
        // The chosen setting changes the decision, citing the adopted clause.
        let o = c.app.check_draft(&staff.actor, c.holly, &befriend).await.unwrap();
        assert_eq!(o.decision, check::Decision::Warn, "{:?}", o.findings);
        assert_eq!(o.findings[0].clause.clause, "4.1(iv)");
        assert!(o.findings[0].clause.policy.starts_with("Holly Grove School"));
        assert!(o.findings[0].clause.text.as_deref().unwrap_or("").contains("Staff who are parents"));
        assert!(c41.text.as_deref().unwrap_or("").contains("bring the school into disrepute"));
        assert_eq!(v.derived_from, Some(model.id));
        let view = c.app.policy(&staff.actor, v.id).await.unwrap();
        assert!(view.pack.clause("4.1(iv)").unwrap().text.contains("Staff who are parents"));
        assert!(view.pack.clause("6(i)").unwrap().text.contains("into your school"), "placeholder resolved");
        assert_eq!(view.record.content_hash, view.pack.content_hash());
        assert!(view.lint.iter().all(|f| f.code != "placeholder-unresolved"));
        // Approvals: governors' approval recorded with date and approver; future dates refused.
        assert!(c
            .app
            .record_approval(&actor, v.id, "approved-by-governors", "2099-01-01", "FGB", "")
            .await
            .is_err());
        c.app
            .record_approval(
                &actor,
                v.id,
                "approved-by-governors",
                "2026-11-20",
                "Full governing board",
                "FGB 12/26",
            )
            .await
            .unwrap();
        assert!(matches!(
            c.app.record_approval(&staff.actor, v.id, "ratified", "2026-11-20", "x", "").await,
            Err(AppError::Forbidden(_))
        ));
        // Staff acknowledge once; coverage updates.
        assert_eq!(c.app.pending_acknowledgements(&staff.actor).await.unwrap().len(), 1);
        assert!(c.app.acknowledge(&staff.actor, v.id).await.unwrap());
        assert!(!c.app.acknowledge(&staff.actor, v.id).await.unwrap());
        assert!(c.app.pending_acknowledgements(&staff.actor).await.unwrap().is_empty());
        let cov = c.app.coverage(&actor, v.id).await.unwrap();
        assert_eq!(cov.rows.iter().filter(|r| r.acknowledged_at.is_some()).count(), 1);
        assert!(cov.by_role.contains(&(Role::Staff, 1, 1)));
        assert!(cov.by_role.contains(&(Role::Governor, 0, 1)));
        assert!(matches!(c.app.coverage(&staff.actor, v.id).await, Err(AppError::Forbidden(_))));
        // The Staff Handbook is a recorded stage.
        c.app
            .record_approval(
                &actor,
                v.id,
                "in-staff-handbook",
                "2026-11-20",
                "Staff Handbook 2026/27",
                "Section 4",
            )
            .await
            .unwrap();
        let view = c.app.policy(&actor, v.id).await.unwrap();
        assert!(view
            .approvals
            .iter()
            .any(|a| a.stage == "in-staff-handbook" && a.approver.contains("2026/27")));
        // A new starter joins after adoption: their induction is outstanding until recorded.
        assert_eq!(cov.inductions_outstanding, 0, "everyone was there before adoption");
        c.clock.advance(Duration::days(1));
        let csv = "first_name,last_name,email,role,employment_type\nNia,Evans,nia@h.sch.uk,staff,employee\n";
        let parsed = domain::staff_import::parse(csv.as_bytes()).unwrap();
        c.app.import_staff(By::Operator, c.holly, parsed, true, &|_, _| {}).await.unwrap();
        let nia = c.app.store.find_user_by_email("nia@h.sch.uk").await.unwrap().unwrap();
        let cov = c.app.coverage(&actor, v.id).await.unwrap();
        assert_eq!(cov.inductions_outstanding, 1);
        assert!(cov
            .rows
            .iter()
            .any(|r| r.person.user.id == nia.id && r.new_starter && r.inducted_on.is_none()));
        let heads = c.app.store.audit_heads().await.unwrap();
        for (date, want) in [("2099-01-01", "not before"), ("21/11/2026", "must look like")] {
            let e = c.app.record_induction(&actor, c.holly, nia.id, date, "").await.unwrap_err().to_string();
            assert!(e.contains(want), "{e}");
        }
        assert!(matches!(
            c.app.record_induction(&staff.actor, c.holly, nia.id, "2026-11-21", "").await,
            Err(AppError::Forbidden(_))
        ));
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads, "refused inductions wrote nothing");
        let today = c.clock.now_for_test().date().to_string();
        c.app.record_induction(&actor, c.holly, nia.id, &today, "Went through section 4").await.unwrap();
        let cov = c.app.coverage(&actor, v.id).await.unwrap();
        assert_eq!(cov.inductions_outstanding, 0);
        assert!(cov
            .rows
            .iter()
            .any(|r| r.person.user.id == nia.id && r.inducted_on.as_deref() == Some(&*today)));
        // Union and professional association guidance: the LA's and the school's, school first.
        let la = c.app.store.get_org(c.holly).await.unwrap().unwrap().parent_id.unwrap();
        let link = |n: &str, u: &str| store::GuidanceLink { name: n.into(), url: u.into() };
        c.app
            .set_guidance_links(&actor, c.holly, vec![link("NEU", "https://neu.org.uk/advice")])
            .await
            .unwrap();
        let e = c
            .app
            .set_guidance_links(&actor, c.holly, vec![link("NASUWT", "nasuwt.org.uk")])
            .await
            .unwrap_err()
            .to_string();
        assert!(e.contains("Link 1 (NASUWT)"), "{e}");
        assert!(matches!(
            c.app.set_guidance_links(&staff.actor, c.holly, vec![]).await,
            Err(AppError::Forbidden(_))
        ));
        c.app
            .set_guidance_links(&actor, la, vec![link("UNISON", "https://www.unison.org.uk/")])
            .await
            .unwrap_err();
        let adviser = signed_in(&c, demo::ADVISER_EMAIL).await;
        c.app
            .set_guidance_links(&adviser.actor, la, vec![link("UNISON", "https://www.unison.org.uk/")])
            .await
            .unwrap();
        let shown = c.app.guidance_links(&staff.actor, c.holly).await.unwrap();
        assert_eq!(shown.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), vec!["NEU", "UNISON"]);
        assert_eq!(shown[1].from, c.app.store.get_org(la).await.unwrap().unwrap().name);
        // The LA sees each school's coverage, counts only, per role.
        let roll = c.app.policy_rollup(&adviser.actor, la).await.unwrap();
        let hg = roll.iter().find(|r| r.school_id == c.holly).unwrap();
        assert_eq!((hg.acknowledged, hg.people, hg.inductions_outstanding), (1, 8, 0), "{hg:?}");
        assert_eq!(hg.policy.as_ref().map(|p| p.1), Some(v.version_no));
        assert_eq!(hg.model_version, Some(model.version_no));
        assert!(hg.by_role.contains(&(Role::Staff, 1, 2)), "{:?}", hg.by_role);
        assert!(roll.iter().any(|r| r.school_id != c.holly && r.policy.is_none() && r.acknowledged == 0));
        assert!(matches!(c.app.policy_rollup(&staff.actor, la).await, Err(AppError::Forbidden(_))));
        // A new version needs a new acknowledgement; the old one is superseded.
        let v2 = c.app.adopt(&actor, c.holly, model.id, &replacements, &[]).await.unwrap();
        assert_eq!(c.app.store.get_policy_version(v.id).await.unwrap().unwrap().status, "superseded");
        assert_eq!(
            c.app
                .pending_acknowledgements(&staff.actor)
                .await
                .unwrap()
                .iter()
                .map(|x| x.id)
                .collect::<Vec<_>>(),
            vec![v2.id]
        );
        // A new edition of the model is flagged on the school's version.
        assert!(c.app.policy(&actor, v2.id).await.unwrap().lint.iter().all(|f| f.code != "model-updated"));
        let newer = model.pack.replace("a popular form", "a very popular form");
        assert_ne!(newer, model.pack);
        let m2 = c.app.publish_model(By::Operator, model.org_id, &newer).await.unwrap();
        assert_eq!(m2.version_no, model.version_no + 1);
        let lint = c.app.policy(&actor, v2.id).await.unwrap().lint;
        let f = lint.iter().find(|f| f.code == "model-updated").expect("model-updated finding");
        assert!(
            f.message.contains(&format!("version {} has since been published", m2.version_no)),
            "{}",
            f.message
        );
        // Willow Lane's people cannot read Holly Grove's policy.
        let willow_staff = signed_in(&c, &demo_email(Role::Staff, "willowlane")).await;
        assert!(matches!(c.app.policy(&willow_staff.actor, v2.id).await, Err(AppError::NotFound(_))));
    }

    pub async fn reminders_follow_the_ladder_once_each(db: &TestDb) {
        let c = ctx(db, None).await;
        let head = signed_in(&c, &demo_email(Role::Headteacher, "hollygrove")).await;
        let mut actor = head.actor.clone();
        actor.two_factor_verified = true;
        let (model, _) =
            c.app.policies_for(&actor).await.unwrap().into_iter().find(|(v, _)| v.kind == "model").unwrap();
        let replacements: Vec<(String, String)> =
            app::policies::PLACEHOLDERS.iter().map(|p| (p.to_string(), "school".to_string())).collect();
        let v = c.app.adopt(&actor, c.holly, model.id, &replacements, &[]).await.unwrap();
        let today = |c: &Ctx| c.clock.now_for_test().date();
        let emails_before = c.app.store.pending_email_count().await.unwrap();
        let r = c.app.run_reminders(today(&c)).await.unwrap();
        assert_eq!(r.acknowledgement, 7, "everyone at Holly Grove is asked");
        assert_eq!(r.training, 14, "and everyone at both schools is asked to do online safety");
        assert_eq!(c.app.store.pending_email_count().await.unwrap(), emails_before + 7 + 14);
        assert_eq!(
            c.app.run_reminders(today(&c)).await.unwrap(),
            app::reminders::SweepReport::default(),
            "nothing twice"
        );
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        c.app.acknowledge(&staff.actor, v.id).await.unwrap();
        c.clock.advance(Duration::days(14));
        assert_eq!(
            c.app.run_reminders(today(&c)).await.unwrap().acknowledgement,
            6,
            "7 days before: those still outstanding"
        );
        c.clock.advance(Duration::days(8));
        assert_eq!(c.app.run_reminders(today(&c)).await.unwrap().acknowledgement, 6, "overdue");
        c.clock.advance(Duration::days(1));
        assert_eq!(c.app.run_reminders(today(&c)).await.unwrap().acknowledgement, 6, "daily while overdue");
        // Review: a year after adoption, the headteacher hears 30 days before.
        c.clock.advance(Duration::days(320));
        let r = c.app.run_reminders(today(&c)).await.unwrap();
        assert_eq!((r.review, r.reviews_opened), (1, 0), "{r:?}");
        // On the review date a scheduled review task opens, once.
        c.clock.advance(Duration::days(30));
        let r = c.app.run_reminders(today(&c)).await.unwrap();
        assert_eq!((r.review, r.reviews_opened), (1, 1), "{r:?}");
        assert_eq!(c.app.run_reminders(today(&c)).await.unwrap().reviews_opened, 0);
        let reviews = c.app.reviews(&actor, c.holly).await.unwrap();
        assert_eq!((reviews.len(), reviews[0].trigger.as_str()), (1, "scheduled"));
        // Closed with "no change", the next cycle starts from that day: no more overdue reminders.
        c.app
            .record_consultation(&actor, reviews[0].id, "governors", &today(&c).to_string(), "Content")
            .await
            .unwrap();
        c.app.close_review(&actor, reviews[0].id, "no-change", "").await.unwrap();
        c.clock.advance(Duration::days(7));
        let r = c.app.run_reminders(today(&c)).await.unwrap();
        assert_eq!((r.review, r.reviews_opened), (0, 0), "{r:?}");
    }

    pub async fn training_import_and_readiness(db: &TestDb) {
        let c = ctx(db, None).await;
        let head = signed_in(&c, &demo_email(Role::Headteacher, "hollygrove")).await;
        let mut actor = head.actor.clone();
        actor.two_factor_verified = true;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let staff_email = demo_email(Role::Staff, "hollygrove");
        let willow_email = demo_email(Role::Staff, "willowlane");
        // Any bad row refuses the whole file and names every line.
        let heads_before = c.app.store.audit_heads().await.unwrap();
        let bad = format!(
            "email,course,completed_on\n{staff_email},online-safety,2026-01-10\n{willow_email},online-safety,2026-01-10\n{staff_email},first-aid,2026-01-10\n{staff_email},online-safety,2027-01-01\n"
        );
        let err = c
            .app
            .import_training(By::Person(&actor), c.holly, bad.as_bytes())
            .await
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("line 3:") && err.contains("not a member of this school"), "{err}");
        assert!(err.contains("line 4:") && err.contains("first-aid"), "{err}");
        assert!(err.contains("line 5:") && err.contains("in the future"), "{err}");
        assert!(!err.contains("line 2:"), "{err}");
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads_before, "nothing written");
        assert!(c.app.courses(&actor, c.holly).await.unwrap().1.is_empty());
        // Staff cannot import.
        assert!(matches!(
            c.app.import_training(By::Person(&staff.actor), c.holly, b"email,course,completed_on\n").await,
            Err(AppError::Forbidden(_))
        ));
        // A completion from 2025-10-01 on a 12-month course has expired by 2026-11-23.
        let old = format!("email,course,completed_on\n{staff_email},online-safety,2025-10-01\n");
        assert_eq!(c.app.import_training(By::Person(&actor), c.holly, old.as_bytes()).await.unwrap(), 1);
        let (courses, done) = c.app.courses(&actor, c.holly).await.unwrap();
        assert_eq!(courses.len(), 2);
        assert_eq!(done[0].expires_on.as_deref(), Some("2026-10-01"));
        // The lapsed training is chased once per step, and a fresh completion stops it.
        let today = c.clock.now_for_test().date();
        let emails = c.app.store.pending_email_count().await.unwrap();
        // Online safety is required of everyone: the lapsed one, and the 13 people at both demo
        // schools who have never done it.
        assert_eq!(c.app.run_reminders(today).await.unwrap().training, 14);
        assert_eq!(c.app.store.pending_email_count().await.unwrap(), emails + 14);
        assert_eq!(c.app.run_reminders(today).await.unwrap().training, 0, "not twice");
        let r = c.app.readiness(&actor, c.holly, staff.actor.user_id, "online-safety").await.unwrap();
        assert!(!r.trained && !r.acknowledged_current_policy, "{r:?}");
        assert!(r.reasons.iter().any(|x| x.contains("not adopted")), "{r:?}");
        assert!(r.reasons.iter().any(|x| x.contains("still in date")), "{r:?}");
        // A fresh completion and an acknowledgement of the adopted policy make them ready.
        c.app.record_completion(&actor, c.holly, &staff_email, "online-safety", "2026-11-02").await.unwrap();
        c.clock.advance(Duration::days(7));
        assert_eq!(
            c.app.run_reminders(c.clock.now_for_test().date()).await.unwrap().training,
            13,
            "a week on, the 13 who never did it are chased again; the refreshed one is in date"
        );
        c.clock.advance(Duration::days(-7));
        let (model, _) =
            c.app.policies_for(&actor).await.unwrap().into_iter().find(|(v, _)| v.kind == "model").unwrap();
        let replacements: Vec<(String, String)> =
            app::policies::PLACEHOLDERS.iter().map(|p| (p.to_string(), "school".to_string())).collect();
        let v = c.app.adopt(&actor, c.holly, model.id, &replacements, &[]).await.unwrap();
        c.app.acknowledge(&staff.actor, v.id).await.unwrap();
        let r = c.app.readiness(&staff.actor, c.holly, staff.actor.user_id, "online-safety").await.unwrap();
        assert!(r.trained && r.acknowledged_current_policy && r.reasons.is_empty(), "{r:?}");
        // Staff may ask about themselves, not about colleagues.
        assert!(matches!(
            c.app.readiness(&staff.actor, c.holly, head.actor.user_id, "online-safety").await,
            Err(AppError::Forbidden(_))
        ));
        // Thirteen months later the training has lapsed.
        c.clock.advance(Duration::days(400));
        let r = c.app.readiness(&actor, c.holly, staff.actor.user_id, "online-safety").await.unwrap();
        assert!(!r.trained && r.acknowledged_current_policy, "{r:?}");
    }

    pub async fn review_opened_by_trigger_consulted_and_closed(db: &TestDb) {
        let c = ctx(db, None).await;
        let head = signed_in(&c, &demo_email(Role::Headteacher, "hollygrove")).await;
        let mut actor = head.actor.clone();
        actor.two_factor_verified = true;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let (model, _) =
            c.app.policies_for(&actor).await.unwrap().into_iter().find(|(v, _)| v.kind == "model").unwrap();
        let replacements: Vec<(String, String)> =
            app::policies::PLACEHOLDERS.iter().map(|p| (p.to_string(), "school".to_string())).collect();
        let v = c.app.adopt(&actor, c.holly, model.id, &replacements, &[]).await.unwrap();
        let heads = c.app.store.audit_heads().await.unwrap();
        let bad = c.app.open_review(&actor, v.id, "whim", "x").await.unwrap_err().to_string();
        assert!(bad.contains("'whim' is not a review trigger") && bad.contains("case-law"), "{bad}");
        assert!(c
            .app
            .open_review(&actor, v.id, "incident", "  ")
            .await
            .unwrap_err()
            .to_string()
            .contains("Give the description"));
        assert!(matches!(
            c.app.open_review(&staff.actor, v.id, "incident", "x").await,
            Err(AppError::Forbidden(_))
        ));
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads, "refusals write nothing");
        let id = c
            .app
            .open_review(&actor, v.id, "incident", "A parent shared a video of a class trip")
            .await
            .unwrap();
        assert!(c
            .app
            .open_review(&actor, v.id, "legislation", "Online Safety Act")
            .await
            .unwrap_err()
            .to_string()
            .contains("already open"));
        // Not closed until someone has been consulted.
        assert!(c
            .app
            .close_review(&actor, id, "no-change", "")
            .await
            .unwrap_err()
            .to_string()
            .contains("Record who was consulted"));
        assert!(c
            .app
            .record_consultation(&actor, id, "governors", "2099-01-01", "x")
            .await
            .unwrap_err()
            .to_string()
            .contains("future"));
        assert!(c
            .app
            .record_consultation(&actor, id, "dinner-ladies", "2026-11-20", "x")
            .await
            .unwrap_err()
            .to_string()
            .contains("use one of"));
        c.app
            .record_consultation(
                &actor,
                id,
                "governors",
                "2026-11-20",
                "FGB asked for clearer consent wording",
            )
            .await
            .unwrap();
        c.app
            .record_consultation(&actor, id, "parents-carers", "2026-11-21", "Parent forum: no concerns")
            .await
            .unwrap();
        let (r, consulted) = c.app.review(&staff.actor, id).await.unwrap();
        assert_eq!((r.state.as_str(), consulted.len()), ("consulting", 2));
        // "A new version" needs one adopted since the review opened.
        assert!(c
            .app
            .close_review(&actor, id, "new-version", "")
            .await
            .unwrap_err()
            .to_string()
            .contains("Adopt it first"));
        c.clock.advance(Duration::days(1));
        let v2 = c.app.adopt(&actor, c.holly, model.id, &replacements, &[]).await.unwrap();
        assert_eq!(
            c.app.close_review(&actor, id, "new-version", "Consent wording tightened").await.unwrap(),
            domain::review::ReviewOutcome::NewVersion
        );
        let (r, _) = c.app.review(&actor, id).await.unwrap();
        assert_eq!((r.state.as_str(), r.outcome_version_id), ("closed", Some(v2.id)));
        assert!(c
            .app
            .record_consultation(&actor, id, "staff", "2026-11-21", "late")
            .await
            .unwrap_err()
            .to_string()
            .contains("closed"));
        // Willow Lane cannot see Holly Grove's review.
        let willow = signed_in(&c, &demo_email(Role::Staff, "willowlane")).await;
        assert!(matches!(c.app.review(&willow.actor, id).await, Err(AppError::NotFound(_))));
        assert_eq!(c.app.reviews(&actor, c.holly).await.unwrap().len(), 1);
    }

    pub async fn education_records_and_gaps(db: &TestDb) {
        use app::education::EducationInput;
        let c = ctx(db, None).await;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let governor = signed_in(&c, &demo_email(Role::Governor, "hollygrove")).await;
        let o = c.app.education(&governor.actor, c.holly).await.unwrap();
        assert_eq!(o.gaps.len(), 2, "nothing recorded: both gaps shown");
        let lesson = EducationInput {
            kind: "curriculum".into(),
            on_date: "2026-11-10".into(),
            audience: "Year 5".into(),
            topic: "Who can see what you post".into(),
            ..Default::default()
        };
        let heads = c.app.store.audit_heads().await.unwrap();
        for (bad, why) in [
            (EducationInput { kind: "assembly".into(), ..lesson.clone() }, "not a kind of record"),
            (EducationInput { on_date: "2099-01-01".into(), ..lesson.clone() }, "once it has happened"),
            (EducationInput { audience: " ".into(), ..lesson.clone() }, "Give the audience"),
            (
                EducationInput { link: "javascript:alert(1)".into(), ..lesson.clone() },
                "must start with https://",
            ),
        ] {
            let e = c.app.record_education(&staff.actor, c.holly, &bad).await.unwrap_err().to_string();
            assert!(e.contains(why), "{e}");
        }
        assert!(matches!(
            c.app.record_education(&governor.actor, c.holly, &lesson).await,
            Err(AppError::Forbidden(_))
        ));
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads, "refusals write nothing");
        c.app.record_education(&staff.actor, c.holly, &lesson).await.unwrap();
        let o = c.app.education(&governor.actor, c.holly).await.unwrap();
        assert_eq!(o.curriculum_by_audience.get("Year 5").map(String::as_str), Some("2026-11-10"));
        assert_eq!(
            o.gaps,
            vec!["No guidance has been offered to parents and carers in the last 12 months.".to_string()]
        );
        let evening = EducationInput {
            kind: "parents".into(),
            audience: "All parents".into(),
            topic: "Parents' online safety evening".into(),
            link: "https://hollygrove.example/online-safety".into(),
            ..lesson.clone()
        };
        c.app.record_education(&staff.actor, c.holly, &evening).await.unwrap();
        assert!(c.app.education(&governor.actor, c.holly).await.unwrap().gaps.is_empty());
        // A year on, both are due again.
        c.clock.advance(Duration::days(400));
        assert_eq!(c.app.education(&governor.actor, c.holly).await.unwrap().gaps.len(), 2);
        assert!(
            c.app.education(&governor.actor, c.willow).await.is_err(),
            "other schools' records are not theirs"
        );
    }

    pub async fn training_session_plan_and_attendance(db: &TestDb) {
        let c = ctx(db, None).await;
        let hr = signed_in(&c, &demo_email(Role::Hr, "hollygrove")).await;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let willow = signed_in(&c, &demo_email(Role::Staff, "willowlane")).await;
        let day = (c.clock.now_for_test().date() + Duration::days(7)).to_string();
        let heads = c.app.store.audit_heads().await.unwrap();
        assert!(c
            .app
            .plan_session(&hr.actor, c.holly, "first-aid", &day, "Hall")
            .await
            .unwrap_err()
            .to_string()
            .contains("no course"));
        assert!(c
            .app
            .plan_session(&hr.actor, c.holly, "online-safety", &day, " ")
            .await
            .unwrap_err()
            .to_string()
            .contains("Say where"));
        assert!(c
            .app
            .plan_session(&hr.actor, c.holly, "online-safety", "2030-01-01", "Hall")
            .await
            .unwrap_err()
            .to_string()
            .contains("two years"));
        assert!(matches!(
            c.app.plan_session(&staff.actor, c.holly, "online-safety", &day, "Hall").await,
            Err(AppError::Forbidden(_))
        ));
        assert_eq!(c.app.store.audit_heads().await.unwrap(), heads, "refusals write nothing");
        let id = c.app.plan_session(&hr.actor, c.holly, "online-safety", &day, "Hall").await.unwrap();
        let view = c.app.session(&hr.actor, id).await.unwrap();
        assert!(view.people.iter().any(|(p, needs)| p.user.id == staff.actor.user_id && *needs));
        assert!(matches!(c.app.session(&willow.actor, id).await, Err(AppError::NotFound(_))));
        assert!(c
            .app
            .record_attendance(&hr.actor, id, &[staff.actor.user_id])
            .await
            .unwrap_err()
            .to_string()
            .contains("taken place"));
        c.clock.advance(Duration::days(8));
        assert!(c
            .app
            .record_attendance(&hr.actor, id, &[willow.actor.user_id])
            .await
            .unwrap_err()
            .to_string()
            .contains("not a member"));
        assert_eq!(
            c.app
                .record_attendance(&hr.actor, id, &[staff.actor.user_id, staff.actor.user_id])
                .await
                .unwrap(),
            1
        );
        assert!(c
            .app
            .record_attendance(&hr.actor, id, &[staff.actor.user_id])
            .await
            .unwrap_err()
            .to_string()
            .contains("already"));
        let r = c.app.readiness(&staff.actor, c.holly, staff.actor.user_id, "online-safety").await.unwrap();
        assert!(r.trained, "{r:?}");
        let view = c.app.session(&hr.actor, id).await.unwrap();
        assert!(view.people.iter().any(|(p, needs)| p.user.id == staff.actor.user_id && !*needs));
    }

    pub async fn own_policy_settings_reach_the_checks(db: &TestDb) {
        let c = ctx(db, None).await;
        let head = signed_in(&c, &demo_email(Role::Headteacher, "hollygrove")).await;
        let mut actor = head.actor.clone();
        actor.two_factor_verified = true;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        let mut draft = check::Draft::new("Sports day fun!", check::Channel::Official, check::Author::School);
        draft.images.push(check::Image { pupils: vec!["Jack Smith".into()] });
        assert!(
            c.app.check_draft(&staff.actor, c.holly, &draft).await.unwrap().findings.is_empty(),
            "parents' consent is enough under the model"
        );
        // Refusals: a model is not a school's own policy; staff cannot adopt.
        let model = include_str!("../../../policies/lcc-model-2025.md");
        assert!(c
            .app
            .adopt_own(By::Person(&actor), c.holly, model)
            .await
            .unwrap_err()
            .to_string()
            .contains("not a school's own policy"));
        let own = include_str!("../../../policies/social-networking-policy-2025.md");
        assert!(matches!(
            c.app.adopt_own(By::Person(&staff.actor), c.holly, own).await,
            Err(AppError::Forbidden(_))
        ));
        let v = c.app.adopt_own(By::Person(&actor), c.holly, own).await.unwrap();
        assert_eq!((v.kind.as_str(), v.status.as_str()), ("school", "adopted"));
        let in_force: Vec<_> = c
            .app
            .store
            .list_policy_versions(&[c.holly])
            .await
            .unwrap()
            .into_iter()
            .filter(|x| x.status == "adopted")
            .collect();
        assert_eq!(in_force.iter().map(|x| x.id).collect::<Vec<_>>(), vec![v.id], "one policy in force");
        assert_eq!(c.app.pending_acknowledgements(&staff.actor).await.unwrap().len(), 1, "a campaign opens");
        // Its image-consent setting (parents and headteacher) now shapes the same check.
        let o = c.app.check_draft(&staff.actor, c.holly, &draft).await.unwrap();
        assert_eq!(o.decision, check::Decision::Warn, "{:?}", o.findings);
        let f = &o.findings[0];
        assert!(f.message.contains("headteacher's approval"), "{f:?}");
        assert!(
            f.clause.policy.starts_with("Holly Grove School") && f.clause.clause == "staff-expectations",
            "{f:?}"
        );
        // A planned replacement date that has passed alerts the headteacher weekly.
        let lapsed = include_str!("../../../policies/lowerhouse-2025.md").replacen(
            "\n+++\n",
            "\n[replacement]\ndate = \"2025-09\"\nby = \"the Digi360 model\"\n+++\n",
            1,
        );
        let today = c.clock.now_for_test().date();
        assert_eq!(c.app.run_reminders(today).await.unwrap().replacement, 0, "nothing planned yet");
        c.app.adopt_own(By::Person(&actor), c.holly, &lapsed).await.unwrap();
        let outbox = c.app.store.pending_email_count().await.unwrap();
        let r = c.app.run_reminders(today).await.unwrap();
        assert_eq!(r.replacement, 1, "the one headteacher: {r:?}");
        assert_eq!(
            c.app.store.pending_email_count().await.unwrap() - outbox,
            (r.replacement + r.acknowledgement + r.review + r.training) as i64
        );
        assert_eq!(c.app.run_reminders(today).await.unwrap().replacement, 0, "once a week");
        assert_eq!(c.app.run_reminders(today + time::Duration::days(7)).await.unwrap().replacement, 1);
    }

    pub async fn audit_chain_verifies_after_a_working_session(db: &TestDb) {
        let c = ctx(db, None).await;
        let staff = signed_in(&c, &demo_email(Role::Staff, "hollygrove")).await;
        // Reads of restricted records leave an event in the school's own chain.
        c.app.audited_read(&staff.actor, c.holly, "concern", "42").await.unwrap();
        let read = c
            .app
            .store
            .query_audit(&store::AuditQuery {
                org_ids: vec![c.holly],
                action_prefix: Some("concern.read".into()),
                limit: 5,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].actor_user_id, Some(staff.user.id));
        assert_eq!(read[0].record_id.as_deref(), Some("42"));
        c.app.sign_out(&staff).await.unwrap();
        let rep = app::verify::verify_audit(c.app.store.as_ref()).await.unwrap();
        assert!(rep.first_break.is_none(), "{rep:?}");
        assert!(rep.events >= 20, "demo + sign-in + read events: {}", rep.events);
        assert_eq!(rep.chains, 4, "platform, LA and two schools");
    }
}

trait TestHelpers {
    async fn current_by_id(&self, cur: &Current) -> Current;
}

impl TestHelpers for App {
    async fn current_by_id(&self, cur: &Current) -> Current {
        let session = self.store.get_session(&cur.session.id_hash).await.unwrap().unwrap();
        let user = self.store.get_user(cur.user.id).await.unwrap().unwrap();
        let actor = self.actor_for(&user, session.two_factor_verified).await.unwrap();
        Current { session, user, actor }
    }
}

trait ClockExt {
    fn now_for_test(&self) -> time::OffsetDateTime;
}

impl ClockExt for FixedClock {
    fn now_for_test(&self) -> time::OffsetDateTime {
        app::clock::Clock::now(self)
    }
}
