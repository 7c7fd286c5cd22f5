//! Pure algorithms behind CPython's observable behaviour, kept apart from the
//! object model so that each can be tested against CPython in isolation:
//! hashing, float `repr` and parsing, the format mini-language.
