//! One conformance suite, run against every backend this machine has: SQLite always, PostgreSQL
//! when `SAFESOCIAL_TEST_POSTGRES_URL` is set (always in CI).

use domain::audit::ChainVerifier;
use domain::{AuditDraft, EmploymentType, Membership, OrgKind, Role};
use serde_json::json;
use sqlx::Connection;
use store::testing::TestDb;
use store::*;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-11-21 10:00:00 UTC);

fn new_user(email: &str) -> NewUser {
    NewUser {
        email: email.to_owned(),
        first_name: "Ann".into(),
        last_name: "Jones".into(),
        employment_type: EmploymentType::Employee,
        password_hash: Some("hash".into()),
        system_admin: false,
    }
}

fn fx(org: i64, action: &str) -> Effects {
    Effects::audit(AuditDraft::new(org, Some(1), action, "test").after(json!({"k": action})))
}

async fn la_and_two_schools(s: &dyn Store) -> (i64, i64, i64) {
    let la = s
        .create_org(OrgKind::LocalAuthority, "Lancashire (test)", None, NOW, fx(-1, "org.created"))
        .await
        .unwrap();
    let a =
        s.create_org(OrgKind::School, "Holly Grove", Some(la.id), NOW, fx(-1, "org.created")).await.unwrap();
    let b =
        s.create_org(OrgKind::School, "Willow Lane", Some(la.id), NOW, fx(-1, "org.created")).await.unwrap();
    (la.id, a.id, b.id)
}

async fn verify_all(s: &dyn Store) -> std::result::Result<u64, domain::ChainBreak> {
    let mut total = 0;
    for head in s.audit_heads().await.unwrap() {
        let mut v = ChainVerifier::new(head.org_id);
        let mut after = 0;
        loop {
            let page = s.audit_chain_page(head.org_id, after, 100).await.unwrap();
            if page.is_empty() {
                break;
            }
            for e in &page {
                v.push(e)?;
                after = e.seq;
            }
        }
        v.finish(head.seq, &head.hash)?;
        total += v.checked;
    }
    Ok(total)
}

macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $name() {
                for db in TestDb::all().await {
                    let backend = db.store.backend().name();
                    eprintln!("{} on {backend}", stringify!($name));
                    super_tests::$name(&db).await;
                    db.cleanup().await;
                }
            }
        )*
    };
}

conformance!(
    migrations_are_idempotent,
    organisation_tree_rules,
    people_and_roles_with_audit_in_one_transaction,
    duplicate_email_changes_nothing,
    schools_never_see_each_others_people,
    audit_chain_verifies_and_rows_are_immutable,
    tampering_is_detected,
    audit_query_filters,
    sessions_and_expiry,
    single_use_links,
    outbox_claims_once_and_redacts,
    api_tokens_revoke,
    login_failure_counting,
    two_factor_and_recovery_codes,
    staff_import_is_all_or_nothing,
    disabling_signs_out_and_revokes_tokens,
    check_context_is_per_school_and_replaced_whole,
    policy_versions_approvals_and_acknowledgements,
    training_courses_and_completions,
    reviews_open_consult_close,
    education_records_per_school,
    inductions_and_guidance_links,
    training_sessions_and_attendance,
);

mod super_tests {
    use super::*;

    fn pupil(upn: &str, first: &str) -> PupilRecord {
        PupilRecord {
            upn: upn.into(),
            first_name: first.into(),
            last_name: "Smith".into(),
            preferred_name: None,
            year_group: "Year 4".into(),
            social_media_consent: true,
            no_publish: false,
        }
    }

    fn version(org: i64, pack: &str, status: &str, due: Option<&str>) -> NewPolicyVersion {
        NewPolicyVersion {
            org_id: org,
            pack_id: pack.into(),
            kind: "adoption".into(),
            title: "Policy".into(),
            derived_from: None,
            content_hash: "h".into(),
            pack: "+++".into(),
            status: status.into(),
            created_by: None,
            campaign_due: due.map(str::to_owned),
        }
    }

