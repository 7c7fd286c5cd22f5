//! Pure algorithms behind CPython's observable behaviour, kept apart from the
//! object model so that each can be tested against CPython in isolation:
//! hashing, float `repr` and parsing, the format mini-language.
//!
//! Nothing here knows about Python objects: values come in and go out as
//! plain Rust types (`i64`, `f64`, [`num_bigint::BigInt`], `&str`, code
//! point slices), and errors carry the Python exception type's name and
//! CPython's exact message for the VM to raise. See
//! `docs/internals/algorithms.md`.

pub mod float_ops;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod int_str;
pub mod percent_format;
pub mod unicode;
pub mod unicode_db;
#[rustfmt::skip]
mod unicode_db_tables;
