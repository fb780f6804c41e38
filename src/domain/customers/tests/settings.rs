use crate::domain::customers::*;
use crate::domain::Settings;

#[test]
fn defaults_are_valid() {
    assert_eq!(validate(&CustomerSettings::default()), vec![]);
}

#[test]
fn every_problem_names_its_field() {
    let mut s = CustomerSettings::default();
    s.tiers.high_value_min[2] = 6;
    s.tiers.potential_min_r = 0;
    s.lifecycle.decline_percent = 101;
    s.lifecycle.active_days = 400;
    s.basket.min_support_bp = 10_001;
    s.basket.min_confidence_bp = 15_000;
    s.templates[1].industries = vec![" ".into()];
    use CustomerField as F;
    use CustomerSettingsError as E;
    assert_eq!(
        validate(&s),
        vec![
            E::OutOfRange { field: F::HighValueMin(2) },
            E::OutOfRange { field: F::PotentialMinR },
            E::OutOfRange { field: F::DeclinePercent },
            E::OutOfRange { field: F::MinSupport },
            E::OutOfRange { field: F::MinConfidence },
            // 400 ≥ churn's 365.
            E::ActiveNotBeforeChurn,
            E::TemplateWithoutIndustry { index: 1 },
        ]
    );
}

#[test]
fn older_files_without_customer_settings_load_with_defaults() {
    let mut json = serde_json::to_value(Settings::default()).unwrap();
    json.as_object_mut().unwrap().remove("customers");
    let s: Settings = serde_json::from_value(json).unwrap();
    assert_eq!(s.customers, CustomerSettings::default());
    // A partial block keeps the rest of its defaults.
    let s: CustomerSettings = serde_json::from_str(r#"{"lifecycle":{"churn_days":500}}"#).unwrap();
    assert_eq!(s.lifecycle.churn_days, 500);
    assert_eq!(s.lifecycle.active_days, 180);
    assert_eq!(s.tiers, TierRules::default());
}
