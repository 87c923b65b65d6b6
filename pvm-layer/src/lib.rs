//! The PVM layer: frames, objects, exceptions, GC, builtins. Not written yet: running programs is the next issue.
