//! Heap properties of the reference PVM that no program's output can show
//! (moved here from `pvm-layer/tests/programs.rs` with the program suite).

use std::sync::Arc;

use compiler_layer::{BytecodeCompiler, Compiler, Mode};
use os_layer::SandboxOs;
use pvm_layer::{Interpreter, Pvm};

/// A loop that makes cyclic garbage a million times runs in bounded memory:
/// the heap's slot count stays far below the number of objects allocated.
#[test]
fn cyclic_garbage_runs_in_bounded_memory() {
    let source = "for i in range(1000000):\n    a = []\n    b = [a]\n    a.append(b)\n";
    let code = BytecodeCompiler.compile(source, "<gc>", Mode::Exec).unwrap_or_else(|e| panic!("{e}"));
    let os = Arc::new(SandboxOs::new());
    let mut pvm = Interpreter::new(os, Arc::new(BytecodeCompiler));
    assert_eq!(pvm.run_main(code, None), 0);
    let slots = pvm.vm.heap.slot_count();
    assert!(slots < 100_000, "heap grew to {slots} slots for 2,000,000 allocations");
}
