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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Settings {
    /// The spec's `level` property.
    pub level: Level,
    /// The spec's `offset` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<SettingsOffset>,
    /// The spec's `code` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<SettingsCode>,
    /// The spec's `enabled` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The spec's `ratio` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<serde_json::Number>,
    /// Format: `date-time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Format: `uuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The spec's `size` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Default: `10`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// Default: `"fast"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Format: `byte`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The spec's `labels` property.
    pub labels: std::collections::BTreeMap<String, String>,
    /// The spec's `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The spec's `anything` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_present"
    )]
    pub anything: Option<serde_json::Value>,
    /// The spec's `limits` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<SettingsLimits>,
    /// The spec's `extras` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<SettingsExtras>,
    /// The spec's `rules` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<SettingsRulesItem>>,
    /// The spec's `deep` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deep: Option<SettingsDeep>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
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

/// Defined inline in the spec at `#/components/schemas/Settings/properties/code`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SettingsCode {
    /// `value_000`
    Value000,
    /// `value_001`
    Value001,
    /// `value_002`
    Value002,
    /// `value_003`
    Value003,
    /// `value_004`
    Value004,
    /// `value_005`
    Value005,
    /// `value_006`
    Value006,
    /// `value_007`
    Value007,
    /// `value_008`
    Value008,
    /// `value_009`
    Value009,
    /// `value_010`
    Value010,
    /// `value_011`
    Value011,
    /// `value_012`
    Value012,
    /// `value_013`
    Value013,
    /// `value_014`
    Value014,
    /// `value_015`
    Value015,
    /// `value_016`
    Value016,
    /// `value_017`
    Value017,
    /// `value_018`
    Value018,
    /// `value_019`
    Value019,
    /// `value_020`
    Value020,
    /// `value_021`
    Value021,
    /// `value_022`
    Value022,
    /// `value_023`
    Value023,
    /// `value_024`
    Value024,
    /// `value_025`
    Value025,
    /// `value_026`
    Value026,
    /// `value_027`
    Value027,
    /// `value_028`
    Value028,
    /// `value_029`
    Value029,
    /// `value_030`
    Value030,
    /// `value_031`
    Value031,
    /// `value_032`
    Value032,
    /// `value_033`
    Value033,
    /// `value_034`
    Value034,
    /// `value_035`
    Value035,
    /// `value_036`
    Value036,
    /// `value_037`
    Value037,
    /// `value_038`
    Value038,
    /// `value_039`
    Value039,
    /// `value_040`
    Value040,
    /// `value_041`
    Value041,
    /// `value_042`
    Value042,
    /// `value_043`
    Value043,
    /// `value_044`
    Value044,
    /// `value_045`
    Value045,
    /// `value_046`
    Value046,
    /// `value_047`
    Value047,
    /// `value_048`
    Value048,
    /// `value_049`
    Value049,
    /// `value_050`
    Value050,
    /// `value_051`
    Value051,
    /// `value_052`
    Value052,
    /// `value_053`
    Value053,
    /// `value_054`
    Value054,
    /// `value_055`
    Value055,
    /// `value_056`
    Value056,
    /// `value_057`
    Value057,
    /// `value_058`
    Value058,
    /// `value_059`
    Value059,
    /// `value_060`
    Value060,
    /// `value_061`
    Value061,
    /// `value_062`
    Value062,
    /// `value_063`
    Value063,
    /// `value_064`
    Value064,
    /// `value_065`
    Value065,
    /// `value_066`
    Value066,
    /// `value_067`
    Value067,
    /// `value_068`
    Value068,
    /// `value_069`
    Value069,
    /// `value_070`
    Value070,
    /// `value_071`
    Value071,
    /// `value_072`
    Value072,
    /// `value_073`
    Value073,
    /// `value_074`
    Value074,
    /// `value_075`
    Value075,
    /// `value_076`
    Value076,
    /// `value_077`
    Value077,
    /// `value_078`
    Value078,
    /// `value_079`
    Value079,
    /// `value_080`
    Value080,
    /// `value_081`
    Value081,
    /// `value_082`
    Value082,
    /// `value_083`
    Value083,
    /// `value_084`
    Value084,
    /// `value_085`
    Value085,
    /// `value_086`
    Value086,
    /// `value_087`
    Value087,
    /// `value_088`
    Value088,
    /// `value_089`
    Value089,
    /// `value_090`
    Value090,
    /// `value_091`
    Value091,
    /// `value_092`
    Value092,
    /// `value_093`
    Value093,
    /// `value_094`
    Value094,
    /// `value_095`
    Value095,
    /// `value_096`
    Value096,
    /// `value_097`
    Value097,
    /// `value_098`
    Value098,
    /// `value_099`
    Value099,
    /// `value_100`
    Value100,
    /// `value_101`
    Value101,
    /// `value_102`
    Value102,
    /// `value_103`
    Value103,
    /// `value_104`
    Value104,
    /// `value_105`
    Value105,
    /// `value_106`
    Value106,
    /// `value_107`
    Value107,
    /// `value_108`
    Value108,
    /// `value_109`
    Value109,
    /// `value_110`
    Value110,
    /// `value_111`
    Value111,
    /// `value_112`
    Value112,
    /// `value_113`
    Value113,
    /// `value_114`
    Value114,
    /// `value_115`
    Value115,
    /// `value_116`
    Value116,
    /// `value_117`
    Value117,
    /// `value_118`
    Value118,
    /// `value_119`
    Value119,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl SettingsCode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            SettingsCode::Value000 => "value_000",
            SettingsCode::Value001 => "value_001",
            SettingsCode::Value002 => "value_002",
            SettingsCode::Value003 => "value_003",
            SettingsCode::Value004 => "value_004",
            SettingsCode::Value005 => "value_005",
            SettingsCode::Value006 => "value_006",
            SettingsCode::Value007 => "value_007",
            SettingsCode::Value008 => "value_008",
            SettingsCode::Value009 => "value_009",
            SettingsCode::Value010 => "value_010",
            SettingsCode::Value011 => "value_011",
            SettingsCode::Value012 => "value_012",
            SettingsCode::Value013 => "value_013",
            SettingsCode::Value014 => "value_014",
            SettingsCode::Value015 => "value_015",
            SettingsCode::Value016 => "value_016",
            SettingsCode::Value017 => "value_017",
            SettingsCode::Value018 => "value_018",
            SettingsCode::Value019 => "value_019",
            SettingsCode::Value020 => "value_020",
            SettingsCode::Value021 => "value_021",
            SettingsCode::Value022 => "value_022",
            SettingsCode::Value023 => "value_023",
            SettingsCode::Value024 => "value_024",
            SettingsCode::Value025 => "value_025",
            SettingsCode::Value026 => "value_026",
            SettingsCode::Value027 => "value_027",
            SettingsCode::Value028 => "value_028",
            SettingsCode::Value029 => "value_029",
            SettingsCode::Value030 => "value_030",
            SettingsCode::Value031 => "value_031",
            SettingsCode::Value032 => "value_032",
            SettingsCode::Value033 => "value_033",
            SettingsCode::Value034 => "value_034",
            SettingsCode::Value035 => "value_035",
            SettingsCode::Value036 => "value_036",
            SettingsCode::Value037 => "value_037",
            SettingsCode::Value038 => "value_038",
            SettingsCode::Value039 => "value_039",
            SettingsCode::Value040 => "value_040",
            SettingsCode::Value041 => "value_041",
            SettingsCode::Value042 => "value_042",
            SettingsCode::Value043 => "value_043",
            SettingsCode::Value044 => "value_044",
            SettingsCode::Value045 => "value_045",
            SettingsCode::Value046 => "value_046",
            SettingsCode::Value047 => "value_047",
            SettingsCode::Value048 => "value_048",
            SettingsCode::Value049 => "value_049",
            SettingsCode::Value050 => "value_050",
            SettingsCode::Value051 => "value_051",
            SettingsCode::Value052 => "value_052",
            SettingsCode::Value053 => "value_053",
            SettingsCode::Value054 => "value_054",
            SettingsCode::Value055 => "value_055",
            SettingsCode::Value056 => "value_056",
            SettingsCode::Value057 => "value_057",
            SettingsCode::Value058 => "value_058",
            SettingsCode::Value059 => "value_059",
            SettingsCode::Value060 => "value_060",
            SettingsCode::Value061 => "value_061",
            SettingsCode::Value062 => "value_062",
            SettingsCode::Value063 => "value_063",
            SettingsCode::Value064 => "value_064",
            SettingsCode::Value065 => "value_065",
            SettingsCode::Value066 => "value_066",
            SettingsCode::Value067 => "value_067",
            SettingsCode::Value068 => "value_068",
            SettingsCode::Value069 => "value_069",
            SettingsCode::Value070 => "value_070",
            SettingsCode::Value071 => "value_071",
            SettingsCode::Value072 => "value_072",
            SettingsCode::Value073 => "value_073",
            SettingsCode::Value074 => "value_074",
            SettingsCode::Value075 => "value_075",
            SettingsCode::Value076 => "value_076",
            SettingsCode::Value077 => "value_077",
            SettingsCode::Value078 => "value_078",
            SettingsCode::Value079 => "value_079",
            SettingsCode::Value080 => "value_080",
            SettingsCode::Value081 => "value_081",
            SettingsCode::Value082 => "value_082",
            SettingsCode::Value083 => "value_083",
            SettingsCode::Value084 => "value_084",
            SettingsCode::Value085 => "value_085",
            SettingsCode::Value086 => "value_086",
            SettingsCode::Value087 => "value_087",
            SettingsCode::Value088 => "value_088",
            SettingsCode::Value089 => "value_089",
            SettingsCode::Value090 => "value_090",
            SettingsCode::Value091 => "value_091",
            SettingsCode::Value092 => "value_092",
            SettingsCode::Value093 => "value_093",
            SettingsCode::Value094 => "value_094",
            SettingsCode::Value095 => "value_095",
            SettingsCode::Value096 => "value_096",
            SettingsCode::Value097 => "value_097",
            SettingsCode::Value098 => "value_098",
            SettingsCode::Value099 => "value_099",
            SettingsCode::Value100 => "value_100",
            SettingsCode::Value101 => "value_101",
            SettingsCode::Value102 => "value_102",
            SettingsCode::Value103 => "value_103",
            SettingsCode::Value104 => "value_104",
            SettingsCode::Value105 => "value_105",
            SettingsCode::Value106 => "value_106",
            SettingsCode::Value107 => "value_107",
            SettingsCode::Value108 => "value_108",
            SettingsCode::Value109 => "value_109",
            SettingsCode::Value110 => "value_110",
            SettingsCode::Value111 => "value_111",
            SettingsCode::Value112 => "value_112",
            SettingsCode::Value113 => "value_113",
            SettingsCode::Value114 => "value_114",
            SettingsCode::Value115 => "value_115",
            SettingsCode::Value116 => "value_116",
            SettingsCode::Value117 => "value_117",
            SettingsCode::Value118 => "value_118",
            SettingsCode::Value119 => "value_119",
            SettingsCode::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "value_000" => Some(SettingsCode::Value000),
            "value_001" => Some(SettingsCode::Value001),
            "value_002" => Some(SettingsCode::Value002),
            "value_003" => Some(SettingsCode::Value003),
            "value_004" => Some(SettingsCode::Value004),
            "value_005" => Some(SettingsCode::Value005),
            "value_006" => Some(SettingsCode::Value006),
            "value_007" => Some(SettingsCode::Value007),
            "value_008" => Some(SettingsCode::Value008),
            "value_009" => Some(SettingsCode::Value009),
            "value_010" => Some(SettingsCode::Value010),
            "value_011" => Some(SettingsCode::Value011),
            "value_012" => Some(SettingsCode::Value012),
            "value_013" => Some(SettingsCode::Value013),
            "value_014" => Some(SettingsCode::Value014),
            "value_015" => Some(SettingsCode::Value015),
            "value_016" => Some(SettingsCode::Value016),
            "value_017" => Some(SettingsCode::Value017),
            "value_018" => Some(SettingsCode::Value018),
            "value_019" => Some(SettingsCode::Value019),
            "value_020" => Some(SettingsCode::Value020),
            "value_021" => Some(SettingsCode::Value021),
            "value_022" => Some(SettingsCode::Value022),
            "value_023" => Some(SettingsCode::Value023),
            "value_024" => Some(SettingsCode::Value024),
            "value_025" => Some(SettingsCode::Value025),
            "value_026" => Some(SettingsCode::Value026),
            "value_027" => Some(SettingsCode::Value027),
            "value_028" => Some(SettingsCode::Value028),
            "value_029" => Some(SettingsCode::Value029),
            "value_030" => Some(SettingsCode::Value030),
            "value_031" => Some(SettingsCode::Value031),
            "value_032" => Some(SettingsCode::Value032),
            "value_033" => Some(SettingsCode::Value033),
            "value_034" => Some(SettingsCode::Value034),
            "value_035" => Some(SettingsCode::Value035),
            "value_036" => Some(SettingsCode::Value036),
            "value_037" => Some(SettingsCode::Value037),
            "value_038" => Some(SettingsCode::Value038),
            "value_039" => Some(SettingsCode::Value039),
            "value_040" => Some(SettingsCode::Value040),
            "value_041" => Some(SettingsCode::Value041),
            "value_042" => Some(SettingsCode::Value042),
            "value_043" => Some(SettingsCode::Value043),
            "value_044" => Some(SettingsCode::Value044),
            "value_045" => Some(SettingsCode::Value045),
            "value_046" => Some(SettingsCode::Value046),
            "value_047" => Some(SettingsCode::Value047),
            "value_048" => Some(SettingsCode::Value048),
            "value_049" => Some(SettingsCode::Value049),
            "value_050" => Some(SettingsCode::Value050),
            "value_051" => Some(SettingsCode::Value051),
            "value_052" => Some(SettingsCode::Value052),
            "value_053" => Some(SettingsCode::Value053),
            "value_054" => Some(SettingsCode::Value054),
            "value_055" => Some(SettingsCode::Value055),
            "value_056" => Some(SettingsCode::Value056),
            "value_057" => Some(SettingsCode::Value057),
            "value_058" => Some(SettingsCode::Value058),
            "value_059" => Some(SettingsCode::Value059),
            "value_060" => Some(SettingsCode::Value060),
            "value_061" => Some(SettingsCode::Value061),
            "value_062" => Some(SettingsCode::Value062),
            "value_063" => Some(SettingsCode::Value063),
            "value_064" => Some(SettingsCode::Value064),
            "value_065" => Some(SettingsCode::Value065),
            "value_066" => Some(SettingsCode::Value066),
            "value_067" => Some(SettingsCode::Value067),
            "value_068" => Some(SettingsCode::Value068),
            "value_069" => Some(SettingsCode::Value069),
            "value_070" => Some(SettingsCode::Value070),
            "value_071" => Some(SettingsCode::Value071),
            "value_072" => Some(SettingsCode::Value072),
            "value_073" => Some(SettingsCode::Value073),
            "value_074" => Some(SettingsCode::Value074),
            "value_075" => Some(SettingsCode::Value075),
            "value_076" => Some(SettingsCode::Value076),
            "value_077" => Some(SettingsCode::Value077),
            "value_078" => Some(SettingsCode::Value078),
            "value_079" => Some(SettingsCode::Value079),
            "value_080" => Some(SettingsCode::Value080),
            "value_081" => Some(SettingsCode::Value081),
            "value_082" => Some(SettingsCode::Value082),
            "value_083" => Some(SettingsCode::Value083),
            "value_084" => Some(SettingsCode::Value084),
            "value_085" => Some(SettingsCode::Value085),
            "value_086" => Some(SettingsCode::Value086),
            "value_087" => Some(SettingsCode::Value087),
            "value_088" => Some(SettingsCode::Value088),
            "value_089" => Some(SettingsCode::Value089),
            "value_090" => Some(SettingsCode::Value090),
            "value_091" => Some(SettingsCode::Value091),
            "value_092" => Some(SettingsCode::Value092),
            "value_093" => Some(SettingsCode::Value093),
            "value_094" => Some(SettingsCode::Value094),
            "value_095" => Some(SettingsCode::Value095),
            "value_096" => Some(SettingsCode::Value096),
            "value_097" => Some(SettingsCode::Value097),
            "value_098" => Some(SettingsCode::Value098),
            "value_099" => Some(SettingsCode::Value099),
            "value_100" => Some(SettingsCode::Value100),
            "value_101" => Some(SettingsCode::Value101),
            "value_102" => Some(SettingsCode::Value102),
            "value_103" => Some(SettingsCode::Value103),
            "value_104" => Some(SettingsCode::Value104),
            "value_105" => Some(SettingsCode::Value105),
            "value_106" => Some(SettingsCode::Value106),
            "value_107" => Some(SettingsCode::Value107),
            "value_108" => Some(SettingsCode::Value108),
            "value_109" => Some(SettingsCode::Value109),
            "value_110" => Some(SettingsCode::Value110),
            "value_111" => Some(SettingsCode::Value111),
            "value_112" => Some(SettingsCode::Value112),
            "value_113" => Some(SettingsCode::Value113),
            "value_114" => Some(SettingsCode::Value114),
            "value_115" => Some(SettingsCode::Value115),
            "value_116" => Some(SettingsCode::Value116),
            "value_117" => Some(SettingsCode::Value117),
            "value_118" => Some(SettingsCode::Value118),
            "value_119" => Some(SettingsCode::Value119),
            _ => None,
        }
    }
}

