//! Serde for enums of plain variants, written as fixed strings. The derive
//! compiles a variant-name matcher and a map-or-string enum reader into every
//! such enum (about 1 KB of wasm each); here each enum is a table, and one
//! shared reader looks the name up.

use serde::de::{Deserialize, Deserializer, Error};

/// Declares the names of `$ty`'s variants in files and storage and
/// implements `Serialize`/`Deserialize` with them. Every variant must be
/// listed (the `Serialize` match is exhaustive).
#[macro_export]
macro_rules! wire_names {
    ($ty:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(match self { $( $ty::$variant => $name, )* })
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const VALUES: &[$ty] = &[ $( $ty::$variant, )* ];
                $crate::domain::wire::variant_index(d, &[ $( $name, )* ]).map(|i| VALUES[i])
            }
        }
    };
}

/// Position of the variant named by the next string in `names`.
pub fn variant_index<'de, D: Deserializer<'de>>(d: D, names: &'static [&'static str]) -> Result<usize, D::Error> {
    let name = String::deserialize(d)?;
    names.iter().position(|n| *n == name).ok_or_else(|| D::Error::unknown_variant(&name, names))
}

#[cfg(test)]
mod tests {
    use crate::domain::pipeline::Stage;
    use crate::domain::Role;

    #[test]
    fn variants_round_trip_as_their_names() {
        for s in Stage::ALL {
            let json = serde_json::to_string(&s).expect("serialises");
            assert_eq!(serde_json::from_str::<Stage>(&json).ok(), Some(s), "{json}");
        }
        assert_eq!(serde_json::to_string(&Stage::NeedsConfirmed).ok().as_deref(), Some("\"needs_confirmed\""));
        assert_eq!(serde_json::from_str::<Role>("\"vp\"").ok(), Some(Role::Vp));
    }

    #[test]
    fn unknown_names_are_refused_with_the_choices() {
        let e = serde_json::from_str::<Stage>("\"maybe\"").expect_err("not a stage").to_string();
        assert!(e.starts_with("unknown variant `maybe`, expected one of `identify`, `needs_confirmed`"), "{e}");
        assert!(serde_json::from_str::<Stage>("3").is_err());
    }
}
