//! End-to-end tests of the strata binary against outputs recorded from python3.