impl From<String> for SettingsCode {
    fn from(value: String) -> Self {
        SettingsCode::known(&value).unwrap_or(SettingsCode::Unknown(value))
    }
}

impl From<&str> for SettingsCode {
    fn from(value: &str) -> Self {
        SettingsCode::known(value).unwrap_or_else(|| SettingsCode::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for SettingsCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SettingsCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SettingsCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            SettingsCode::known,
            SettingsCode::Unknown,
        )
    }
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/limits`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsLimits {
    /// The spec's `max` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// The other fields (the spec's `additionalProperties`), by name.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/extras`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsExtras {
    /// The spec's `note` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The other fields (the spec's `additionalProperties`), by name.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/rules/items`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsRulesItem {
    /// The spec's `pattern` property.
    pub pattern: String,
    /// The spec's `weight` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<serde_json::Number>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsDeep {
    /// The spec's `a` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<SettingsDeepA>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsDeepA {
    /// The spec's `b` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<SettingsDeepAB>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsDeepAB {
    /// The spec's `c` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<SettingsDeepABC>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b/properties/c`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsDeepABC {
    /// The spec's `d` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<SettingsDeepABCD>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b/properties/c/properties/d`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsDeepABCD {
    /// The spec's `e` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<SettingsDeepABCDE>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Settings/properties/deep/properties/a/properties/b/properties/c/properties/d/properties/e`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct SettingsDeepABCDE {
    /// The spec's `leaf` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaf: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
