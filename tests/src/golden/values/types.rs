// Generated from `tests/fixtures/values.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `values` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// The spec's `Level` schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// `1`
    Low,
    /// `2`
    Medium,
    /// `3`
    High,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(i64),
}

impl Level {
    /// The value as it appears on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Level::Low => 1,
            Level::Medium => 2,
            Level::High => 3,
            Level::Unknown(value) => *value,
        }
    }
}

impl From<i64> for Level {
    fn from(value: i64) -> Self {
        match value {
            1 => Level::Low,
            2 => Level::Medium,
            3 => Level::High,
            _ => Level::Unknown(value),
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Level::from)
    }
}

/// The spec's `Settings` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The spec's `level` property.
    pub level: Level,
    /// The spec's `offset` property.
    pub offset: Option<SettingsOffset>,
    /// The spec's `code` property.
    pub code: Option<SettingsCode>,
    /// The spec's `enabled` property.
    pub enabled: Option<bool>,
    /// The spec's `ratio` property.
    pub ratio: Option<serde_json::Number>,
    /// Format: `date-time`.
    pub created: Option<String>,
    /// Format: `uuid`.
    pub id: Option<String>,
    /// The spec's `size` property.
    pub size: Option<i64>,
    /// Default: `10`.
    pub count: Option<i32>,
    /// Default: `"fast"`.
    pub mode: Option<String>,
    /// Format: `byte`.
    pub avatar: Option<String>,
    /// The spec's `labels` property.
    pub labels: std::collections::BTreeMap<String, String>,
    /// The spec's `metadata` property.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The spec's `anything` property.
    pub anything: Option<serde_json::Value>,
    /// The spec's `limits` property.
    pub limits: Option<SettingsLimits>,
    /// The spec's `extras` property.
    pub extras: Option<SettingsExtras>,
    /// The spec's `rules` property.
    pub rules: Option<Vec<SettingsRulesItem>>,
    /// The spec's `deep` property.
    pub deep: Option<SettingsDeep>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Settings
    where
        unknown_fields: Unknown,
    {
        level: Required<"level">,
        offset: Optional<"offset">,
        code: Optional<"code">,
        enabled: Optional<"enabled">,
        ratio: Optional<"ratio">,
        created: Optional<"created">,
        id: Optional<"id">,
        size: Optional<"size">,
        count: Optional<"count">,
        mode: Optional<"mode">,
        avatar: Optional<"avatar">,
        labels: Required<"labels">,
        metadata: Optional<"metadata">,
        anything: Present<"anything">,
        limits: Optional<"limits">,
        extras: Optional<"extras">,
        rules: Optional<"rules">,
        deep: Optional<"deep">,
    }
}

