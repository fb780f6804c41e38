//! Every record kind of the spec. Fields later issues need are added here; the
//! export format is versioned (see `store::format`) so old files keep importing.

mod community;
mod customer;
mod field;
mod improvement;
mod history;
mod plan;
mod sales;
mod settings;
mod team;

pub use community::*;
pub use customer::*;
pub use field::*;
pub use improvement::*;
pub use history::*;
pub use plan::*;
pub use sales::*;
pub use settings::*;
pub use team::*;

use super::{Id, Timestamp};

/// A reference from one record to another, for integrity checks on import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ref {
    /// Field name; for references inside a list, `list.field` or `list`.
    pub field: &'static str,
    pub kind: EntityKind,
    pub id: Id,
    /// Position in the list, for references held in lists.
    pub index: Option<usize>,
}

impl Ref {
    pub fn one(field: &'static str, kind: EntityKind, id: Id) -> Ref {
        Ref { field, kind, id, index: None }
    }
    pub fn at(field: &'static str, kind: EntityKind, id: Id, index: usize) -> Ref {
        Ref { field, kind, id, index: Some(index) }
    }
    /// Path of the reference inside its record: `account_id`,
    /// `product_ids[2]`, `lines[0].product_id`.
    pub fn path(&self) -> String {
        match (self.index, self.field.split_once('.')) {
            (None, _) => self.field.to_string(),
            (Some(i), Some((list, field))) => format!("{list}[{i}].{field}"),
            (Some(i), None) => format!("{}[{i}]", self.field),
        }
    }
}

/// References held in a list field, each with its position.
pub(crate) fn list_refs<'a>(field: &'static str, kind: EntityKind, ids: impl Iterator<Item = &'a Id>) -> Vec<Ref> {
    ids.enumerate().map(|(i, id)| Ref::at(field, kind, *id, i)).collect()
}

