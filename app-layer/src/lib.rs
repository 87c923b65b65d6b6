//! The app layer: the `strata` command line. (Being written.)
