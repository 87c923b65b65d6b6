"""time: CPython's time module for Strata.

The clocks and the local time zone come from the native `_time` (through
the OS layer); the calendar arithmetic, `struct_time`, `strftime` (the C
library's directives in the C locale, as glibc formats them) and `mktime`
are plain Python.
"""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, sleep, _local_offset)

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAME = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
             'Saturday', 'Sunday')
_MONTH_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
               'Oct', 'Nov', 'Dec')
_MONTH_NAME = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
# How many fields a struct_time has with tm_zone and tm_gmtoff (_strptime).
_STRUCT_TM_ITEMS = 11
# time_t is 64 bits, but the C library's year is an int.
_MAX_SECONDS = 67768036191676799


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            f'({len(items)}-sequence given)')
        if len(items) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            f'({len(items)}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        if dict is not None:
            extra = (dict.get('tm_zone', extra[0]),
                     dict.get('tm_gmtoff', extra[1]))
        self.__dict__['_extra'] = extra
        return self

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}'
                           for name, value in zip(_FIELDS, self))
        return f'time.struct_time({fields})'

    def __reduce__(self):
        zone, gmtoff = self._extra
        return (struct_time, (tuple(self),
                              {'tm_zone': zone, 'tm_gmtoff': gmtoff}))


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(year, month, day):
    """Days since 1970-01-01 of a proleptic Gregorian date (month 1-12)."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _broken_down(seconds, isdst, zone, gmtoff):
    """The struct_time of `seconds` counted from 1970-01-01 00:00 (H. Hinnant's
    civil_from_days)."""
    days, rest = divmod(seconds, 86400)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    mday = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (month <= 2)
    yday = _DAYS_BEFORE_MONTH[month - 1] + mday + (month > 2 and _is_leap(year))
    hour, rest = divmod(rest, 3600)
    minute, sec = divmod(rest, 60)
    return struct_time((year, month, mday, hour, minute, sec, (days + 3) % 7,
                        yday, isdst, zone, gmtoff))


def _seconds(secs):
    """`secs` (None for now) as whole seconds, rounded down, as time_t."""
    if secs is None:
        return time_ns() // 1_000_000_000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if abs(secs) >= 9.3e18:
            raise OverflowError('timestamp out of range for platform time_t')
        secs = int(secs // 1)
    else:
        secs = secs.__index__()
    if abs(secs) > _MAX_SECONDS:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _broken_down(_seconds(secs), 0, 'GMT', 0)


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    secs = _seconds(secs)
    gmtoff, isdst, zone = _local_offset(secs)
    return _broken_down(secs + gmtoff, int(isdst), zone, gmtoff)


def _time_tuple(t, caller):
    """The nine fields of a struct_time or 9-tuple argument."""
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{caller}(): illegal time tuple argument')
    return tuple(field.__index__() for field in t)


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    year, mon, mday, hour, minute, sec = _time_tuple(t, 'mktime')[:6]
    # Out-of-range fields carry over, as C's mktime normalises them.
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    local = (_days_from_civil(year, mon, 1) + mday - 1) * 86400 \
        + hour * 3600 + minute * 60 + sec
    if abs(local) > _MAX_SECONDS:
        raise OverflowError('mktime argument out of range')
    # The offset at the answer decides the answer; two rounds settle it
    # except in the hour a clock change skips or repeats.
    guess = local - _local_offset(local)[0]
    return float(local - _local_offset(guess)[0])


def _checked(t, caller):
    """A time tuple for strftime/asctime: zero fields become their least
    value and the others must be in range, as CPython's checktm does."""
    fields = list(_time_tuple(t, caller))
    year, mon, mday, hour, minute, sec, wday, yday, isdst = fields
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    isdst = max(-1, min(1, isdst))
    if isinstance(t, struct_time):
        zone, gmtoff = t._extra
    else:
        zone, gmtoff = None, None
    if zone is None:
        zone = tzname[isdst > 0]
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst,
            zone, gmtoff or 0)


def _iso_weeks_in(year):
    """52, or 53 when the year starts on a Thursday (or a Wednesday, leap)."""
    jan1 = (_days_from_civil(year, 1, 1) + 3) % 7
    return 53 if jan1 == 3 or (jan1 == 2 and _is_leap(year)) else 52