    pub async fn policy_versions_approvals_and_acknowledgements(db: &TestDb) {
        let s = db.store.as_ref();
        let (la, a, b) = la_and_two_schools(s).await;
        let model = s
            .create_policy_version(
                NewPolicyVersion { kind: "model".into(), ..version(la, "lcc", "published", None) },
                NOW,
                fx(la, "policy.published"),
            )
            .await
            .unwrap();
        assert_eq!(model.version_no, 1);
        let v1 = s
            .create_policy_version(
                NewPolicyVersion {
                    derived_from: Some(model.id),
                    ..version(a, "holly", "adopted", Some("2026-12-05"))
                },
                NOW,
                fx(a, "policy.adopted"),
            )
            .await
            .unwrap();
        let v2 = s
            .create_policy_version(
                version(a, "holly", "adopted", Some("2027-01-05")),
                NOW,
                fx(a, "policy.adopted"),
            )
            .await
            .unwrap();
        assert_eq!(v2.version_no, 2);
        assert_eq!(s.get_policy_version(v1.id).await.unwrap().unwrap().status, "superseded");
        assert_eq!(s.policy_campaign_due(v2.id).await.unwrap().as_deref(), Some("2027-01-05"));
        let u = s
            .create_user(
                new_user("ack@x.uk"),
                vec![Membership { org_id: a, role: Role::Staff }],
                None,
                NOW,
                fx(a, "u"),
            )
            .await
            .unwrap();
        assert!(s.acknowledge_policy(v2.id, u.id, "h", NOW, fx(a, "policy.acknowledged")).await.unwrap());
        assert!(
            !s.acknowledge_policy(v2.id, u.id, "h", NOW, fx(a, "policy.acknowledged")).await.unwrap(),
            "once per version"
        );
        assert_eq!(s.policy_acknowledgements(v2.id).await.unwrap().len(), 1);
        assert!(
            s.policy_acknowledgements(v1.id).await.unwrap().is_empty(),
            "a new version needs a new acknowledgement"
        );
        let approval = PolicyApprovalRecord {
            stage: "approved-by-governors".into(),
            on_date: "2026-11-20".into(),
            approver: "Full governing board".into(),
            minute_ref: "FGB 12/26".into(),
            recorded_by: Some(u.id),
            recorded_at: NOW,
        };
        s.add_policy_approval(v2.id, approval.clone(), fx(a, "policy.approval-recorded")).await.unwrap();
        assert_eq!(s.policy_approvals(v2.id).await.unwrap(), vec![approval.clone()]);
        assert!(matches!(
            s.add_policy_approval(9999, approval, fx(a, "x")).await,
            Err(StoreError::NotFound(_))
        ));
        assert_eq!(s.list_policy_versions(&[a]).await.unwrap().len(), 2);
        assert!(s.list_policy_versions(&[b]).await.unwrap().is_empty(), "other schools see none");
        assert_eq!(s.list_policy_versions(&[la, a]).await.unwrap().len(), 3);
    }

    pub async fn training_courses_and_completions(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        let course = s
            .create_course(
                a,
                "online-safety",
                "Online safety",
                Some(12),
                true,
                NOW,
                fx(a, "training.course-created"),
            )
            .await
            .unwrap();
        assert!(matches!(
            s.create_course(a, "online-safety", "Again", None, false, NOW, fx(a, "x")).await,
            Err(StoreError::Conflict(_))
        ));
        s.create_course(
            b,
            "online-safety",
            "Online safety",
            None,
            false,
            NOW,
            fx(b, "training.course-created"),
        )
        .await
        .unwrap();
        let u = s
            .create_user(
                new_user("t1@x.uk"),
                vec![Membership { org_id: a, role: Role::Staff }],
                None,
                NOW,
                fx(a, "u"),
            )
            .await
            .unwrap();
        let c = CompletionRecord {
            course_id: course,
            user_id: u.id,
            completed_on: "2026-09-01".into(),
            expires_on: Some("2027-09-01".into()),
        };
        s.record_completions(std::slice::from_ref(&c), None, NOW, fx(a, "training.completion-recorded"))
            .await
            .unwrap();
        assert_eq!(s.list_completions(a).await.unwrap(), vec![c]);
        assert!(s.list_completions(b).await.unwrap().is_empty(), "per school");
        assert_eq!(s.list_courses(a).await.unwrap().len(), 1);
        assert!(s.list_courses(a).await.unwrap()[0].required_for_all);
        assert!(!s.list_courses(b).await.unwrap()[0].required_for_all);
        // A bad row in a batch writes nothing.
        let bad = CompletionRecord {
            course_id: 99_999,
            user_id: u.id,
            completed_on: "2026-09-02".into(),
            expires_on: None,
        };
        let ok = CompletionRecord {
            course_id: course,
            user_id: u.id,
            completed_on: "2026-09-03".into(),
            expires_on: None,
        };
        assert!(s.record_completions(&[ok, bad], None, NOW, fx(a, "x")).await.is_err());
        assert_eq!(s.list_completions(a).await.unwrap().len(), 1);
    }

