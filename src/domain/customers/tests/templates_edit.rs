use crate::domain::customers::templates_edit::{input_from, save, TemplateError, TemplateInput};
use crate::domain::customers::templates::default_templates;
use crate::domain::Id;

#[test]
fn templates_round_trip_through_the_form() {
    let defaults = default_templates();
    let inputs: Vec<TemplateInput> = defaults.iter().map(input_from).collect();
    assert_eq!(save(&inputs).unwrap(), defaults);
}

#[test]
fn typed_lists_are_split_and_empty_templates_dropped() {
    let inputs = vec![
        TemplateInput { industries: "Retail，零售、 E-commerce".into(), pain_points: "Stock\n\n Returns \n".into(), pitch: " Sell more ".into(), products: vec![Id::from_u128(1), Id::from_u128(1)] },
        TemplateInput::default(),
        TemplateInput { industries: " ".into(), pitch: "No industry".into(), ..TemplateInput::default() },
    ];
    assert_eq!(save(&inputs).unwrap_err(), vec![TemplateError::IndustryRequired(3)]);
    let saved = save(&inputs[..2]).unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].industries, ["Retail", "零售", "E-commerce"]);
    assert_eq!(saved[0].pain_points, ["Stock", "Returns"]);
    assert_eq!((saved[0].pitch.as_str(), saved[0].recommended_products.len()), ("Sell more", 1));
}
