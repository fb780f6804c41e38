//! Every user-visible string, in zh-CN and English. One `Texts` struct and one
//! const per locale: a string missing from either locale fails to compile.

pub mod docs;
mod catalog;
mod charts;
mod dashboards;
mod csv;
mod customers;
mod insights;
mod kpis;
mod seasonal;
mod en;
mod leads;
mod lead_settings;
mod migrate;
pub mod format;
mod people;
mod reviews;
mod targets;
mod zh;

use serde::{Deserialize, Serialize};

pub use catalog::CatalogTexts;
pub use charts::ChartTexts;
pub use dashboards::DashboardTexts;
pub use csv::CsvTexts;
pub use customers::CustomersTexts;
pub use insights::InsightsTexts;
pub use kpis::KpiTexts;
pub use seasonal::SeasonalTexts;
pub use leads::LeadsTexts;
pub use lead_settings::LeadSettingsTexts;
pub use migrate::MigrateTexts;
pub use people::PeopleTexts;
pub use reviews::ReviewTexts;
pub use targets::TargetTexts;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::Zh => &zh::ZH,
            Locale::En => &en::EN,
        }
    }
    /// BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Zh => "zh-CN",
            Locale::En => "en",
        }
    }
    /// Picks a locale from the browser's language list (first match wins).
    pub fn from_browser<'a>(languages: impl IntoIterator<Item = &'a str>) -> Locale {
        for l in languages {
            let l = l.to_ascii_lowercase();
            if l.starts_with("zh") {
                return Locale::Zh;
            }
            if l.starts_with("en") {
                return Locale::En;
            }
        }
        Locale::En
    }
    pub fn from_tag(tag: &str) -> Option<Locale> {
        match tag {
            "zh-CN" => Some(Locale::Zh),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
    pub fn other(self) -> Locale {
        match self {
            Locale::Zh => Locale::En,
            Locale::En => Locale::Zh,
        }
    }
}

type Fmt1 = fn(&str) -> String;
type FmtN = fn(usize) -> String;

pub struct Texts {
    pub locale: Locale,
    pub locale_name: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub main_nav: &'static str,
    /// Plan, Leads, Pipeline, Customers, Team, Performance, Settings.
    pub nav: [&'static str; 7],
    /// What each area is for (same order as `nav`, without Settings).
    pub area_intro: [&'static str; 6],
    /// Indexed like `domain::Role`.
    pub roles: [&'static str; 9],
    /// Indexed like `domain::pipeline::Stage`.
    pub stages: [&'static str; 6],
    /// Plural record-kind names, indexed like `domain::EntityKind`.
    pub kinds: [&'static str; crate::domain::EntityKind::COUNT],

    /// Indexed like `domain::LeadStatus`.
    pub lead_status: [&'static str; 6],
    /// Indexed like `domain::Channel`.
    pub channels: [&'static str; 9],
    /// Indexed like `domain::ActivityKind`.
    pub activity_kinds: [&'static str; 6],
    /// Indexed like `domain::QuoteStatus`.
    pub quote_status: [&'static str; 5],
    /// Indexed like `domain::ContractStatus`.
    pub contract_status: [&'static str; 5],
    /// Indexed like `domain::Decision`.
    pub decisions: [&'static str; 3],
    /// Indexed like `domain::BuyingRole`.
    pub buying_roles: [&'static str; 6],
    /// Indexed like `domain::SurveyKind`.
    pub survey_kinds: [&'static str; 2],
    /// Indexed like `domain::Touchpoint`.
    pub touchpoints: [&'static str; 4],
    pub event_kinds: [&'static str; 4],
    /// Indexed like `domain::ComplaintCategory`.
    pub complaint_categories: [&'static str; 3],
    /// Indexed like `domain::Severity`.
    pub severities: [&'static str; 3],
    /// Indexed like `domain::ComplaintStatus`.
    pub complaint_status: [&'static str; 6],
    /// Indexed like `domain::TrainingKind`.
    pub training_kinds: [&'static str; 4],
    /// Indexed like `domain::TargetMetric`.
    pub target_metrics: [&'static str; 4],
    /// Indexed like `domain::BudgetCategory`.
    pub budget_categories: [&'static str; 6],
    /// Indexed like `domain::WorkStatus`.
    pub work_status: [&'static str; 4],
    /// Indexed like `domain::OrgLevel`.
    pub org_levels: [&'static str; 5],
    /// Indexed like `domain::MarketRole`.
    pub market_roles: [&'static str; 3],
    /// Indexed like `domain::ForecastCategory`.
    pub forecast_categories: [&'static str; 5],

    pub acting_as: &'static str,
    pub acting_nobody: &'static str,
    pub language: &'static str,
    pub switch_language_to: &'static str,
    pub clock: &'static str,
    pub clock_real: &'static str,
    pub clock_simulated: &'static str,
    pub clock_add_hour: &'static str,
    pub clock_add_day: &'static str,
    pub clock_add_week: &'static str,
    pub clock_set_date: &'static str,
    pub clock_back_to_real: &'static str,
    pub clock_banner: Fmt1,
    pub menu: &'static str,

    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub working: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub dismiss: &'static str,
    pub undo: &'static str,

    pub welcome_title: &'static str,
    pub welcome_body: &'static str,
    pub welcome_demo: &'static str,
    pub welcome_demo_hint: &'static str,
    pub welcome_empty: &'static str,
    pub welcome_empty_hint: &'static str,
    pub welcome_import: &'static str,
    pub welcome_import_hint: &'static str,
    pub demo_size: &'static str,
    /// Small, medium, large, with approximate record counts.
    pub demo_sizes: [&'static str; 3],
    pub demo_language: &'static str,
    pub demo_loaded: FmtN,

    pub search: &'static str,
    pub search_hint: &'static str,
    pub showing: fn(usize, usize, usize) -> String,
    pub prev_page: &'static str,
    pub next_page: &'static str,
    pub no_records: &'static str,
    pub no_match: &'static str,
    pub area_empty: &'static str,
    pub area_empty_action: &'static str,
    pub records_count: FmtN,

    pub col_name: &'static str,
    pub col_status: &'static str,
    pub col_owner: &'static str,
    pub col_amount: &'static str,
    pub col_stage: &'static str,
    pub col_account: &'static str,
    pub col_date: &'static str,
    pub col_updated: &'static str,
    pub col_details: &'static str,
    pub col_kind: &'static str,
    pub col_value: &'static str,
    pub col_field: &'static str,

    pub detail_back: &'static str,
    pub detail_not_found: &'static str,
    pub detail_fields: &'static str,

    pub pipeline_totals: &'static str,
    pub total_count: &'static str,
    pub total_sum: &'static str,
    pub total_weighted: &'static str,
    pub other_currency_note: FmtN,

    pub kpi_open_pipeline: &'static str,
    pub kpi_weighted: &'static str,
    pub kpi_won: &'static str,
    pub kpi_win_rate: &'static str,
    pub kpi_open_deals: &'static str,
    pub kpi_accounts: &'static str,

    pub view_board: &'static str,
    pub view_list: &'static str,
    pub filters: &'static str,
    pub filter_owner: &'static str,
    pub filter_region: &'static str,
    pub filter_product: &'static str,
    pub filter_min: &'static str,
    pub filter_max: &'static str,
    pub filter_any: &'static str,
    pub filter_clear: &'static str,
    pub filter_amount_invalid: &'static str,
    pub deals_shown: fn(usize, usize) -> String,
    pub visible_subtree: Fmt1,
    pub days_in_stage: FmtN,
    pub stale_badge: FmtN,
    pub stale_rule: FmtN,
    pub stale_never: &'static str,
    pub next_activity: Fmt1,
    pub no_next_activity: &'static str,
    pub wip_over: &'static str,
    pub wip_label: fn(usize, u32) -> String,
    pub column_empty: &'static str,
    pub board_help: &'static str,
    pub card_label: fn(&str, &str, &str) -> String,
    pub moved_to: fn(&str, &str) -> String,
    pub move_undone: Fmt1,
    pub lost_title: &'static str,
    pub lost_reason: &'static str,
    pub lost_reason_required: &'static str,
    pub mark_lost: &'static str,
    pub checklist_title: &'static str,
    pub checklist_body: &'static str,
    pub move_anyway: &'static str,
    pub checklist_items: fn(&str) -> &'static str,
    pub other_currency_short: FmtN,
    pub pipeline_settings: &'static str,
    pub probability: &'static str,
    pub wip_limit: &'static str,
    pub stale_days: &'static str,
    pub number_invalid: fn(&str, u32) -> String,

    pub col_close: &'static str,
    pub col_days: &'static str,
    pub move_to_stage: Fmt1,
    pub sort_by: Fmt1,
    pub stale_short: &'static str,
    pub deal_details: &'static str,
    pub stage_history: &'static str,
    pub history_entry: fn(&str, &str, &str, &str) -> String,
    pub created: &'static str,
    pub exit_checklist: &'static str,
    pub auto_item: &'static str,
    pub timeline: &'static str,
    pub add_activity: &'static str,
    pub activity_kind: &'static str,
    pub activity_subject: &'static str,
    pub activity_due: &'static str,
    pub activity_logged: &'static str,
    pub subject_required: &'static str,
    pub open_task: &'static str,
    pub contacts: &'static str,
    pub quotes: &'static str,
    pub quote_total: fn(u32, &str) -> String,
    pub contracts: &'static str,
    pub signature_valid: &'static str,
    pub signature_tampered: &'static str,
    pub unsigned: &'static str,
    pub negotiation: &'static str,
    pub batna: &'static str,
    pub concessions_given: &'static str,
    pub concessions_received: &'static str,
    pub deadline: &'static str,
    pub date_invalid: &'static str,
    pub none_yet: &'static str,
    pub col_owner_short: &'static str,
    pub forecast: &'static str,
    pub forecast_by_month: &'static str,
    pub forecast_by_owner: &'static str,
    pub forecast_unscheduled: &'static str,
    pub team_total: &'static str,
    pub col_month: &'static str,
    pub days_short: FmtN,
    pub settings_workspace: &'static str,
    pub workspace_name: &'static str,
    pub currency: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub save_failed: Fmt1,
    pub field_required: Fmt1,

    pub storage: &'static str,
    pub storage_used: fn(&str, &str) -> String,
    pub storage_unknown: &'static str,
    pub storage_persisted: &'static str,
    pub storage_not_persisted: &'static str,
    pub storage_request_persist: &'static str,
    pub storage_records: FmtN,

    pub export_title: &'static str,
    pub export_body: &'static str,
    pub export_button: &'static str,
    pub exported: Fmt1,

    pub import_title: &'static str,
    pub import_body: &'static str,
    pub import_choose: &'static str,
    pub import_mode: &'static str,
    pub import_replace: &'static str,
    pub import_replace_hint: &'static str,
    pub import_merge: &'static str,
    pub import_merge_hint: &'static str,
    pub import_reading: &'static str,
    pub import_preview: &'static str,
    pub import_file_info: fn(&str, usize) -> String,
    pub import_added: &'static str,
    pub import_updated: &'static str,
    pub import_unchanged: &'static str,
    pub import_conflicts: &'static str,
    pub import_conflicts_hint: &'static str,
    pub import_removed: &'static str,
    pub import_backup: &'static str,
    pub import_backup_done: &'static str,
    pub import_commit: &'static str,
    pub import_done: FmtN,
    pub import_failed: &'static str,
    pub import_nothing_changed: &'static str,
    pub import_more: FmtN,
    pub issue_not_json: fn(usize, usize) -> String,
    pub issue_not_export: &'static str,
    pub issue_wrong_format: Fmt1,
    pub issue_newer: fn(u32, u32) -> String,
    pub issue_unknown_kind: Fmt1,
    pub issue_invalid: Fmt1,
    pub issue_duplicate: Fmt1,
    pub issue_dangling: fn(&str, &str) -> String,
    pub issue_read_failed: &'static str,

    pub clear_title: &'static str,
    pub clear_body: &'static str,
    pub clear_button: &'static str,
    pub clear_confirm_title: &'static str,
    pub clear_confirm_body: &'static str,
    pub clear_confirm_button: &'static str,
    pub cleared: &'static str,

    pub demo_title: &'static str,
    pub demo_body: &'static str,
    pub demo_load: &'static str,
    pub demo_replace_warning: &'static str,

    pub offline_ready: &'static str,
    pub offline_now: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub go_home: &'static str,

    /// Quotes, contracts, approvals, signatures and support requests.
    pub docs: docs::DocTexts,
    /// Product catalogue editor and "New deal" form.
    pub catalog: CatalogTexts,
    /// Lead CSV import wizard and CSV export.
    pub csv: CsvTexts,
    /// People editor (Team → People).
    pub people: PeopleTexts,
    /// Migration wizard (several CSV exports of another CRM).
    pub migrate: MigrateTexts,
    pub customers: CustomersTexts,
    pub insights: InsightsTexts,
    pub kpis: KpiTexts,
    /// Bi-weekly review, funnel leak, benchmarking, improvement actions.
    pub reviews: ReviewTexts,
    pub seasonal: SeasonalTexts,
    /// Chart frame: table toggle, CSV, legend, drill-down.
    pub charts: ChartTexts,
    /// Role dashboards (rep, manager, director).
    pub dashboards: DashboardTexts,
    /// Lead list, quick add, lead form and lead page.
    pub leads: LeadsTexts,
    /// Lead settings screen, reminders, browser notifications, SLA by rep.
    pub lead_settings: LeadSettingsTexts,
    /// Targets page and the annual plan form.
    pub targets: TargetTexts,
}