    pub async fn training_sessions_and_attendance(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        let course = s
            .create_course(a, "online-safety", "Online safety", Some(12), true, NOW, fx(a, "c"))
            .await
            .unwrap();
        let u = s
            .create_user(
                new_user("att@x.uk"),
                vec![Membership { org_id: a, role: Role::Staff }],
                None,
                NOW,
                fx(a, "u"),
            )
            .await
            .unwrap();
        let rec = TrainingSessionRecord {
            id: 0,
            org_id: a,
            course_id: course,
            on_date: "2026-11-20".into(),
            place: "Hall".into(),
            created_by: None,
            created_at: NOW,
            attendance_recorded_at: None,
        };
        let id = s.create_training_session(&rec, fx(a, "training.session-planned")).await.unwrap();
        assert_eq!(
            s.get_training_session(id).await.unwrap(),
            Some(TrainingSessionRecord { id, ..rec.clone() })
        );
        assert!(s.list_training_sessions(b).await.unwrap().is_empty());
        let done = vec![CompletionRecord {
            course_id: course,
            user_id: u.id,
            completed_on: "2026-11-20".into(),
            expires_on: Some("2027-11-20".into()),
        }];
        s.record_attendance(id, &done, None, NOW, fx(a, "training.attendance-recorded")).await.unwrap();
        assert_eq!(s.list_completions(a).await.unwrap(), done);
        assert!(matches!(
            s.record_attendance(id, &done, None, NOW, fx(a, "x")).await,
            Err(StoreError::Conflict(_))
        ));
        assert_eq!(s.list_completions(a).await.unwrap().len(), 1, "recorded once");
        assert_eq!(s.get_training_session(id).await.unwrap().unwrap().attendance_recorded_at, Some(NOW));
    }

    pub async fn education_records_per_school(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        let rec = |on: &str, kind: &str| EducationRecord {
            id: 0,
            org_id: a,
            kind: kind.into(),
            on_date: on.into(),
            audience: "Year 5".into(),
            topic: "Staying safe online".into(),
            notes: String::new(),
            link: String::new(),
            recorded_by: None,
            recorded_at: NOW,
        };
        s.add_education_record(&rec("2026-10-01", "curriculum"), fx(a, "education.recorded")).await.unwrap();
        let id =
            s.add_education_record(&rec("2026-11-01", "parents"), fx(a, "education.recorded")).await.unwrap();
        let got = s.list_education_records(a).await.unwrap();
        assert_eq!(
            got.iter().map(|r| r.on_date.as_str()).collect::<Vec<_>>(),
            vec!["2026-11-01", "2026-10-01"]
        );
        assert_eq!(got[0], EducationRecord { id, ..rec("2026-11-01", "parents") });
        assert!(s.list_education_records(b).await.unwrap().is_empty());
    }

    pub async fn inductions_and_guidance_links(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        let u = s
            .create_user(
                new_user("new@x.uk"),
                vec![Membership { org_id: a, role: Role::Staff }],
                None,
                NOW,
                fx(a, "u"),
            )
            .await
            .unwrap();
        let rec = |on: &str| InductionRecord {
            org_id: a,
            user_id: u.id,
            inducted_on: on.into(),
            note: "Section 4 gone through".into(),
            recorded_by: None,
            recorded_at: NOW,
        };
        s.record_induction(&rec("2026-11-02"), fx(a, "policy.induction-recorded")).await.unwrap();
        s.record_induction(&rec("2026-11-03"), fx(a, "policy.induction-recorded")).await.unwrap();
        assert_eq!(
            s.list_inductions(a).await.unwrap(),
            vec![rec("2026-11-03")],
            "one per person, the latest"
        );
        assert!(s.list_inductions(b).await.unwrap().is_empty());
        let links = vec![
            GuidanceLink { name: "NEU".into(), url: "https://neu.org.uk/advice".into() },
            GuidanceLink { name: "NASUWT".into(), url: "https://www.nasuwt.org.uk/advice".into() },
        ];
        s.set_guidance_links(a, &links, NOW, fx(a, "policy.guidance-links-set")).await.unwrap();
        assert_eq!(s.guidance_links(a).await.unwrap(), links);
        s.set_guidance_links(a, &links[1..], NOW, fx(a, "policy.guidance-links-set")).await.unwrap();
        assert_eq!(s.guidance_links(a).await.unwrap(), links[1..].to_vec(), "replaced, not added");
        assert!(s.guidance_links(b).await.unwrap().is_empty());
    }

