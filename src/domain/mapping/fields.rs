//! `target_fields!`: a field catalogue (enum + [`Target`](super::Target))
//! from one table of variant, stable key and header aliases, so a new
//! record kind's catalogue is a list, not five hand-kept `match`es.

/// `target_fields!(Name, required: [A, B], { A => "a" ["Alias", …], … })`.
/// Kinds migrated from other CRMs carry their source id in an
/// `external_id` field, not in `Target::ID` (which is a SalesFlow id).
#[macro_export]
macro_rules! target_fields {
    ($name:ident, required: [$($req:ident),+], { $($variant:ident => $key:literal [$($alias:literal),* $(,)?]),+ $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $crate::domain::mapping::Target for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            const ID: Option<$name> = None;
            fn index(self) -> usize {
                self as usize
            }
            fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }
            fn aliases(self) -> &'static [&'static str] {
                match self {
                    $($name::$variant => &[$($alias),*]),+
                }
            }
            fn required(self) -> bool {
                matches!(self, $($name::$req)|+)
            }
        }
    };
}
