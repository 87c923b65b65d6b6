//! The host's local time zone, asked of the C library as CPython does
//! (`localtime_r` after `tzset`, so `TZ` and `/etc/localtime` both count).
//! Hosts without a C library's time zone support run on UTC.

use crate::backend::LocalOffset;

#[cfg(unix)]
pub fn local_offset(unix_secs: i64) -> LocalOffset {
    use std::sync::Once;
    extern "C" {
        // POSIX; the `libc` crate does not declare it for Unix.
        fn tzset();
    }
    static TZSET: Once = Once::new();
    // SAFETY: tzset only reads TZ and the zone files; run once, as at CPython's start.
    TZSET.call_once(|| unsafe { tzset() });
    // time_t is 32 bits on some hosts, where this can fail.
    #[allow(irrefutable_let_patterns)]
    let Ok(t) = libc::time_t::try_from(unix_secs) else {
        return LocalOffset::utc();
    };
    // SAFETY: `tm` is plain data; localtime_r writes it or returns null.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return LocalOffset::utc();
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null tm_zone points at a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    LocalOffset { utc_offset: i32::try_from(tm.tm_gmtoff).unwrap_or(0), is_dst: tm.tm_isdst > 0, zone }
}

#[cfg(not(unix))]
pub fn local_offset(_unix_secs: i64) -> LocalOffset {
    LocalOffset::utc()
}
