//! The `Serialize` and `Deserialize` of every generated struct, written once.
//!
//! serde's derives write, for each struct, a field enum with its own
//! visitor, a visitor for sequences that JSON objects never use, buffering
//! for `#[serde(flatten)]` maps, and an attribute-driven encoder: a large
//! spec's structs were expanded into hundreds of thousands of lines for
//! `rustc` to check. A generated struct instead names each field's wire
//! names and how it is read and written, and this macro writes one encoder
//! and one visitor that matches keys as strings, both calling the shared
//! generic functions of [`fields`].

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// How a generated struct is encoded and decoded: for each field, its Rust
/// name, its kind, and its wire name (then any aliases, read but never
/// written); after `where`, the map that keeps the other keys, if the
/// struct has one. Fields are written in this order, then the map's keys.
///
/// ```text
/// switchboard_runtime::__serde_struct! {
///     struct Route
///     where
///         unknown_fields: Unknown<"created_at">,
///     {
///         id: Required<"id">,
///         name: Optional<"name", "label">,
///         #[cfg(feature = "voice")]
///         deleted_at: Present<"deleted_at">,
///     }
/// }
/// ```
///
/// - `Required`: always written; the key must be there (an `Option` field
///   may be absent and is then `None`, as serde's derive reads it).
/// - `Optional`: an `Option`, written when `Some`; absent is `None`.
/// - `Present`: an `Option<T>`, written when `Some`; a key that is there is
///   `Some(T)`, `null` included (`T` is `Option<_>` for a nullable field, or a
///   JSON value).
/// - `where map: Unknown<"read-only", …>`: a `serde_json::Map` that keeps
///   every other key but the names given; `where map: Extra`: a `BTreeMap`
///   of every other key, each value decoded as the map's value type.
///
/// Without a map, a key that no field names is skipped. A field given twice
/// is an error, as with serde's derive. It encodes as a map and decodes
/// from one (a JSON object), through serde_json or another self-describing
/// format; the map is written without its length up front, so formats that
/// need one (bincode) cannot encode it. A field's `#[cfg(…)]` goes on its
/// line here too.
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_struct {
    (
        struct $name:ident
        $(where $rest:ident : $rest_kind:ident $(<$($skip:literal),* $(,)?>)?,)?
        {
            $($(#[$meta:meta])* $field:ident : $kind:ident <$first:literal $(, $alias:literal)* $(,)?>,)*
        }
    ) => {
        impl $crate::serde::Serialize for $name {
            fn serialize<__S: $crate::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                use $crate::__private::fields;
                let mut map = $crate::serde::Serializer::serialize_map(serializer, ::core::option::Option::None)?;
                $($(#[$meta])* fields::$kind::write(&mut map, $first, &self.$field)?;)*
                $(fields::write_rest(&mut map, &self.$rest)?;)?
                $crate::serde::ser::SerializeMap::end(map)
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<__D: $crate::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                struct __Visitor;

                impl<'de> $crate::serde::de::Visitor<'de> for __Visitor {
                    type Value = $name;

                    fn expecting(
                        &self,
                        formatter: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        formatter.write_str(::core::concat!("struct ", ::core::stringify!($name)))
                    }

                    fn visit_map<__A: $crate::serde::de::MapAccess<'de>>(
                        self,
                        mut map: __A,
                    ) -> ::core::result::Result<$name, __A::Error> {
                        use $crate::__private::fields;
                        $($(#[$meta])* let mut $field = ::core::option::Option::None;)*
                        $(let mut $rest = fields::$rest_kind::empty();)?
                        while let ::core::option::Option::Some(key) =
                            map.next_key::<fields::Key<'de>>()?
                        {
                            match key.as_str() {
                                $(
                                    $(#[$meta])*
                                    $first $(| $alias)* => fields::$kind::put(&mut $field, &mut map, $first)?,
                                )*
                                $($($($skip => fields::skip(&mut map)?,)*)?)?
                                _ => $crate::__serde_struct!(@rest map, key $(, $rest)?),
                            }
                        }
                        ::core::result::Result::Ok($name {
                            $($(#[$meta])* $field: fields::$kind::end($field, $first)?,)*
                            $($rest,)?
                        })
                    }
                }

                deserializer.deserialize_map(__Visitor)
            }
        }
    };
    (@rest $map:ident, $key:ident) => { $crate::__private::fields::skip(&mut $map)? };
    (@rest $map:ident, $key:ident, $rest:ident) => {
        $crate::__private::fields::keep(&mut $rest, $key, &mut $map)?
    };
}

/// What `__serde_struct!` calls: how each kind of field is written, read
/// and finished, and the key type of the map being read.
pub mod fields {
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde::de::{Deserialize, Error, IgnoredAny, MapAccess};
    use serde::ser::SerializeMap;

    pub use super::Key;

    /// A field whose key must be there.
    pub struct Required;

    /// A field that is its type's `Default` when absent.
    pub struct Optional;

    /// An `Option<T>` field that is `Some` whenever its key is there.
    pub struct Present;

    /// The JSON map of the keys no field names.
    pub struct Unknown;

    /// The typed map of the keys no field names.
    pub struct Extra;

    /// The value of a field's key, into its slot: an error if the key came
    /// before.
    fn put<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        slot: &mut Option<T>,
        map: &mut A,
        name: &'static str,
    ) -> Result<(), A::Error> {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(name));
        }
        *slot = Some(map.next_value()?);
        Ok(())
    }

    impl Required {
        /// Writes the field.
        pub fn write<M: SerializeMap, T: Serialize>(
            map: &mut M,
            name: &'static str,
            value: &T,
        ) -> Result<(), M::Error> {
            map.serialize_entry(name, value)
        }

        /// Reads the field's value.
        pub fn put<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
            slot: &mut Option<T>,
            map: &mut A,
            name: &'static str,
        ) -> Result<(), A::Error> {
            put(slot, map, name)
        }

        /// The field's value, or what serde's derive makes of a missing one.
        pub fn end<'de, T: Deserialize<'de>, E: Error>(
            slot: Option<T>,
            name: &'static str,
        ) -> Result<T, E> {
            match slot {
                Some(value) => Ok(value),
                None => super::missing_field(name),
            }
        }
    }

    impl Optional {
        /// Writes the field when it is `Some`.
        pub fn write<M: SerializeMap, T: Serialize>(
            map: &mut M,
            name: &'static str,
            value: &Option<T>,
        ) -> Result<(), M::Error> {
            write_some(map, name, value)
        }

        /// Reads the field's value.
        pub fn put<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
            slot: &mut Option<T>,
            map: &mut A,
            name: &'static str,
        ) -> Result<(), A::Error> {
            put(slot, map, name)
        }

        /// The field's value, or its `Default`.
        pub fn end<T: Default, E: Error>(slot: Option<T>, _name: &'static str) -> Result<T, E> {
            Ok(slot.unwrap_or_default())
        }
    }

    impl Present {
        /// Writes the field when it is `Some`, its `None` inside as `null`.
        pub fn write<M: SerializeMap, T: Serialize>(
            map: &mut M,
            name: &'static str,
            value: &Option<T>,
        ) -> Result<(), M::Error> {
            write_some(map, name, value)
        }

        /// Reads the field's value as `Some`, whatever it is.
        pub fn put<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
            slot: &mut Option<Option<T>>,
            map: &mut A,
            name: &'static str,
        ) -> Result<(), A::Error> {
            if slot.is_some() {
                return Err(A::Error::duplicate_field(name));
            }
            *slot = Some(Some(map.next_value()?));
            Ok(())
        }

        /// The field's value, `None` when its key was not there.
        pub fn end<T, E: Error>(
            slot: Option<Option<T>>,
            _name: &'static str,
        ) -> Result<Option<T>, E> {
            Ok(slot.flatten())
        }
    }

    impl Unknown {
        /// An empty map.
        pub fn empty() -> serde_json::Map<String, serde_json::Value> {
            serde_json::Map::new()
        }
    }

    impl Extra {
        /// An empty map.
        pub fn empty<V>() -> BTreeMap<String, V> {
            BTreeMap::new()
        }
    }

    /// A map that keeps the keys no field names.
    pub trait Keep<'de> {
        /// Keeps the value of `key`.
        fn keep<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error>;
    }

    impl<'de, V: Deserialize<'de>> Keep<'de> for BTreeMap<String, V> {
        fn keep<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error> {
            self.insert(key.into_owned(), map.next_value()?);
            Ok(())
        }
    }

    impl<'de> Keep<'de> for serde_json::Map<String, serde_json::Value> {
        fn keep<A: MapAccess<'de>>(&mut self, key: Key<'de>, map: &mut A) -> Result<(), A::Error> {
            self.insert(key.into_owned(), map.next_value()?);
            Ok(())
        }
    }

    /// Keeps the value of `key` in the struct's map.
    pub fn keep<'de, A: MapAccess<'de>, M: Keep<'de>>(
        rest: &mut M,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        rest.keep(key, map)
    }

    fn write_some<M: SerializeMap, T: Serialize>(
        map: &mut M,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(value) => map.serialize_entry(name, value),
            None => Ok(()),
        }
    }

    /// Writes every key of the struct's map, after its fields.
    pub fn write_rest<'a, M, K, V>(
        map: &mut M,
        rest: impl IntoIterator<Item = (&'a K, &'a V)>,
    ) -> Result<(), M::Error>
    where
        M: SerializeMap,
        K: Serialize + 'a,
        V: Serialize + 'a,
    {
        rest.into_iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }

    /// Skips the value of a key the struct does not keep.
    pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
        map.next_value::<IgnoredAny>().map(drop)
    }
}

