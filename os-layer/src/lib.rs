//! The OS layer: everything a Python program does outside itself. (Being written.)