def _iso_week(year, yday, wday):
    """(ISO year, ISO week) of a date given as year, 1-based yday, wday Mon=0."""
    week = (yday - wday + 9) // 7
    if week < 1:
        return year - 1, _iso_weeks_in(year - 1)
    if week > _iso_weeks_in(year):
        return year + 1, 1
    return year, week


def _directive(c, tm):
    year, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff = tm
    hour12 = hour % 12 or 12
    if c == 'a':
        return _DAY_ABBR[wday]
    if c == 'A':
        return _DAY_NAME[wday]
    if c in 'bh':
        return _MONTH_ABBR[mon - 1]
    if c == 'B':
        return _MONTH_NAME[mon - 1]
    if c == 'c':
        return (f'{_DAY_ABBR[wday]} {_MONTH_ABBR[mon - 1]} {mday:2d} '
                f'{hour:02d}:{minute:02d}:{sec:02d} {year}')
    if c == 'C':
        return f'{year // 100:02d}'
    if c == 'd':
        return f'{mday:02d}'
    if c in 'Dx':
        return f'{mon:02d}/{mday:02d}/{year % 100:02d}'
    if c == 'e':
        return f'{mday:2d}'
    if c == 'F':
        return f'{year}-{mon:02d}-{mday:02d}'
    if c in 'GgV':
        iso_year, week = _iso_week(year, yday, wday)
        return {'G': str(iso_year), 'g': f'{iso_year % 100:02d}',
                'V': f'{week:02d}'}[c]
    if c == 'H':
        return f'{hour:02d}'
    if c == 'I':
        return f'{hour12:02d}'
    if c == 'j':
        return f'{yday:03d}'
    if c == 'k':
        return f'{hour:2d}'
    if c == 'l':
        return f'{hour12:2d}'
    if c == 'm':
        return f'{mon:02d}'
    if c == 'M':
        return f'{minute:02d}'
    if c == 'n':
        return '\n'
    if c == 'p':
        return 'AM' if hour < 12 else 'PM'
    if c == 'P':
        return 'am' if hour < 12 else 'pm'
    if c == 'r':
        return f'{hour12:02d}:{minute:02d}:{sec:02d} ' + ('AM' if hour < 12 else 'PM')
    if c == 'R':
        return f'{hour:02d}:{minute:02d}'
    if c == 's':
        return str(int(mktime(tm[:9])))
    if c == 'S':
        return f'{sec:02d}'
    if c == 't':
        return '\t'
    if c in 'TX':
        return f'{hour:02d}:{minute:02d}:{sec:02d}'
    if c == 'u':
        return str(wday + 1)
    if c == 'U':
        return f'{(yday - 1 + 7 - (wday + 1) % 7) // 7:02d}'
    if c == 'w':
        return str((wday + 1) % 7)
    if c == 'W':
        return f'{(yday - 1 + 7 - wday) // 7:02d}'
    if c == 'y':
        return f'{year % 100:02d}'
    if c == 'Y':
        return str(year)
    if c == 'z':
        sign = '-' if gmtoff < 0 else '+'
        hours, minutes = divmod(abs(gmtoff) // 60, 60)
        return f'{sign}{hours:02d}{minutes:02d}'
    if c == 'Z':
        return zone
    if c == '%':
        return '%'
    return None


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    tm = _checked(localtime() if t is None else t, 'strftime')
    out = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        text = _directive(format[i + 1], tm)
        # glibc prints a directive it does not know as written.
        out.append(format[i:i + 2] if text is None else text)
        i += 2
    return ''.join(out)


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    year, mon, mday, hour, minute, sec, wday = \
        _checked(localtime() if t is None else t, 'asctime')[:7]
    return (f'{_DAY_ABBR[wday]} {_MONTH_ABBR[mon - 1]} {mday:2d} '
            f'{hour:02d}:{minute:02d}:{sec:02d} {year}')


def ctime(secs=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(string, format)


def _zone_facts():
    """timezone, altzone, daylight and tzname as CPython's init_timezone finds
    them: from the offsets of January and July of this year."""
    year = gmtime().tm_year
    january = _local_offset(_days_from_civil(year, 1, 1) * 86400)
    july = _local_offset(_days_from_civil(year, 7, 1) * 86400)
    if january[0] > july[0]:
        # The southern hemisphere: summer time in January.
        january, july = july, january
    return -january[0], -july[0], int(january[0] != july[0]), (january[2], july[2])


timezone, altzone, daylight, tzname = _zone_facts()
