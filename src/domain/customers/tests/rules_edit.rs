use crate::domain::customers::rules_edit::{input_from, save, RulesError, FIELDS};
use crate::domain::customers::{CustomerField, CustomerSettings, CustomerSettingsError};

#[test]
fn the_form_round_trips_the_settings() {
    let s = CustomerSettings::default();
    let texts = input_from(&s);
    assert_eq!(texts.len(), FIELDS.len());
    // Defaults: support 1 %, confidence 20 %, lift 1.10.
    assert_eq!(&texts[13..], &["1".to_string(), "20".to_string(), "1.10".to_string()]);
    assert_eq!(save(&texts, &s).unwrap(), s);
}

#[test]
fn typed_numbers_land_in_their_fields_and_problems_name_them() {
    let s = CustomerSettings::default();
    let mut texts = input_from(&s);
    texts[2] = "5".into(); // high-value R
    texts[13] = "2.5".into(); // support 2.5 % = 250 bp
    texts[15] = "1.5".into(); // lift 1.50
    let next = save(&texts, &s).unwrap();
    assert_eq!(next.tiers.high_value_min, [5, 4, 4]);
    assert_eq!((next.basket.min_support_bp, next.basket.min_lift_hundredths), (250, 150));

    texts[0] = "six".into();
    texts[5] = "9".into(); // potential min R is 1–5
    texts[10] = "400".into(); // active 400 ≥ churn 365
    let errs = save(&texts, &s).unwrap_err();
    assert_eq!(
        errs,
        vec![
            RulesError::NotANumber(CustomerField::ChurnedMaxR),
            RulesError::Invalid(CustomerSettingsError::OutOfRange { field: CustomerField::PotentialMinR }),
            RulesError::Invalid(CustomerSettingsError::ActiveNotBeforeChurn),
        ]
    );
}
