//! Freezes the embedded standard library: compiles every module of `lib/`
//! with the compiler layer at build time and embeds the encoded code objects
//! (`stdlib::frozen`), as CPython freezes the modules it starts with.
//! Compiling `re`, `enum` and `functools` at every start cost a program that
//! imports `re` about 15 ms; decoding their code costs a fraction of that.
//!
//! An entry is the bytecode cache's format (`compiler_layer::cache`), so the
//! PVM reads it as it reads a `.pyc`: checked and validated, and recompiled
//! from the source (embedded too) if it ever fails.

use std::fmt::Write as _;
use std::path::Path;

use compiler_layer::cache::{write_entry, BincodeCodec, Invalidation};
use compiler_layer::{BytecodeCompiler, Compiler, Mode};

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let frozen = Path::new(&out).join("frozen");
    std::fs::create_dir_all(&frozen).expect("OUT_DIR is writable");
    let mut names: Vec<String> = std::fs::read_dir(&lib)
        .expect("lib/ is readable")
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.strip_suffix(".py").map(str::to_string))
        .collect();
    names.sort();
    let mut table = String::from(
        "/// `(module name, cache entry)`, sorted by name.\nconst FROZEN: &[(&str, &[u8])] = &[\n",
    );
    for name in &names {
        let source = std::fs::read_to_string(lib.join(format!("{name}.py"))).expect("a module is UTF-8");
        // The file name must be `stdlib::filename`'s, as the PVM would compile it.
        let code = BytecodeCompiler
            .compile(&source, &format!("<frozen {name}>"), Mode::Exec)
            .unwrap_or_else(|e| panic!("lib/{name}.py does not compile: {e:?}"));
        let entry = write_entry(&code, Invalidation::UncheckedHash { hash: 0 }, &BincodeCodec);
        let path = frozen.join(format!("{name}.pyc"));
        std::fs::write(&path, entry).expect("OUT_DIR is writable");
        let _ = writeln!(table, "    ({name:?}, include_bytes!({:?})),", path.display().to_string());
    }
    table.push_str("];\n");
    std::fs::write(Path::new(&out).join("frozen.rs"), table).expect("OUT_DIR is writable");
}