    pub async fn reviews_open_consult_close(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        let v = s
            .create_policy_version(version(a, "ours", "adopted", None), NOW, fx(a, "policy.adopted"))
            .await
            .unwrap();
        let id = s
            .open_review(
                a,
                v.id,
                "incident",
                "A parent posted a video of pupils",
                Some(1),
                NOW,
                fx(a, "policy.review-opened"),
            )
            .await
            .unwrap();
        let r = s.get_review(id).await.unwrap().unwrap();
        assert_eq!((r.state.as_str(), r.trigger.as_str(), r.version_id), ("open", "incident", v.id));
        assert!(s.list_reviews(&[b]).await.unwrap().is_empty(), "per school");
        let c = ConsultationRecord {
            id: 0,
            review_id: id,
            consultee: "governors".into(),
            consulted_on: "2026-11-20".into(),
            summary: "Agreed to tighten 4.2".into(),
            recorded_by: Some(1),
            recorded_at: NOW,
        };
        // A stale state is a conflict and writes nothing.
        assert!(matches!(
            s.add_consultation(&c, "consulting", "consulting", fx(a, "x")).await,
            Err(StoreError::Conflict(_))
        ));
        assert!(s.list_consultations(id).await.unwrap().is_empty());
        s.add_consultation(&c, "open", "consulting", fx(a, "policy.review-consulted")).await.unwrap();
        let got = s.list_consultations(id).await.unwrap();
        assert_eq!(
            (got.len(), got[0].consultee.as_str(), got[0].summary.as_str()),
            (1, "governors", "Agreed to tighten 4.2")
        );
        let closing = ReviewClosing {
            from_state: "consulting".into(),
            outcome: "no-change".into(),
            outcome_version_id: None,
            note: "Still right".into(),
            by: Some(1),
        };
        s.close_review(id, &closing, NOW, fx(a, "policy.review-closed")).await.unwrap();
        assert!(matches!(s.close_review(id, &closing, NOW, fx(a, "x")).await, Err(StoreError::Conflict(_))));
        let r = s.get_review(id).await.unwrap().unwrap();
        assert_eq!(
            (r.state.as_str(), r.outcome.as_deref(), r.closed_at),
            ("closed", Some("no-change"), Some(NOW))
        );
        // Open reviews list before closed ones.
        let id2 = s
            .open_review(a, v.id, "scheduled", "Annual review", None, NOW, fx(a, "policy.review-opened"))
            .await
            .unwrap();
        assert_eq!(
            s.list_reviews(&[a, b]).await.unwrap().iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![id2, id]
        );
    }

