//! The solution-template editor: each template as typed (industries
//! comma-separated, ASCII or full-width; one pain point per line) ↔
//! `IndustryTemplate`s.

use super::templates::IndustryTemplate;
use crate::domain::Id;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateInput {
    pub industries: String,
    pub pain_points: String,
    pub pitch: String,
    pub products: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// Template n (1-based) names no industry, so it would never apply.
    IndustryRequired(usize),
}

pub fn input_from(t: &IndustryTemplate) -> TemplateInput {
    TemplateInput {
        industries: t.industries.join(", "),
        pain_points: t.pain_points.join("\n"),
        pitch: t.pitch.clone(),
        products: t.recommended_products.clone(),
    }
}

fn split(text: &str, seps: &[char]) -> Vec<String> {
    text.split(|c| seps.contains(&c)).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// Templates left completely empty are dropped; any other without an
/// industry is an error naming it.
pub fn save(inputs: &[TemplateInput]) -> Result<Vec<IndustryTemplate>, Vec<TemplateError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, t) in inputs.iter().enumerate() {
        let industries = split(&t.industries, &[',', '，', '、', ';', '；']);
        let pain_points = split(&t.pain_points, &['\n']);
        let pitch = t.pitch.trim().to_string();
        if industries.is_empty() && pain_points.is_empty() && pitch.is_empty() && t.products.is_empty() {
            continue;
        }
        if industries.is_empty() {
            errors.push(TemplateError::IndustryRequired(i + 1));
            continue;
        }
        let mut products = t.products.clone();
        products.dedup();
        out.push(IndustryTemplate { industries, pain_points, recommended_products: products, pitch });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
