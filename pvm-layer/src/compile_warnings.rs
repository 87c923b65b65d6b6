//! The `SyntaxWarning`s of source a program compiles (`exec`, `eval`,
//! `compile`), shown as CPython's compiler shows them (`compiler_warn`):
//! each handed to `warnings.warn_explicit` with the file name and line, so
//! the filters decide and `showwarning` prints it; a warning the filters
//! turn into an error becomes a `SyntaxError` at the node warned about.

use crate::value::Value;
use crate::vm::{PResult, Vm};
use compiler_layer::CompileWarning;

impl Vm {
    pub(crate) fn issue_compile_warnings(
        &mut self,
        warnings: &[CompileWarning],
        source: &str,
        filename: &str,
    ) -> PResult<()> {
        if warnings.is_empty() {
            return Ok(());
        }
        let module = self.import_module("warnings")?;
        let name = Value::Obj(self.intern("warn_explicit"));
        let warn_explicit = self.getattr(module, name)?;
        self.roots.push(warn_explicit);
        let result = self.warn_each(warn_explicit, warnings, source, filename);
        self.roots.pop();
        result
    }

    fn warn_each(
        &mut self,
        warn_explicit: Value,
        warnings: &[CompileWarning],
        source: &str,
        filename: &str,
    ) -> PResult<()> {
        for w in warnings {
            let msg = self.new_str(w.msg.as_str());
            self.roots.push(msg);
            let file = self.new_str(filename);
            self.roots.pop();
            let category = Value::Obj(self.types.exc("SyntaxWarning"));
            let args = vec![msg, category, file, Value::Int(i64::from(w.range.start.line))];
            match self.call(warn_explicit, &args) {
                Err(e) if self.is_exc_instance(Value::Obj(e.0), "SyntaxWarning") => {
                    let error = compiler_layer::SyntaxError::new(w.msg.as_str(), w.range.start, w.range.end);
                    return Err(crate::builtins::syntax_error(self, &error, source, filename));
                }
                Err(e) => return Err(e),
                Ok(_) => {}
            }
        }
        Ok(())
    }
}