impl Settings {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(level: Level, labels: std::collections::BTreeMap<String, String>) -> Self {
        Self {
            level,
            offset: None,
            code: None,
            enabled: None,
            ratio: None,
            created: None,
            id: None,
            size: None,
            count: None,
            mode: None,
            avatar: None,
            labels,
            metadata: None,
            anything: None,
            limits: None,
            extras: None,
            rules: None,
            deep: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingsOffset {
    /// `-1`
    Minus1,
    /// `0`
    V0,
    /// `1`
    V1,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(i64),
}

impl SettingsOffset {
    /// The value as it appears on the wire.
    pub fn value(&self) -> i64 {
        match self {
            SettingsOffset::Minus1 => -1,
            SettingsOffset::V0 => 0,
            SettingsOffset::V1 => 1,
            SettingsOffset::Unknown(value) => *value,
        }
    }
}

impl From<i64> for SettingsOffset {
    fn from(value: i64) -> Self {
        match value {
            -1 => SettingsOffset::Minus1,
            0 => SettingsOffset::V0,
            1 => SettingsOffset::V1,
            _ => SettingsOffset::Unknown(value),
        }
    }
}

impl std::fmt::Display for SettingsOffset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for SettingsOffset {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for SettingsOffset {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(SettingsOffset::from)
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/schemas/Settings/properties/code`.
    pub enum SettingsCode {
        Value000 = "value_000",
        Value001 = "value_001",
        Value002 = "value_002",
        Value003 = "value_003",
        Value004 = "value_004",
        Value005 = "value_005",
        Value006 = "value_006",
        Value007 = "value_007",
        Value008 = "value_008",
        Value009 = "value_009",
        Value010 = "value_010",
        Value011 = "value_011",
        Value012 = "value_012",
        Value013 = "value_013",
        Value014 = "value_014",
        Value015 = "value_015",
        Value016 = "value_016",
        Value017 = "value_017",
        Value018 = "value_018",
        Value019 = "value_019",
        Value020 = "value_020",
        Value021 = "value_021",
        Value022 = "value_022",
        Value023 = "value_023",
        Value024 = "value_024",
        Value025 = "value_025",
        Value026 = "value_026",
        Value027 = "value_027",
        Value028 = "value_028",
        Value029 = "value_029",
        Value030 = "value_030",
        Value031 = "value_031",
        Value032 = "value_032",
        Value033 = "value_033",
        Value034 = "value_034",
        Value035 = "value_035",
        Value036 = "value_036",
        Value037 = "value_037",
        Value038 = "value_038",
        Value039 = "value_039",
        Value040 = "value_040",
        Value041 = "value_041",
        Value042 = "value_042",
        Value043 = "value_043",
        Value044 = "value_044",
        Value045 = "value_045",
        Value046 = "value_046",
        Value047 = "value_047",
        Value048 = "value_048",
        Value049 = "value_049",
        Value050 = "value_050",
        Value051 = "value_051",
        Value052 = "value_052",
        Value053 = "value_053",
        Value054 = "value_054",
        Value055 = "value_055",
        Value056 = "value_056",
        Value057 = "value_057",
        Value058 = "value_058",
        Value059 = "value_059",
        Value060 = "value_060",
        Value061 = "value_061",
        Value062 = "value_062",
        Value063 = "value_063",
        Value064 = "value_064",
        Value065 = "value_065",
        Value066 = "value_066",
        Value067 = "value_067",
        Value068 = "value_068",
        Value069 = "value_069",
        Value070 = "value_070",
        Value071 = "value_071",
        Value072 = "value_072",
        Value073 = "value_073",
        Value074 = "value_074",
        Value075 = "value_075",
        Value076 = "value_076",
        Value077 = "value_077",
        Value078 = "value_078",
        Value079 = "value_079",
        Value080 = "value_080",
        Value081 = "value_081",
        Value082 = "value_082",
        Value083 = "value_083",
        Value084 = "value_084",
        Value085 = "value_085",
        Value086 = "value_086",
        Value087 = "value_087",
        Value088 = "value_088",
        Value089 = "value_089",
        Value090 = "value_090",
        Value091 = "value_091",
        Value092 = "value_092",
        Value093 = "value_093",
        Value094 = "value_094",
        Value095 = "value_095",
        Value096 = "value_096",
        Value097 = "value_097",
        Value098 = "value_098",
        Value099 = "value_099",
        Value100 = "value_100",
        Value101 = "value_101",
        Value102 = "value_102",
        Value103 = "value_103",
        Value104 = "value_104",
        Value105 = "value_105",
        Value106 = "value_106",
        Value107 = "value_107",
        Value108 = "value_108",
        Value109 = "value_109",
        Value110 = "value_110",
        Value111 = "value_111",
        Value112 = "value_112",
        Value113 = "value_113",
        Value114 = "value_114",
        Value115 = "value_115",
        Value116 = "value_116",
        Value117 = "value_117",
        Value118 = "value_118",
        Value119 = "value_119",
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/limits`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsLimits {
    /// The spec's `max` property.
    pub max: Option<i64>,
    /// The other fields (the spec's `additionalProperties`), by name.
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsLimits
    where
        additional_properties: Extra,
    {
        max: Optional<"max">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/extras`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsExtras {
    /// The spec's `note` property.
    pub note: Option<String>,
    /// The other fields (the spec's `additionalProperties`), by name.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsExtras
    where
        additional_properties: Unknown,
    {
        note: Optional<"note">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/rules/items`.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsRulesItem {
    /// The spec's `pattern` property.
    pub pattern: String,
    /// The spec's `weight` property.
    pub weight: Option<serde_json::Number>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsRulesItem
    where
        unknown_fields: Unknown,
    {
        pattern: Required<"pattern">,
        weight: Optional<"weight">,
    }
}

impl SettingsRulesItem {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(pattern: impl Into<String>) -> Self {
        Self {
            pattern: pattern.into(),
            weight: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDeep {
    /// The spec's `a` property.
    pub a: Option<SettingsDeepA>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsDeep
    where
        unknown_fields: Unknown,
    {
        a: Optional<"a">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDeepA {
    /// The spec's `b` property.
    pub b: Option<SettingsDeepAB>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsDeepA
    where
        unknown_fields: Unknown,
    {
        b: Optional<"b">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDeepAB {
    /// The spec's `c` property.
    pub c: Option<SettingsDeepABC>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsDeepAB
    where
        unknown_fields: Unknown,
    {
        c: Optional<"c">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b/properties/c`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDeepABC {
    /// The spec's `d` property.
    pub d: Option<SettingsDeepABCD>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsDeepABC
    where
        unknown_fields: Unknown,
    {
        d: Optional<"d">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b/properties/c/properties/d`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDeepABCD {
    /// The spec's `e` property.
    pub e: Option<SettingsDeepABCDE>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsDeepABCD
    where
        unknown_fields: Unknown,
    {
        e: Optional<"e">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b/properties/c/properties/d/properties/e`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDeepABCDE {
    /// The spec's `leaf` property.
    pub leaf: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SettingsDeepABCDE
    where
        unknown_fields: Unknown,
    {
        leaf: Optional<"leaf">,
    }
}
