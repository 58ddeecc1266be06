//! Page models and templates. Templates live in `templates/`; askama escapes HTML everywhere.

use app::auth::Current;
use app::App;
use askama::Template;
use domain::permission::{authorize, Action, Resource};
use domain::{OrgKind, Organisation, Role};

pub struct NavItem {
    pub href: &'static str,
    pub label: &'static str,
    pub current: bool,
}

pub struct Page {
    pub title: String,
    pub who: Option<String>,
    pub nav: Vec<NavItem>,
    pub orgs: Vec<Organisation>,
    pub current_org: Option<Organisation>,
    pub csrf: String,
    pub flash: Option<String>,
    pub errors: Vec<String>,
}

impl Page {
    pub fn public(title: &str, csrf: &str) -> Page {
        Page {
            title: title.to_owned(),
            who: None,
            nav: Vec::new(),
            orgs: Vec::new(),
            current_org: None,
            csrf: csrf.to_owned(),
            flash: None,
            errors: Vec::new(),
        }
    }

    /// The layout for a signed-in person: navigation follows what their roles allow here.
    pub async fn signed(app: &App, cur: &Current, title: &str, active: &str) -> Page {
        let orgs = app.orgs_for(&cur.actor).await.unwrap_or_default();
        let current_org = cur
            .session
            .current_org_id
            .and_then(|id| orgs.iter().find(|o| o.id == id).cloned())
            .or_else(|| orgs.first().cloned());
        let mut nav = vec![NavItem { href: "/", label: "Dashboard", current: active == "/" }];
        if let Some(o) = &current_org {
            let res = Resource::Org { org_id: o.id, parent_id: o.parent_id };
            if authorize(&cur.actor, Action::ViewPeople, res).is_allowed() {
                nav.push(NavItem { href: "/people", label: "People", current: active == "/people" });
            }
        }
        let audit_here = current_org.as_ref().is_some_and(|o| {
            authorize(
                &cur.actor,
                Action::ViewAuditLog,
                Resource::Org { org_id: o.id, parent_id: o.parent_id },
            )
            .is_allowed()
        });
        if audit_here || authorize(&cur.actor, Action::ViewAuditLog, Resource::Platform).is_allowed() {
            nav.push(NavItem { href: "/audit", label: "Audit log", current: active == "/audit" });
        }
        if let Some(o) = &current_org {
            let res = Resource::Org { org_id: o.id, parent_id: o.parent_id };
            if authorize(&cur.actor, Action::ViewPolicies, res).is_allowed() {
                nav.push(NavItem { href: "/policies", label: "Policies", current: active == "/policies" });
            }
            if authorize(&cur.actor, Action::ViewPeople, res).is_allowed() {
                nav.push(NavItem { href: "/training", label: "Training", current: active == "/training" });
            }
            if authorize(&cur.actor, Action::CheckPost, res).is_allowed() {
                nav.push(NavItem { href: "/check", label: "Check a post", current: active == "/check" });
            }
            if authorize(&cur.actor, Action::ManageCheckContext, res).is_allowed() {
                nav.push(NavItem {
                    href: "/settings",
                    label: "School settings",
                    current: active == "/settings",
                });
            }
        }
        if authorize(&cur.actor, Action::ManageOrganisations, Resource::Platform).is_allowed() {
            nav.push(NavItem {
                href: "/organisations",
                label: "Organisations",
                current: active == "/organisations",
            });
        }
        nav.push(NavItem { href: "/account", label: "My account", current: active == "/account" });
        Page {
            title: title.to_owned(),
            who: Some(cur.user.display_name()),
            nav,
            orgs,
            current_org,
            csrf: cur.session.csrf_token.clone(),
            flash: None,
            errors: Vec::new(),
        }
    }

    pub fn with_errors(mut self, errors: Vec<String>) -> Self {
        self.errors = errors;
        self
    }

    pub fn with_flash(mut self, flash: Option<String>) -> Self {
        self.flash = flash;
        self
    }
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginView {
    pub page: Page,
    pub email: String,
    pub next: String,
}

#[derive(Template)]
#[template(path = "two_factor.html")]
pub struct TwoFactorView {
    pub page: Page,
}

#[derive(Template)]
#[template(path = "two_factor_setup.html")]
pub struct TwoFactorSetupView {
    pub page: Page,
    pub secret: String,
    pub qr_svg: String,
    pub required: bool,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
pub struct RecoveryCodesView {
    pub page: Page,
    pub codes: Vec<String>,
}

#[derive(Template)]
#[template(path = "forgot.html")]
pub struct ForgotView {
    pub page: Page,
    pub sent: bool,
}

#[derive(Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordView {
    pub page: Page,
    pub heading: String,
    pub intro: String,
    pub action: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessageView {
    pub page: Page,
    pub heading: String,
    pub body: String,
    pub link: Option<(String, String)>,
}

pub struct Panel {
    pub heading: String,
    pub figure: Option<String>,
    pub items: Vec<String>,
    pub empty: String,
    pub link: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct DashboardView {
    pub page: Page,
    pub greeting: String,
    pub role_summary: String,
    pub panels: Vec<Panel>,
}

pub struct PersonRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub roles: String,
    pub employment: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "people.html")]
pub struct PeopleView {
    pub page: Page,
    pub org_name: String,
    pub rows: Vec<PersonRow>,
    pub total: i64,
    pub page_no: i64,
    pub has_next: bool,
    pub can_manage: bool,
}

pub struct RoleChoice {
    pub code: &'static str,
    pub label: &'static str,
    pub checked: bool,
}

pub struct Choice {
    pub code: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "invite.html")]
