//! The sandbox's virtual clock.
//!
//! Time in the sandbox is a number the sandbox owns: the wall clock starts at a
//! time the embedder chooses (by default 2000-01-01T00:00:00Z), the monotonic
//! and performance clocks start at 0, and all three move together only when
//! the program sleeps, or by a fixed tick on each reading if the embedder asks
//! for one. `time.sleep` therefore returns at once, and a run is reproducible.

use std::time::Duration;

/// 2000-01-01T00:00:00Z in nanoseconds since the Unix epoch.
pub const DEFAULT_WALL_START_NS: i64 = 946_684_800_000_000_000;

/// A clock that advances only when told to.
#[derive(Clone, Debug)]
pub struct VirtualClock {
    wall_start_ns: i64,
    elapsed_ns: u64,
    tick_ns: u64,
}

impl VirtualClock {
    /// A clock whose wall time starts at `wall_start_ns` and which advances by
    /// `tick_ns` after every reading.
    pub fn new(wall_start_ns: i64, tick_ns: u64) -> VirtualClock {
        VirtualClock { wall_start_ns, elapsed_ns: 0, tick_ns }
    }

    /// Nanoseconds since the clock started; then advances by the tick.
    pub fn read_elapsed(&mut self) -> u64 {
        let now = self.elapsed_ns;
        self.elapsed_ns = self.elapsed_ns.saturating_add(self.tick_ns);
        now
    }

    /// The wall time, in nanoseconds since the Unix epoch; then ticks.
    pub fn read_wall(&mut self) -> i64 {
        let elapsed = i64::try_from(self.read_elapsed()).unwrap_or(i64::MAX);
        self.wall_start_ns.saturating_add(elapsed)
    }

    /// The wall time without ticking (for file modification times).
    pub fn peek_wall(&self) -> i64 {
        let elapsed = i64::try_from(self.elapsed_ns).unwrap_or(i64::MAX);
        self.wall_start_ns.saturating_add(elapsed)
    }

    /// Moves every clock forward by `duration`.
    pub fn advance(&mut self, duration: Duration) {
        let ns = u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX);
        self.elapsed_ns = self.elapsed_ns.saturating_add(ns);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advances_only_when_told() {
        let mut c = VirtualClock::new(DEFAULT_WALL_START_NS, 0);
        assert_eq!(c.read_elapsed(), 0);
        assert_eq!(c.read_elapsed(), 0);
        c.advance(Duration::from_millis(1500));
        assert_eq!(c.read_elapsed(), 1_500_000_000);
        assert_eq!(c.read_wall(), DEFAULT_WALL_START_NS + 1_500_000_000);
        let mut t = VirtualClock::new(0, 10);
        assert_eq!((t.read_elapsed(), t.read_elapsed()), (0, 10));
        t.advance(Duration::MAX);
        assert_eq!(t.read_elapsed(), u64::MAX);
    }
}
