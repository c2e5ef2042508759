//! Writes a value of the catalog's shape as a Rust expression, for the statics `build.rs` generates.
//!
//! A serde `Serializer` whose output is source code: structs become struct literals, strings and sequences
//! `Cow::Borrowed` (the shape's `Text` and `List`), options `Some`/`None`, and enum variants `Type::Variant`, the
//! variant's Rust name read back from the kebab-case word the data uses (`not-as-is` is `NotAsIs`). Anything the
//! shape cannot hold (maps, bytes, skipped fields) is an error, never a silently different value. The output is
//! compiled with the app, so a mismatch between this and the shape stops the build.
//!
//! Compiled by `build.rs` (with `#[path]`) and natively by the library, for its tests; depends only on serde.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write as _};

/// The Rust expression for `value`.
pub fn to_rust<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    value.serialize(Rust { out: &mut out })?;
    Ok(out)
}

/// What the shape cannot be written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!(
        "the catalog's shape cannot hold {what}: use a struct, a list or text"
    ))
}

/// `not-as-is` → `NotAsIs`: the Rust name of a variant that serde names in kebab-case.
pub fn variant_name(word: &str) -> String {
    word.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// A field name as Rust source: keywords get the raw prefix (`in` is `r#in`).
fn field_name(name: &str) -> String {
    const KEYWORDS: [&str; 12] = [
        "as", "in", "type", "match", "move", "ref", "self", "static", "struct", "use", "where",
        "loop",
    ];
    if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

struct Rust<'a> {
    out: &'a mut String,
}

/// Writes the items of a list, tuple or struct, separated by commas, then the closing text.
struct Items<'a> {
    out: &'a mut String,
    close: &'static str,
}

impl Items<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Rust {
            out: &mut *self.out,
        })?;
        self.out.push_str(", ");
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.out.push_str(&field_name(key));
        self.out.push_str(": ");
        self.item(value)
    }

    fn finish(self) -> Result<(), Error> {
        self.out.push_str(self.close);
        Ok(())
    }
}

impl<'a> Rust<'a> {
    fn write(self, text: impl fmt::Display) -> Result<(), Error> {
        write!(self.out, "{text}").map_err(|e| Error(e.to_string()))
    }

    fn open(self, text: impl fmt::Display, close: &'static str) -> Result<Items<'a>, Error> {
        write!(self.out, "{text}").map_err(|e| Error(e.to_string()))?;
        Ok(Items {
            out: self.out,
            close,
        })
    }
}

macro_rules! literal {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<(), Error> {
            self.write(format_args!("{v:?}"))
        })*
    };
}

impl<'a> ser::Serializer for Rust<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Items<'a>;
    type SerializeStructVariant = Items<'a>;

    literal!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_char: char);

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(unsupported("a number that is not finite"));
        }
        // `{:?}` always writes a decimal point or an exponent, so the literal stays a float.
        self.write(format_args!("{v:?}"))
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // Debug output of a str is a valid Rust string literal: quotes, backslashes and controls are escaped.
        self.write(format_args!("Cow::Borrowed({v:?})"))
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.write("None")
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        let items = self.open("Some(", ")")?;
        value.serialize(Rust {
            out: &mut *items.out,
        })?;
        items.finish()
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.write("()")
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.write(name)
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.write(format_args!("{name}::{}", variant_name(variant)))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let items = self.open(format_args!("{name}("), ")")?;
        value.serialize(Rust {
            out: &mut *items.out,
        })?;
        items.finish()
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let items = self.open(format_args!("{name}::{}(", variant_name(variant)), ")")?;
        value.serialize(Rust {
            out: &mut *items.out,
        })?;
        items.finish()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, Error> {
        self.open("Cow::Borrowed(&[", "])")
    }

    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Error> {
        self.open("(", ")")
    }

    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        self.open(format_args!("{name}("), ")")
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        self.open(format_args!("{name}::{}(", variant_name(variant)), ")")
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map"))
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        self.open(format_args!("{name} {{ "), "}")
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        self.open(format_args!("{name}::{} {{ ", variant_name(variant)), "}")
    }
}

// Lists, tuples and tuple variants write their items in order; structs and struct variants write each field
// as `name: value`. A skipped field would leave a struct literal incomplete, so it is refused.
macro_rules! items {
    ($($trait:ident::$method:ident),*) => {
        $(impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        })*
    };
}

macro_rules! fields {
    ($($trait:ident),*) => {
        $(impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.field(key, value)
            }
            fn skip_field(&mut self, key: &'static str) -> Result<(), Error> {
                Err(unsupported(&format!("a skipped field (`{key}`)")))
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        })*
    };
}

items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);
fields!(SerializeStruct, SerializeStructVariant);
