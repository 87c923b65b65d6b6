# Printing month calendars and answering date questions with calendar.
import calendar

print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_name), list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 3))
cal = calendar.Calendar(firstweekday=0)
print([d.isoformat() for d in cal.itermonthdates(2024, 4)][:9])
paydays = [max(week[calendar.FRIDAY] for week in calendar.monthcalendar(2024, m)) for m in range(1, 13)]
print("last Fridays:", paydays)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
print(calendar.calendar(2024, w=2, l=1, c=6, m=3)[:400])
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:300])
