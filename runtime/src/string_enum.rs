//! The plumbing every string enum of a generated crate shares, written once.
//!
//! A spec's string enum becomes an enum with a variant per documented value
//! and `Unknown(String)` for any other the provider sends. What it does with
//! them (the wire value of a variant, the variant of a wire value, `From`,
//! `Display`, serde) is the same for every enum, so generated code states
//! only the name, docs and values and this macro writes the rest: a large
//! spec has hundreds of these enums, and their plumbing was most of its
//! generated lines.

/// A string enum: each `Variant = "wire value"`, plus `Unknown(String)`.
///
/// What it expands to, for `pub enum Direction { Inbound = "inbound" }`:
///
/// - `pub enum Direction { Inbound, Unknown(String) }`, deriving `Debug`,
///   `Clone`, `PartialEq`, `Eq` and `Hash`, each variant documented by its
///   wire value;
/// - `as_str()`, the value as it appears on the wire;
/// - `From<String>` and `From<&str>` (a documented value becomes its variant,
///   anything else `Unknown`, kept exactly);
/// - `Display` (the wire value), `Serialize` (a string) and `Deserialize`
///   (any string; a documented one without allocating).
///
/// Attributes before `pub enum` (docs, an extra derive) go on the enum, and
/// those before a variant (`#[default]`) on the variant. A `#[cfg(…)]` goes
/// on the invocation, so that it covers the impls too.
#[doc(hidden)]
#[macro_export]
macro_rules! __string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $wire:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        $vis enum $name {
            $(
                #[doc = concat!("`", $wire, "`")]
                $(#[$variant_meta])*
                $variant,
            )*
            /// A value the spec does not list, kept exactly as the provider sent it.
            Unknown(::std::string::String),
        }

        impl $name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)*
                    $name::Unknown(value) => value,
                }
            }

            /// The documented variant for a wire value, without allocating.
            fn known(value: &str) -> ::std::option::Option<Self> {
                match value {
                    $($wire => ::std::option::Option::Some($name::$variant),)*
                    _ => ::std::option::Option::None,
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                $name::known(&value).unwrap_or($name::Unknown(value))
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                $name::known(value).unwrap_or_else(|| $name::Unknown(value.to_owned()))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::__private::deserialize_enum(deserializer, $name::known, $name::Unknown)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::__string_enum! {
        /// A direction.
        pub enum Direction {
            Inbound = "inbound",
            OutBound = "out-bound",
            Quoted = "say \"hi\"",
        }
    }

    crate::__string_enum! {
        #[derive(Default)]
        enum Only {
            #[default]
            One = "one",
        }
    }

    #[test]
    fn a_documented_value_is_its_variant_and_any_other_is_kept() {
        assert_eq!(Direction::from("inbound"), Direction::Inbound);
        assert_eq!(Direction::from("out-bound".to_owned()), Direction::OutBound);
        assert_eq!(Direction::from("say \"hi\""), Direction::Quoted);
        assert_eq!(
            Direction::from("Inbound"),
            Direction::Unknown("Inbound".into())
        );
        assert_eq!(Direction::OutBound.as_str(), "out-bound");
        assert_eq!(Direction::Unknown("x y".into()).as_str(), "x y");
        assert_eq!(Direction::Quoted.to_string(), "say \"hi\"");
        assert_eq!(Only::default(), Only::One);
        assert_eq!(Only::One.as_str(), "one");
    }

    #[test]
    fn serde_reads_and_writes_the_wire_value() {
        let encoded =
            serde_json::to_string(&[Direction::OutBound, Direction::Unknown("new".into())]);
        assert_eq!(encoded.ok().as_deref(), Some(r#"["out-bound","new"]"#));
        let decoded: Result<Vec<Direction>, _> = serde_json::from_str(r#"["inbound","later"]"#);
        assert_eq!(
            decoded.ok(),
            Some(vec![Direction::Inbound, Direction::Unknown("later".into())])
        );
        let refused: Result<Direction, _> = serde_json::from_str("3");
        assert!(refused.is_err_and(|error| error.to_string().contains("a string")));
    }
}