/// Collect references, skipping absent optional ones.
pub(crate) fn refs<const N: usize>(items: [(&'static str, EntityKind, Option<Id>); N]) -> Vec<Ref> {
    items.into_iter().filter_map(|(f, k, id)| id.map(|id| Ref::one(f, k, id))).collect()
}

/// See [`EntityKind::dispatch`].
pub trait KindVisitor {
    type Out;
    fn visit<T: Entity>(self) -> Self::Out;
}

/// Common behaviour of stored records.
pub trait Entity:
    Clone + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned + Into<Record>
{
    const KIND: EntityKind;
    fn id(&self) -> Id;
    fn updated_at(&self) -> Timestamp;
    /// Records this one points to; each must exist in the workspace.
    fn refs(&self) -> Vec<Ref> {
        Vec::new()
    }
    fn of(data: &Collections) -> &Vec<Self>;
    fn of_mut(data: &mut Collections) -> &mut Vec<Self>;
}

macro_rules! entity_registry {
    ($( $kind:ident => $ty:ident, $field:ident, $store:literal; )*) => {
        /// One variant per record kind; `store_name` is both the IndexedDB object
        /// store and the key in the export file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EntityKind { $( $kind, )* }

        impl EntityKind {
            pub const ALL: &'static [EntityKind] = &[ $( EntityKind::$kind, )* ];
            /// Number of kinds: per-kind tables elsewhere are sized by it, so
            /// adding a kind fails to compile until they are extended.
            pub const COUNT: usize = [ $( stringify!($kind), )* ].len();
            pub fn store_name(self) -> &'static str {
                match self { $( EntityKind::$kind => $store, )* }
            }
            pub fn from_store_name(name: &str) -> Option<EntityKind> {
                match name { $( $store => Some(EntityKind::$kind), )* _ => None }
            }
            /// Calls `visitor` with the concrete record type of this kind, so
            /// other layers (the store's codecs) can be generic over kinds.
            pub fn dispatch<V: KindVisitor>(self, visitor: V) -> V::Out {
                match self { $( EntityKind::$kind => visitor.visit::<$ty>(), )* }
            }
        }

        $(
            impl Entity for $ty {
                const KIND: EntityKind = EntityKind::$kind;
                fn id(&self) -> Id { self.id }
                fn updated_at(&self) -> Timestamp { self.updated_at }
                fn refs(&self) -> Vec<Ref> { self.references() }
                fn of(data: &Collections) -> &Vec<Self> { &data.$field }
                fn of_mut(data: &mut Collections) -> &mut Vec<Self> { &mut data.$field }
            }
        )*

        /// A single record of any kind: the unit of writes and of merge decisions.
        /// Serialises as the bare record (no tag): the kind is known from context.
        #[derive(Clone, Debug, PartialEq, serde::Serialize)]
        #[serde(untagged)]
        pub enum Record { $( $kind($ty), )* }

        impl Record {
            pub fn kind(&self) -> EntityKind {
                match self { $( Record::$kind(_) => EntityKind::$kind, )* }
            }
            pub fn id(&self) -> Id {
                match self { $( Record::$kind(r) => r.id, )* }
            }
            pub fn updated_at(&self) -> Timestamp {
                match self { $( Record::$kind(r) => r.updated_at, )* }
            }
            pub fn refs(&self) -> Vec<Ref> {
                match self { $( Record::$kind(r) => r.references(), )* }
            }
        }

        $(
            impl From<$ty> for Record {
                fn from(r: $ty) -> Record { Record::$kind(r) }
            }
        )*

        /// All records, one vector per kind (ordered by id when built by the store).
        /// Field names are the store names, so this serialises as the export's `data`.
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
        pub struct Collections { $( pub $field: Vec<$ty>, )* }

        impl Collections {
            pub fn len(&self) -> usize { 0 $( + self.$field.len() )* }
            pub fn is_empty(&self) -> bool { self.len() == 0 }
            pub fn count(&self, kind: EntityKind) -> usize {
                match kind { $( EntityKind::$kind => self.$field.len(), )* }
            }
            /// Visit every record as a `Record` (cloned); used by export and checks.
            pub fn records(&self) -> Vec<Record> {
                let mut out = Vec::with_capacity(self.len());
                $( out.extend(self.$field.iter().cloned().map(Record::$kind)); )*
                out
            }
            /// Every record's references with its kind and position, borrowing
            /// instead of cloning records (integrity checks run over 100k+).
            pub fn visit_refs(&self, mut f: impl FnMut(EntityKind, usize, Vec<Ref>)) {
                $( for (i, r) in self.$field.iter().enumerate() { f(EntityKind::$kind, i, r.references()); } )*
            }
            pub fn ids_of(&self, kind: EntityKind) -> Vec<Id> {
                match kind { $( EntityKind::$kind => self.$field.iter().map(|r| r.id).collect(), )* }
            }
            /// Insert or replace by id.
            pub fn upsert(&mut self, record: Record) {
                match record { $( Record::$kind(r) => upsert_vec(&mut self.$field, r), )* }
            }
            pub fn remove(&mut self, kind: EntityKind, id: Id) -> bool {
                match kind { $( EntityKind::$kind => remove_vec(&mut self.$field, id), )* }
            }
            pub fn get(&self, kind: EntityKind, id: Id) -> Option<Record> {
                match kind {
                    $( EntityKind::$kind => self.$field.iter().find(|r| r.id == id).cloned().map(Record::$kind), )*
                }
            }
            /// Room for `n` more records of `kind`.
            pub fn reserve(&mut self, kind: EntityKind, n: usize) {
                match kind { $( EntityKind::$kind => self.$field.reserve(n), )* }
            }
            /// Drops spare capacity (loaded data stays as it is for a while).
            pub fn shrink_to_fit(&mut self) {
                $( self.$field.shrink_to_fit(); )*
            }
            pub fn sort_kind_by_id(&mut self, kind: EntityKind) {
                match kind { $( EntityKind::$kind => super::sorting::sort_by_id(&mut self.$field), )* }
            }
            pub fn sort_by_id(&mut self) {
                $( super::sorting::sort_by_id(&mut self.$field); )*
            }
        }
    };
}

fn upsert_vec<T: Entity>(items: &mut Vec<T>, record: T) {
    match items.iter_mut().find(|r| r.id() == record.id()) {
        Some(slot) => *slot = record,
        None => items.push(record),
    }
}

fn remove_vec<T: Entity>(items: &mut Vec<T>, id: Id) -> bool {
    let before = items.len();
    items.retain(|r| r.id() != id);
    items.len() != before
}

/// Calls macro `$m` with the list of record kinds: variant => type, field /
/// store name. The single source of truth for every per-kind table (domain
/// registry here, the UI's keyed store in `ui::state`).
#[macro_export]
macro_rules! for_each_entity {
    ($m:ident) => {
        $m! {
            OrgUnit => OrgUnit, org_units, "org_units";
            Person => Person, people, "people";
            Product => Product, products, "products";
            Segment => Segment, segments, "segments";
            Competitor => Competitor, competitors, "competitors";
            Account => Account, accounts, "accounts";
            Contact => Contact, contacts, "contacts";
            Lead => Lead, leads, "leads";
            Deal => Deal, deals, "deals";
            Activity => Activity, activities, "activities";
            Quote => Quote, quotes, "quotes";
            Contract => Contract, contracts, "contracts";
            ApprovalStep => ApprovalStep, approval_steps, "approval_steps";
            Order => Order, orders, "orders";
            Invoice => Invoice, invoices, "invoices";
            Payment => Payment, payments, "payments";
            SurveyResponse => SurveyResponse, survey_responses, "survey_responses";
            Complaint => Complaint, complaints, "complaints";
            Visit => Visit, visits, "visits";
            TrainingRecord => TrainingRecord, training_records, "training_records";
            Target => Target, targets, "targets";
            BudgetLine => BudgetLine, budget_lines, "budget_lines";
            Risk => Risk, risks, "risks";
            Milestone => Milestone, milestones, "milestones";
            SuccessCase => SuccessCase, success_cases, "success_cases";
            CommunityEvent => CommunityEvent, community_events, "community_events";
            ImprovementAction => ImprovementAction, improvement_actions, "improvement_actions";
        }
    };
}

for_each_entity!(entity_registry);
