//! GC stress mode: `STRATA_GC_STRESS=N` collects at every Nth safe point
//! (`1`: at every one) instead of when an allocation threshold is crossed.
//!
//! Native code that holds a value in a Rust variable across a call back into
//! Python must root it (the GC invariant, `gc.rs`). When it does not, a normal
//! run frees the value only if that call happens to cross a threshold, so the
//! bug hides until some program allocates just enough; under stress it shows
//! at once (a wrong value, often `Ellipsis`, the placeholder a dangling
//! reference reads as). `cargo xtask conformance --gc-stress` runs the golden
//! programs this way.
//!
//! The variable is read once, when the VM starts, through the `OsBackend`
//! (a sandbox sees only its own environment). Unset, it costs nothing: the
//! safe point still reads the one `due` flag; stress mode keeps that flag
//! set, and the countdown runs only once the flag has sent the safe point to
//! the collector.

/// The environment variable that turns stress mode on.
pub const VARIABLE: &str = "STRATA_GC_STRESS";

/// Collect at every `every`th safe point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GcStress {
    every: usize,
    /// Safe points still to pass before the next collection.
    countdown: usize,
}

impl GcStress {
    /// The mode the variable's `value` asks for: none when it is unset or
    /// not a positive number.
    pub fn from_variable(value: Option<&str>) -> Option<GcStress> {
        let every = value?.trim().parse::<usize>().ok().filter(|&n| n > 0)?;
        Some(GcStress { every, countdown: every })
    }

    /// A safe point was reached: whether it collects.
    pub fn tick(&mut self) -> bool {
        self.countdown -= 1;
        if self.countdown == 0 {
            self.countdown = self.every;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_positive_number_turns_it_on() {
        assert_eq!(GcStress::from_variable(None), None);
        assert_eq!(GcStress::from_variable(Some("")), None);
        assert_eq!(GcStress::from_variable(Some("0")), None);
        assert_eq!(GcStress::from_variable(Some("yes")), None);
        assert!(GcStress::from_variable(Some("1")).is_some());
    }

    #[test]
    fn every_nth_safe_point_collects() {
        let mut stress = GcStress::from_variable(Some("3")).unwrap_or_else(|| unreachable!());
        let ticks: Vec<bool> = (0..6).map(|_| stress.tick()).collect();
        assert_eq!(ticks, [false, false, true, false, false, true]);
        let mut every = GcStress::from_variable(Some("1")).unwrap_or_else(|| unreachable!());
        assert!(every.tick() && every.tick());
    }
}