pub struct InviteView {
    pub page: Page,
    pub org_name: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub roles: Vec<RoleChoice>,
    pub employment: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "person.html")]
pub struct PersonView {
    pub page: Page,
    pub id: i64,
    pub name: String,
    pub email: String,
    pub employment: String,
    pub disabled: bool,
    pub two_factor: bool,
    pub roles: Vec<RoleChoice>,
    pub can_manage: bool,
    pub is_self: bool,
}

pub struct AuditRow {
    pub at: String,
    pub chain: String,
    pub seq: i64,
    pub actor: String,
    pub action: String,
    pub record: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditView {
    pub page: Page,
    pub rows: Vec<AuditRow>,
    pub person: String,
    pub action: String,
    pub from: String,
    pub to: String,
    pub page_no: i64,
    pub has_next: bool,
    pub next_query: String,
    pub prev_query: String,
    pub scope: String,
}

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub last_used: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountView {
    pub page: Page,
    pub name: String,
    pub email: String,
    pub roles: Vec<String>,
    pub two_factor: bool,
    pub recovery_left: i64,
    pub tokens: Vec<TokenRow>,
    pub new_token: Option<String>,
}

pub struct OrgRow {
    pub name: String,
    pub kind: String,
    pub parent: String,
    pub people: i64,
}

#[derive(Template)]
#[template(path = "organisations.html")]
pub struct OrganisationsView {
    pub page: Page,
    pub rows: Vec<OrgRow>,
    pub parents: Vec<Organisation>,
    pub kinds: Vec<Choice>,
}

pub fn role_choices(checked: &[Role], org_kind: OrgKind) -> Vec<RoleChoice> {
    Role::ALL
        .into_iter()
        .filter(|r| r.held_on_parent() == (org_kind != OrgKind::School))
        .map(|r| RoleChoice { code: r.code(), label: r.label(), checked: checked.contains(&r) })
        .collect()
}

pub fn employment_choices(selected: Option<domain::EmploymentType>) -> Vec<Choice> {
    domain::EmploymentType::ALL
        .into_iter()
        .map(|e| Choice { code: e.code(), label: e.label(), selected: Some(e) == selected })
        .collect()
}

pub fn when(t: time::OffsetDateTime) -> String {
    // Shown in UK time; stored in UTC.
    let offset = if is_bst(t) {
        time::UtcOffset::from_hms(1, 0, 0).unwrap_or(time::UtcOffset::UTC)
    } else {
        time::UtcOffset::UTC
    };
    let l = t.to_offset(offset);
    format!("{:02} {} {} {:02}:{:02}", l.day(), month_name(l.month()), l.year(), l.hour(), l.minute())
}

fn month_name(m: time::Month) -> &'static str {
    use time::Month::*;
    match m {
        January => "Jan",
        February => "Feb",
        March => "Mar",
        April => "Apr",
        May => "May",
        June => "Jun",
        July => "Jul",
        August => "Aug",
        September => "Sep",
        October => "Oct",
        November => "Nov",
        December => "Dec",
    }
}

/// British Summer Time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
pub fn is_bst(t: time::OffsetDateTime) -> bool {
    let t = t.to_offset(time::UtcOffset::UTC);
    let last_sunday = |month: time::Month| {
        let mut d =
            time::Date::from_calendar_date(t.year(), month, month.length(t.year())).unwrap_or(t.date());
        while d.weekday() != time::Weekday::Sunday {
            d = d.previous_day().unwrap_or(d);
        }
        d.with_hms(1, 0, 0).map(|p| p.assume_utc()).unwrap_or(t)
    };
    t >= last_sunday(time::Month::March) && t < last_sunday(time::Month::October)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn uk_time_follows_bst() {
        assert!(!is_bst(datetime!(2026-03-29 00:59 UTC)));
        assert!(is_bst(datetime!(2026-03-29 01:00 UTC)));
        assert!(is_bst(datetime!(2026-10-25 00:59 UTC)));
        assert!(!is_bst(datetime!(2026-10-25 01:00 UTC)));
        assert_eq!(when(datetime!(2026-07-01 12:30 UTC)), "01 Jul 2026 13:30");
        assert_eq!(when(datetime!(2026-11-21 09:05 UTC)), "21 Nov 2026 09:05");
    }
}

pub struct Segment {
    pub text: String,
    pub mark: Option<usize>,
}

pub struct FindingView {
    pub title: String,
    pub quote: String,
    pub message: String,
    pub fix: String,
    pub clause: String,
    pub clause_text: String,
    pub decision: &'static str,
    pub decision_label: &'static str,
}

pub struct CheckResultView {
    pub decision: &'static str,
    pub headline: &'static str,
    pub explain: &'static str,
    pub segments: Vec<Segment>,
    pub findings: Vec<FindingView>,
    /// The closing advice: posting for drafts, hiding and asking for received items.
    pub doubt: &'static str,
}

#[derive(Template)]
#[template(path = "check.html")]
pub struct CheckView {
    pub page: Page,
    pub org_name: String,
    pub channels: Vec<Choice>,
    pub authors: Vec<Choice>,
    pub text: String,
    pub images: String,
    pub result: Option<CheckResultView>,
    /// The adopted policy's rules for staff's own accounts: (rule, where it says so).
    pub personal_rules: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "settings.html")]
pub struct SettingsView {
    pub page: Page,
    pub org_name: String,
    pub pupils: usize,
    pub no_publish: usize,
    pub without_consent: usize,
    pub staff: usize,
    pub aliases: String,
    pub address: String,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub website: String,
}