    pub async fn check_context_is_per_school_and_replaced_whole(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        assert_eq!(s.check_context_version(a).await.unwrap(), 0);
        s.replace_roster(
            a,
            &[pupil("D888200121000", "Jack"), pupil("T888200121001", "Holly")],
            NOW,
            fx(a, "roster.replaced"),
        )
        .await
        .unwrap();
        s.replace_check_staff(
            a,
            &[CheckStaffRecord {
                first_name: "Sam".into(),
                last_name: "Taylor".into(),
                role: "teacher".into(),
            }],
            NOW,
            fx(a, "staff-list.replaced"),
        )
        .await
        .unwrap();
        let profile = SchoolProfileRecord {
            aliases: vec!["HGS".into()],
            phone: "01772 123456".into(),
            ..Default::default()
        };
        s.set_school_profile(a, &profile, NOW, fx(a, "school-profile.updated")).await.unwrap();
        let ctx = s.check_context(a).await.unwrap();
        assert_eq!(ctx.version, 3);
        assert_eq!(ctx.pupils.len(), 2);
        assert_eq!(ctx.pupils[1].first_name, "Holly");
        assert_eq!(ctx.staff.len(), 1);
        assert_eq!(ctx.profile.unwrap().aliases, vec!["HGS".to_string()]);
        // Another school sees none of it.
        let other = s.check_context(b).await.unwrap();
        assert!(other.pupils.is_empty() && other.staff.is_empty() && other.profile.is_none());
        // A roster with a duplicate UPN is refused whole.
        let err = s
            .replace_roster(
                a,
                &[pupil("D888200121000", "X"), pupil("D888200121000", "Y")],
                NOW,
                fx(a, "roster.replaced"),
            )
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)));
        let after = s.check_context(a).await.unwrap();
        assert_eq!(after.pupils.len(), 2, "old roster kept");
        assert_eq!(after.version, 3, "version unchanged");
    }

    pub async fn migrations_are_idempotent(db: &TestDb) {
        assert!(db.store.migrate().await.unwrap().is_empty(), "second migrate applies nothing");
        db.store.ping().await.unwrap();
    }

    pub async fn organisation_tree_rules(db: &TestDb) {
        let s = db.store.as_ref();
        let (la, a, _) = la_and_two_schools(s).await;
        let err =
            s.create_org(OrgKind::School, "Nested", Some(a), NOW, fx(-1, "org.created")).await.unwrap_err();
        assert!(err.to_string().contains("a school cannot hold a school"), "{err}");
        let err = s.create_org(OrgKind::Trust, "T", Some(la), NOW, fx(-1, "org.created")).await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)));
        let err = s
            .create_org(OrgKind::School, "Orphan", Some(9999), NOW, fx(-1, "org.created"))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)));
        let orgs = s.list_orgs().await.unwrap();
        assert_eq!(orgs.len(), 3, "refused creations wrote nothing");
        assert_eq!(s.get_org(a).await.unwrap().unwrap().parent_id, Some(la));
        // Each organisation's creation opened its own chain.
        let heads = s.audit_heads().await.unwrap();
        assert_eq!(heads.len(), 3);
    }

    pub async fn people_and_roles_with_audit_in_one_transaction(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let u = s
            .create_user(
                new_user("ann@holly.sch.uk"),
                vec![
                    Membership { org_id: a, role: Role::Staff },
                    Membership { org_id: a, role: Role::Moderator },
                ],
                None,
                NOW,
                fx(a, "user.invited"),
            )
            .await
            .unwrap();
        assert_eq!(s.find_user_by_email("ANN@holly.sch.uk ").await.unwrap().unwrap().id, u.id);
        let roles: Vec<Role> = s.memberships(u.id).await.unwrap().into_iter().map(|m| m.role).collect();
        assert_eq!(roles, vec![Role::Moderator, Role::Staff]);
        s.set_roles(u.id, a, vec![Role::Dsl], NOW, fx(a, "user.roles-changed")).await.unwrap();
        let people = s.list_people(a, 50, 0).await.unwrap();
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].roles, vec![Role::Dsl]);
        let events =
            s.query_audit(&AuditQuery { org_ids: vec![a], limit: 10, ..Default::default() }).await.unwrap();
        let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions[..2], ["user.roles-changed", "user.invited"]);
        assert_eq!(events[1].record_id.as_deref(), Some(u.id.to_string().as_str()), "record id filled in");
        // Unknown organisation in a membership: refused, nothing written.
        let err = s
            .create_user(
                new_user("x@x.uk"),
                vec![Membership { org_id: 4242, role: Role::Staff }],
                None,
                NOW,
                fx(a, "user.invited"),
            )
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)));
        assert!(s.find_user_by_email("x@x.uk").await.unwrap().is_none());
    }

    pub async fn duplicate_email_changes_nothing(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        s.create_user(
            new_user("dup@x.uk"),
            vec![Membership { org_id: a, role: Role::Staff }],
            None,
            NOW,
            fx(a, "user.invited"),
        )
        .await
        .unwrap();
        let before = s.audit_heads().await.unwrap();
        let err =
            s.create_user(new_user("dup@x.uk"), vec![], None, NOW, fx(a, "user.invited")).await.unwrap_err();
        assert!(err.to_string().contains("dup@x.uk exists already"), "{err}");
        assert_eq!(s.audit_heads().await.unwrap(), before, "no audit event for a refused write");
    }

    pub async fn schools_never_see_each_others_people(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        for (i, org) in [a, a, b].into_iter().enumerate() {
            s.create_user(
                new_user(&format!("p{i}@x.uk")),
                vec![Membership { org_id: org, role: Role::Staff }],
                None,
                NOW,
                fx(org, "user.invited"),
            )
            .await
            .unwrap();
        }
        let in_a: Vec<String> =
            s.list_people(a, 50, 0).await.unwrap().into_iter().map(|p| p.user.email).collect();
        let in_b: Vec<String> =
            s.list_people(b, 50, 0).await.unwrap().into_iter().map(|p| p.user.email).collect();
        assert_eq!(in_a.len(), 2);
        assert_eq!(in_b, vec!["p2@x.uk".to_string()]);
        assert_eq!(s.count_people(a).await.unwrap(), 2);
        let audit_b =
            s.query_audit(&AuditQuery { org_ids: vec![b], limit: 100, ..Default::default() }).await.unwrap();
        assert!(audit_b.iter().all(|e| e.org_id == b));
    }

    pub async fn audit_chain_verifies_and_rows_are_immutable(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        for i in 0..25 {
            s.append_audit(NOW + Duration::seconds(i), fx(a, "test.event")).await.unwrap();
        }
        assert_eq!(verify_all(s).await.unwrap(), 28);
        let url = db.url.clone();
        let update = "UPDATE audit_events SET action = 'x' WHERE seq = 2";
        let delete = "DELETE FROM audit_events WHERE seq = 2";
        for sql in [update, delete] {
            let err = raw_exec(&url, sql).await.unwrap_err();
            assert!(err.contains("append-only"), "{sql}: {err}");
        }
    }

    pub async fn tampering_is_detected(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        for i in 0..5 {
            s.append_audit(NOW + Duration::seconds(i), fx(a, "test.event")).await.unwrap();
        }
        let target = s.audit_chain_page(a, 2, 1).await.unwrap().remove(0);
        // Someone with database access removes the guard and edits history.
        let drop_guard = match db.store.backend() {
            Backend::Sqlite => "DROP TRIGGER audit_events_no_update",
            Backend::Postgres => "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update",
        };
        raw_exec(&db.url, drop_guard).await.unwrap();
        raw_exec(
            &db.url,
            &format!("UPDATE audit_events SET after_json = '{{\"k\":\"forged\"}}' WHERE id = {}", target.id),
        )
        .await
        .unwrap();
        let brk = verify_all(s).await.unwrap_err();
        assert_eq!(brk.event_id, target.id);
        assert_eq!(brk.org_id, a);
        assert!(brk.problem.contains("altered"));
    }

    pub async fn audit_query_filters(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let mut d = AuditDraft::new(a, Some(77), "session.signed-in", "session");
        s.append_audit(NOW + Duration::hours(1), Effects::audit(d.clone())).await.unwrap();
        d.action = "user_x.odd".into();
        s.append_audit(NOW + Duration::hours(2), Effects::audit(d)).await.unwrap();
        let q = |f: fn(&mut AuditQuery)| {
            let mut q = AuditQuery { org_ids: vec![a], limit: 50, ..Default::default() };
            f(&mut q);
            q
        };
        assert_eq!(s.query_audit(&q(|q| q.actor_user_id = Some(77))).await.unwrap().len(), 2);
        assert_eq!(s.query_audit(&q(|q| q.action_prefix = Some("session.".into()))).await.unwrap().len(), 1);
        // `_` in a prefix is literal, not a wildcard.
        assert_eq!(s.query_audit(&q(|q| q.action_prefix = Some("user_".into()))).await.unwrap().len(), 1);
        assert_eq!(s.query_audit(&q(|q| q.action_prefix = Some("userx".into()))).await.unwrap().len(), 0);
        let later = s.query_audit(&q(|q| q.from = Some(NOW + Duration::minutes(90)))).await.unwrap();
        assert_eq!(later.len(), 1);
        let window = s
            .query_audit(&q(|q| {
                q.from = Some(NOW + Duration::minutes(30));
                q.to = Some(NOW + Duration::minutes(90));
            }))
            .await
            .unwrap();
        assert_eq!(window.len(), 1);
        assert_eq!(window[0].action, "session.signed-in");
        assert_eq!(window[0].at, NOW + Duration::hours(1));
        assert_eq!(s.query_audit(&q(|q| q.limit = 1)).await.unwrap().len(), 1);
    }

    pub async fn sessions_and_expiry(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let u = s.create_user(new_user("s@x.uk"), vec![], None, NOW, fx(a, "u")).await.unwrap();
        let mut sess = Session {
            id_hash: "h1".into(),
            user_id: u.id,
            csrf_token: "c".into(),
            pending_two_factor: true,
            two_factor_verified: false,
            current_org_id: Some(a),
            created_at: NOW,
            last_seen_at: NOW,
            expires_at: NOW + Duration::hours(8),
        };
        s.create_session(sess.clone(), Effects::default()).await.unwrap();
        assert_eq!(s.get_session("h1").await.unwrap().unwrap(), sess);
        sess.pending_two_factor = false;
        sess.two_factor_verified = true;
        s.update_session(&sess).await.unwrap();
        assert!(s.get_session("h1").await.unwrap().unwrap().two_factor_verified);
        assert_eq!(s.delete_expired_sessions(NOW + Duration::hours(1)).await.unwrap(), 0);
        assert_eq!(s.delete_expired_sessions(NOW + Duration::hours(9)).await.unwrap(), 1);
        assert!(s.get_session("h1").await.unwrap().is_none());
    }

    pub async fn single_use_links(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let tok = NewOneTimeToken {
            token_hash: "t1".into(),
            purpose: TokenPurpose::Invitation,
            expires_at: NOW + Duration::days(7),
        };
        let u = s.create_user(new_user("i@x.uk"), vec![], Some(tok), NOW, fx(a, "u")).await.unwrap();
        assert_eq!(s.peek_one_time_token("t1", TokenPurpose::Invitation, NOW).await.unwrap(), Some(u.id));
        assert_eq!(
            s.peek_one_time_token("t1", TokenPurpose::PasswordReset, NOW).await.unwrap(),
            None,
            "purpose matters"
        );
        assert_eq!(
            s.peek_one_time_token("t1", TokenPurpose::Invitation, NOW + Duration::days(8)).await.unwrap(),
            None
        );
        let expired = s
            .redeem_token_for_password(
                "t1",
                TokenPurpose::Invitation,
                "new",
                NOW + Duration::days(8),
                fx(a, "p"),
            )
            .await
            .unwrap_err();
        assert!(matches!(expired, StoreError::NotFound(_)));
        let id = s
            .redeem_token_for_password("t1", TokenPurpose::Invitation, "new", NOW, fx(a, "p"))
            .await
            .unwrap();
        assert_eq!(id, u.id);
        assert_eq!(s.get_user(u.id).await.unwrap().unwrap().password_hash.as_deref(), Some("new"));
        assert!(s
            .redeem_token_for_password("t1", TokenPurpose::Invitation, "again", NOW, fx(a, "p"))
            .await
            .is_err());
        assert_eq!(s.get_user(u.id).await.unwrap().unwrap().password_hash.as_deref(), Some("new"));
    }

    pub async fn outbox_claims_once_and_redacts(db: &TestDb) {
        let s = db.store.as_ref();
        let mail = NewEmail { to: "a@x.uk".into(), subject: "Hello".into(), body: "secret link".into() };
        s.append_audit(NOW, Effects::default().with_email(mail.clone()).with_email(mail)).await.unwrap();
        assert_eq!(s.pending_email_count().await.unwrap(), 2);
        let lease = NOW + Duration::minutes(5);
        let first = s.claim_emails(NOW, lease, 10).await.unwrap();
        assert_eq!(first.len(), 2);
        assert_eq!(first[0].body, "secret link");
        assert!(s.claim_emails(NOW + Duration::minutes(1), lease, 10).await.unwrap().is_empty(), "leased");
        s.mark_email_sent(first[0].id, NOW).await.unwrap();
        s.mark_email_failed(first[1].id, "connection refused", NOW + Duration::minutes(2)).await.unwrap();
        assert_eq!(s.pending_email_count().await.unwrap(), 1);
        let retry = s.claim_emails(NOW + Duration::minutes(3), NOW + Duration::minutes(8), 10).await.unwrap();
        assert_eq!(retry.len(), 1);
        assert_eq!(retry[0].attempts, 2);
    }

    pub async fn api_tokens_revoke(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let u = s.create_user(new_user("t@x.uk"), vec![], None, NOW, fx(a, "u")).await.unwrap();
        let other = s.create_user(new_user("o@x.uk"), vec![], None, NOW, fx(a, "u")).await.unwrap();
        let id = s.create_api_token(u.id, "laptop", "th", NOW, fx(0, "api-token.created")).await.unwrap();
        assert_eq!(s.find_api_token("th").await.unwrap().unwrap().id, id);
        assert!(s.revoke_api_token(other.id, id, NOW, fx(0, "x")).await.is_err(), "only the owner revokes");
        s.revoke_api_token(u.id, id, NOW, fx(0, "api-token.revoked")).await.unwrap();
        assert!(s.find_api_token("th").await.unwrap().unwrap().revoked_at.is_some());
        assert_eq!(s.list_api_tokens(u.id).await.unwrap().len(), 1);
    }

    pub async fn login_failure_counting(db: &TestDb) {
        let s = db.store.as_ref();
        for i in 0..3 {
            s.record_login_failure("acct:a@x.uk", NOW + Duration::minutes(i)).await.unwrap();
        }
        s.record_login_failure("ip:127.0.0.1", NOW).await.unwrap();
        assert_eq!(s.count_login_failures("acct:a@x.uk", NOW).await.unwrap(), 3);
        assert_eq!(s.count_login_failures("acct:a@x.uk", NOW + Duration::minutes(2)).await.unwrap(), 1);
        s.clear_login_failures("acct:a@x.uk").await.unwrap();
        assert_eq!(s.count_login_failures("acct:a@x.uk", NOW).await.unwrap(), 0);
        assert_eq!(s.count_login_failures("ip:127.0.0.1", NOW).await.unwrap(), 1);
    }

    pub async fn two_factor_and_recovery_codes(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let u = s.create_user(new_user("2fa@x.uk"), vec![], None, NOW, fx(a, "u")).await.unwrap();
        assert!(s.enable_totp(u.id, vec![], NOW, fx(a, "x")).await.is_err(), "no secret yet");
        s.set_totp_secret(u.id, Some(vec![1, 2, 3])).await.unwrap();
        s.enable_totp(u.id, vec!["r1".into(), "r2".into()], NOW, fx(a, "2fa.enabled")).await.unwrap();
        let got = s.get_user(u.id).await.unwrap().unwrap();
        assert_eq!(got.totp_secret, Some(vec![1, 2, 3]));
        assert_eq!(got.totp_enabled_at, Some(NOW));
        assert!(s.set_totp_secret(u.id, Some(vec![9])).await.is_err(), "cannot swap an enabled secret");
        assert!(s.use_recovery_code(u.id, "r1", NOW, fx(a, "2fa.recovery-used")).await.unwrap());
        assert!(!s.use_recovery_code(u.id, "r1", NOW, fx(a, "2fa.recovery-used")).await.unwrap());
        assert_eq!(s.unused_recovery_codes(u.id).await.unwrap(), 1);
        s.disable_totp(u.id, NOW, fx(a, "2fa.disabled")).await.unwrap();
        assert!(s.get_user(u.id).await.unwrap().unwrap().totp_enabled_at.is_none());
    }

    pub async fn staff_import_is_all_or_nothing(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, b) = la_and_two_schools(s).await;
        let existing = s
            .create_user(
                new_user("old@x.uk"),
                vec![Membership { org_id: b, role: Role::Staff }],
                None,
                NOW,
                fx(b, "u"),
            )
            .await
            .unwrap();
        let items = vec![
            ImportItem::Create(new_user("n1@x.uk"), Role::Staff),
            ImportItem::AddRole { user_id: existing.id, role: Role::Governor },
            ImportItem::Create(new_user("n1@x.uk"), Role::Hr),
        ];
        let err = s.apply_staff_import(a, items, NOW, fx(a, "staff.imported")).await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)));
        assert_eq!(s.count_people(a).await.unwrap(), 0, "nothing written");
        let items = vec![
            ImportItem::Create(new_user("n1@x.uk"), Role::Staff),
            ImportItem::AddRole { user_id: existing.id, role: Role::Governor },
        ];
        let out = s.apply_staff_import(a, items, NOW, Effects::default()).await.unwrap();
        assert_eq!(out, ImportOutcome { created: 1, roles_added: 1 });
        assert_eq!(s.count_people(a).await.unwrap(), 2);
    }

    pub async fn disabling_signs_out_and_revokes_tokens(db: &TestDb) {
        let s = db.store.as_ref();
        let (_, a, _) = la_and_two_schools(s).await;
        let u = s.create_user(new_user("d@x.uk"), vec![], None, NOW, fx(a, "u")).await.unwrap();
        let sess = Session {
            id_hash: "hd".into(),
            user_id: u.id,
            csrf_token: "c".into(),
            pending_two_factor: false,
            two_factor_verified: false,
            current_org_id: None,
            created_at: NOW,
            last_seen_at: NOW,
            expires_at: NOW + Duration::hours(1),
        };
        s.create_session(sess, Effects::default()).await.unwrap();
        s.create_api_token(u.id, "t", "tok-d", NOW, Effects::default()).await.unwrap();
        s.set_disabled(u.id, true, NOW, fx(a, "user.disabled")).await.unwrap();
        assert!(s.get_session("hd").await.unwrap().is_none());
        assert!(s.find_api_token("tok-d").await.unwrap().unwrap().revoked_at.is_some());
        assert!(s.get_user(u.id).await.unwrap().unwrap().disabled);
    }
}

async fn raw_exec(url: &str, sql: &str) -> std::result::Result<(), String> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        let mut c =
            sqlx::SqliteConnection::connect(&format!("sqlite://{path}")).await.map_err(|e| e.to_string())?;
        sqlx::query(sql).execute(&mut c).await.map_err(|e| e.to_string())?;
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.map_err(|e| e.to_string())?;
        sqlx::query(sql).execute(&mut c).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[tokio::test]
async fn both_migration_sets_give_the_same_logical_schema() {
    let lite = TestDb::sqlite().await;
    let Some(pg) = TestDb::postgres().await else { return lite.cleanup().await };
    let a = lite.store.logical_schema().await.unwrap();
    let b = pg.store.logical_schema().await.unwrap();
    assert!(a.len() >= 10, "schema read: {:?}", a.keys());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "same tables");
    for (table, cols) in &a {
        assert_eq!(Some(cols), b.get(table), "columns of {table}");
        assert!(cols.iter().all(|c| c.logical_type != "unknown"), "{table}: {cols:?}");
    }
    lite.cleanup().await;
    pg.cleanup().await;
}
