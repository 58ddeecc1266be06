//! The demo: a local authority with two schools and one person per role in each.

use crate::people::By;
use crate::{crypto, App, Result};
use domain::{AuditDraft, EmploymentType, Membership, OrgKind, Role};
use serde::Serialize;
use serde_json::json;
use store::{Effects, NewUser};

pub const DEMO_LA: &str = "Lancashire (demo)";
pub const DEMO_SCHOOLS: [(&str, &str); 2] =
    [("Holly Grove School", "hollygrove"), ("Willow Lane Community Primary School", "willowlane")];

#[derive(Debug, Clone, Serialize)]
pub struct DemoLogin {
    pub email: String,
    pub role: Role,
    pub organisation: String,
    pub two_factor_required: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DemoInfo {
    pub created: bool,
    pub logins: Vec<DemoLogin>,
}

pub fn demo_email(role: Role, slug: &str) -> String {
    format!("{}@{slug}.demo.sch.uk", role.code())
}

pub const ADVISER_EMAIL: &str = "adviser@lancashire.demo.gov.uk";
pub const ADMIN_EMAIL: &str = "admin@safesocial.demo";

const SCHOOL_ROLES: [Role; 7] =
    [Role::Headteacher, Role::Dsl, Role::DeputyDsl, Role::Moderator, Role::Staff, Role::Hr, Role::Governor];

fn demo_names(role: Role) -> (&'static str, &'static str, EmploymentType) {
    match role {
        Role::Headteacher => ("Helen", "Hartley", EmploymentType::Employee),
        Role::Dsl => ("Deepa", "Shah", EmploymentType::Employee),
        Role::DeputyDsl => ("Dan", "Mercer", EmploymentType::Employee),
        Role::Moderator => ("Mo", "Ellis", EmploymentType::Employee),
        Role::Staff => ("Sam", "Taylor", EmploymentType::FixedTerm),
        Role::Hr => ("Harriet", "Ross", EmploymentType::Employee),
        Role::Governor => ("Gordon", "Vaughan", EmploymentType::Governor),
        Role::Adviser => ("Ada", "Adebayo", EmploymentType::Employee),
    }
}

/// Loads the demo unless it is there already. Every demo person gets `password`.
pub async fn seed(app: &App, password: &str) -> Result<DemoInfo> {
    let existing = app.store.list_orgs().await?;
    let mut logins = Vec::new();
    let push = |logins: &mut Vec<DemoLogin>, email: String, role: Role, org: &str| {
        logins.push(DemoLogin {
            email,
            role,
            organisation: org.to_owned(),
            two_factor_required: role.requires_two_factor(),
        })
    };
    for (name, slug) in DEMO_SCHOOLS {
        for role in SCHOOL_ROLES {
            push(&mut logins, demo_email(role, slug), role, name);
        }
    }
    push(&mut logins, ADVISER_EMAIL.into(), Role::Adviser, DEMO_LA);
    if existing.iter().any(|o| o.name == DEMO_LA) {
        return Ok(DemoInfo { created: false, logins });
    }
    let hash = crypto::hash_password(password)?;
    let now = app.clock.now();
    let la = app.create_org(By::Operator, OrgKind::LocalAuthority, DEMO_LA, None).await?;
    let mk = |email: String, role: Role| {
        let (first, last, employment_type) = demo_names(role);
        NewUser {
            email,
            first_name: first.into(),
            last_name: last.into(),
            employment_type,
            password_hash: Some(hash.clone()),
            system_admin: false,
        }
    };
    let audit = |org_id: i64, email: &str, role: Role| {
        Effects::audit(
            AuditDraft::new(org_id, None, "person.created", "person")
                .after(json!({"email": email, "roles": [role.code()], "source": "demo"})),
        )
    };
    for (i, (name, slug)) in DEMO_SCHOOLS.into_iter().enumerate() {
        let school = app.create_org(By::Operator, OrgKind::School, name, Some(la.id)).await?;
        for role in SCHOOL_ROLES {
            let email = demo_email(role, slug);
            let fx = audit(school.id, &email, role);
            app.store
                .create_user(mk(email, role), vec![Membership { org_id: school.id, role }], None, now, fx)
                .await?;
        }
        seed_check_context(app, school.id, i, slug, now).await?;
        for (code, title, months, required) in crate::training::DEMO_COURSES {
            app.create_course(By::Operator, school.id, code, title, months, required).await?;
        }
    }
    // The LA publishes its current model policy for the schools to adopt.
    app.publish_model(By::Operator, la.id, include_str!("../../../policies/lcc-model-2025.md")).await?;
    let fx = audit(la.id, ADVISER_EMAIL, Role::Adviser);
    app.store
        .create_user(
            mk(ADVISER_EMAIL.into(), Role::Adviser),
            vec![Membership { org_id: la.id, role: Role::Adviser }],
            None,
            now,
            fx,
        )
        .await?;
    let mut admin = mk(ADMIN_EMAIL.into(), Role::Staff);
    admin.first_name = "System".into();
    admin.last_name = "Administrator".into();
    admin.system_admin = true;
    let fx = Effects::audit(
        AuditDraft::new(domain::PLATFORM_CHAIN, None, "person.created", "person")
            .after(json!({"email": ADMIN_EMAIL, "system_admin": true, "source": "demo"})),
    );
    app.store.create_user(admin, vec![], None, now, fx).await?;
    Ok(DemoInfo { created: true, logins })
}

/// Demo pupils (made up) so checks have a roster: two do-not-publish, two without consent.
const DEMO_PUPILS: [(&str, &str, &str, bool, bool); 12] = [
    ("Jack", "Smith", "Year 4", true, false),
    ("Holly", "Brown", "Year 6", true, false),
    ("Grace", "O'Neil", "Year 5", false, false),
    ("Mary-Jane", "Watson", "Year 3", true, false),
    ("Zoë", "Ünal", "Year 2", true, false),
    ("Aarav", "Patel", "Year 6", true, true),
    ("Rowan", "Hughes", "Year 1", true, false),
    ("Summer", "Khan", "Year 4", false, false),
    ("Oliver", "Smith-Jones", "Year 5", true, false),
    ("Amelia", "Clarke", "Year 6", true, false),
    ("Isla", "McDonald", "Year 2", true, false),
    ("Tobias", "Wright", "Year 6", true, true),
];

async fn seed_check_context(
    app: &App,
    org_id: i64,
    school_no: usize,
    slug: &str,
    now: time::OffsetDateTime,
) -> Result<()> {
    let pupils: Vec<store::PupilRecord> = DEMO_PUPILS
        .iter()
        .enumerate()
        .map(|(k, (first, last, year, consent, no_publish))| {
            let body = format!("{:03}{:04}{:02}{:03}", 888, 2001 + school_no, 21, k);
            store::PupilRecord {
                upn: format!("{}{body}", check::pii::upn_check_letter(&body).unwrap_or('A')),
                first_name: (*first).into(),
                last_name: (*last).into(),
                preferred_name: None,
                year_group: (*year).into(),
                social_media_consent: *consent,
                no_publish: *no_publish,
            }
        })
        .collect();
    let fx = Effects::audit(
        AuditDraft::new(org_id, None, "roster.replaced", "roster")
            .after(json!({"pupils": pupils.len(), "source": "demo"})),
    );
    app.store.replace_roster(org_id, &pupils, now, fx).await?;
    let staff: Vec<store::CheckStaffRecord> = SCHOOL_ROLES
        .iter()
        .map(|r| {
            let (first, last, _) = demo_names(*r);
            store::CheckStaffRecord {
                first_name: first.into(),
                last_name: last.into(),
                role: r.code().into(),
            }
        })
        .collect();
    let fx = Effects::audit(
        AuditDraft::new(org_id, None, "staff-list.replaced", "staff-list")
            .after(json!({"staff": staff.len(), "source": "demo"})),
    );
    app.store.replace_check_staff(org_id, &staff, now, fx).await?;
    let short =
        DEMO_SCHOOLS[school_no].0.trim_end_matches(" Community Primary School").trim_end_matches(" School");
    let profile = store::SchoolProfileRecord {
        aliases: vec![short.to_owned()],
        address: format!("{} School Lane, Burnley", 1 + school_no),
        postcode: if school_no == 0 { "BB10 1AA".into() } else { "BB11 2BB".into() },
        phone: format!("01282 40000{school_no}"),
        email: format!("office@{slug}.demo.sch.uk"),
        website: format!("https://{slug}.demo.sch.uk"),
    };
    let fx = Effects::audit(
        AuditDraft::new(org_id, None, "school-profile.updated", "school-profile").after(json!(profile)),
    );
    app.store.set_school_profile(org_id, &profile, now, fx).await?;
    Ok(())
}