/// A key of a map being decoded, borrowed from the input when it can be.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key, owned, for a map of the fields the spec does not know.
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value)))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Key<'de>, E> {
        match std::str::from_utf8(value) {
            Ok(text) => Ok(Key(Cow::Owned(text.to_owned()))),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }
}

/// The value of a required field the input lacks: `None` for an `Option`,
/// else serde's "missing field" error, as serde's derive decides.
fn missing_field<'de, T: de::Deserialize<'de>, E: de::Error>(name: &'static str) -> Result<T, E> {
    T::deserialize(Missing(name, PhantomData))
}

/// A deserializer for a field that is not there.
struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    #[derive(Debug, PartialEq)]
    struct Route {
        id: String,
        r#type: Option<String>,
        note: Option<Option<String>>,
        count: Option<u32>,
        key: Option<serde_json::Value>,
        unknown_fields: serde_json::Map<String, serde_json::Value>,
    }

    crate::__serde_struct! {
        struct Route
        where
            unknown_fields: Unknown<"created_at">,
        {
            id: Required<"id">,
            r#type: Optional<"type", "kind">,
            note: Present<"note">,
            count: Optional<"count">,
            key: Present<"map">,
        }
    }

    #[derive(Debug, PartialEq)]
    struct Labels {
        total: u32,
        maybe: Option<u32>,
        additional_properties: BTreeMap<String, u32>,
    }

    crate::__serde_struct! {
        struct Labels
        where
            additional_properties: Extra,
        {
            total: Required<"total">,
            maybe: Required<"maybe">,
        }
    }

    #[derive(Debug, PartialEq)]
    struct Plain {
        #[cfg(any())]
        gone: u32,
        kept: u32,
    }

    crate::__serde_struct! {
        struct Plain {
            #[cfg(any())]
            gone: Required<"gone">,
            kept: Required<"kept">,
        }
    }

    fn decoded<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|error| error.to_string())
    }

    #[test]
    fn fields_are_read_by_wire_name_and_alias() {
        let route: Result<Route, _> = decoded(r#"{"id":"r1","kind":"sip","count":3}"#);
        assert_eq!(
            route,
            Ok(Route {
                id: "r1".into(),
                r#type: Some("sip".into()),
                note: None,
                count: Some(3),
                key: None,
                unknown_fields: serde_json::Map::new(),
            })
        );
    }

    #[test]
    fn null_is_kept_apart_from_absent_where_the_field_says() {
        let route: Result<Route, _> =
            decoded(r#"{"id":"r1","type":null,"note":null,"count":null,"map":null}"#);
        let route = route.map(|route| (route.r#type, route.note, route.count, route.key));
        assert_eq!(
            route,
            Ok((None, Some(None), None, Some(serde_json::Value::Null)))
        );
    }

    #[test]
    fn other_keys_are_kept_but_the_skipped_ones() {
        let route: Result<Route, _> =
            decoded(r#"{"created_at":1,"id":"r1","later":{"a":[1]},"x":"y"}"#);
        let kept = route.map(|route| serde_json::Value::Object(route.unknown_fields));
        assert_eq!(kept, Ok(serde_json::json!({"later": {"a": [1]}, "x": "y"})));
    }

    #[test]
    fn a_missing_or_repeated_field_is_an_error_and_a_missing_option_none() {
        let missing: Result<Route, _> = decoded(r#"{"type":"sip"}"#);
        assert!(missing.is_err_and(|error| error.contains("missing field `id`")));
        let twice: Result<Route, _> = decoded(r#"{"id":"a","type":"b","kind":"c"}"#);
        assert!(twice.is_err_and(|error| error.contains("duplicate field `type`")));
        let labels: Result<Labels, _> = decoded(r#"{"total":2,"a":1,"b":5}"#);
        let extra = BTreeMap::from([("a".to_owned(), 1), ("b".to_owned(), 5)]);
        assert_eq!(
            labels,
            Ok(Labels {
                total: 2,
                maybe: None,
                additional_properties: extra,
            })
        );
        let wrong: Result<Labels, _> = decoded(r#"{"total":2,"a":"one"}"#);
        assert!(wrong.is_err_and(|error| error.contains("expected u32")));
    }

    #[test]
    fn fields_are_written_in_order_when_set_then_the_map() {
        let mut unknown_fields = serde_json::Map::new();
        unknown_fields.insert("later".into(), serde_json::json!([1]));
        let route = Route {
            id: "r1".into(),
            r#type: Some("sip".into()),
            note: Some(None),
            count: None,
            key: Some(serde_json::Value::Null),
            unknown_fields,
        };
        let text = serde_json::to_string(&route).map_err(|error| error.to_string());
        assert_eq!(
            text.as_deref(),
            Ok(r#"{"id":"r1","type":"sip","note":null,"map":null,"later":[1]}"#)
        );
        let again: Result<Route, _> = text.and_then(|text| decoded(&text));
        assert_eq!(again, Ok(route));
        let labels = Labels {
            total: 1,
            maybe: None,
            additional_properties: BTreeMap::from([("b".to_owned(), 2), ("a".to_owned(), 3)]),
        };
        let text = serde_json::to_string(&labels).map_err(|error| error.to_string());
        assert_eq!(
            text.as_deref(),
            Ok(r#"{"total":1,"maybe":null,"a":3,"b":2}"#)
        );
        let plain = serde_json::to_value(Plain { kept: 7 }).map_err(|error| error.to_string());
        assert_eq!(plain, Ok(serde_json::json!({"kept": 7})));
    }

    #[test]
    fn only_a_map_decodes_and_keys_may_be_escaped() {
        let refused: Result<Plain, _> = decoded("[1]");
        assert!(refused.is_err_and(|error| error.contains("struct Plain")));
        let escaped: Result<Plain, _> = decoded(r#"{"k\u0065pt":1,"gone":2}"#);
        assert_eq!(escaped, Ok(Plain { kept: 1 }));
        let value = serde_json::json!({"kept": 4});
        let from_value: Result<Plain, _> = serde::Deserialize::deserialize(&value);
        assert_eq!(from_value.map_err(|e| e.to_string()), Ok(Plain { kept: 4 }));
    }
}
