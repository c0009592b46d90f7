//! Rust variant names for the wire values of a string enum.
//!
//! Every value gets a valid, unique identifier, whatever it is (`*`, `""`,
//! `2x`, `Self`, `Unknown`); serde keeps the wire value.

/// `(variant, wire value)` for each distinct value, in order.
pub fn variants(values: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::with_capacity(values.len());
    for value in values {
        if out.iter().any(|(_, v)| v == value) {
            continue;
        }
        let base = variant_name(value);
        let mut name = base.clone();
        let mut n = 2;
        while out.iter().any(|(v, _)| *v == name) {
            name = format!("{base}{n}");
            n += 1;
        }
        out.push((name, value.clone()));
    }
    out
}

/// `application/pdf` → `ApplicationPdf`, `LOW` → `Low`, `startTime` →
/// `StartTime`, `*` → `Star`, `""` → `Empty`, `1.0.0` → `V100`.
pub fn variant_name(value: &str) -> String {
    let words: String = value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            let rest: String = if part.chars().all(|c| !c.is_ascii_lowercase()) {
                chars.as_str().to_ascii_lowercase()
            } else {
                chars.as_str().to_string()
            };
            first.into_iter().collect::<String>() + &rest
        })
        .collect();
    let mut name = if words.is_empty() {
        symbols(value)
    } else {
        words
    };
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    // `Unknown` is the open enum's catch-all; `Self` is a keyword.
    if matches!(name.as_str(), "Unknown" | "Self") {
        name.push_str("Value");
    }
    name
}

/// A name for a value without ASCII letters or digits.
fn symbols(value: &str) -> String {
    if value.is_empty() {
        return "Empty".into();
    }
    value
        .chars()
        .map(|c| match c {
            '*' => "Star".to_string(),
            '+' => "Plus".into(),
            '-' => "Minus".into(),
            '.' => "Dot".into(),
            '/' => "Slash".into(),
            '_' => "Underscore".into(),
            ' ' => "Space".into(),
            '?' => "Question".into(),
            '!' => "Bang".into(),
            '#' => "Hash".into(),
            '@' => "At".into(),
            '%' => "Percent".into(),
            '&' => "And".into(),
            '=' => "Equals".into(),
            ':' => "Colon".into(),
            ',' => "Comma".into(),
            '$' => "Dollar".into(),
            other => format!("U{:04X}", other as u32),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{variant_name, variants};

    #[test]
    fn names() {
        assert_eq!(variant_name("application/pdf"), "ApplicationPdf");
        assert_eq!(variant_name("LOW"), "Low");
        assert_eq!(variant_name("EU"), "Eu");
        assert_eq!(variant_name("startTime"), "StartTime");
        assert_eq!(variant_name("alphanumext"), "Alphanumext");
        assert_eq!(variant_name("*"), "Star");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("1.0.0"), "V100");
        assert_eq!(variant_name("unknown"), "UnknownValue");
        assert_eq!(variant_name("self"), "SelfValue");
        assert_eq!(variant_name("ü"), "U00FC");
    }

    #[test]
    fn every_value_gets_a_unique_valid_identifier() {
        let values: Vec<String> = ["*", "", "a-b", "a_b", "A B", "*", "unknown", "Unknown", "9"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let vs = variants(&values);
        assert_eq!(vs.len(), values.len() - 1, "duplicates are one variant");
        for (i, (name, _)) in vs.iter().enumerate() {
            syn::parse_str::<syn::Ident>(name).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(vs[..i].iter().all(|(n, _)| n != name), "{name} twice");
        }
        assert_eq!(vs[2], ("AB".to_string(), "a-b".to_string()));
        assert_eq!(vs[3], ("AB2".to_string(), "a_b".to_string()));
    }
}
