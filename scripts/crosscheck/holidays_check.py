#!/usr/bin/env python3
"""Cross-check ScheduleModel's Russian production calendar against the Python `holidays` package.

Usage: holidays_check.py CALENDAR.json

CALENDAR.json is written by the Swift tests from HolidayCalendar.russia:
{"years": [2025, ...], "publicHolidays": [ISO...], "nonWorkingWeekdays": [ISO...],
 "workingWeekends": [ISO...], "knownDisagreements": {ISO: "why the official calendar wins"}}.

Compared, year by year:
  * the official public holidays (Labour Code art. 112) against the package's non-substituted,
    non-observed holidays;
  * the weekdays (Mon-Fri) off against the weekdays the package lists (holidays, observed days
    and "Day off (substituted from ...)" transfers);
  * the working Saturdays/Sundays against the package's transfer sources that are not holidays
    themselves (a day off moved away from an ordinary weekend day makes that day a working day).
A difference listed in knownDisagreements is reported with its reason and does not fail the check
(the official production calendar wins); any other difference fails (exit status 1).
"""
import datetime as dt
import json
import re
import sys

import holidays

SUBSTITUTED = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")


def package_view(years: list[int]) -> dict[str, set[str]]:
    calendar = holidays.Russia(years=years, language="en_US")
    official, weekdays_off, working_weekends = set(), set(), set()
    for day, name in calendar.items():
        if day.weekday() < 5:
            weekdays_off.add(day.isoformat())
        for month, dom, year in SUBSTITUTED.findall(name):
            source = dt.date(int(year), int(month), int(dom))
            if source not in calendar and source.weekday() >= 5:
                working_weekends.add(source.isoformat())
        if "substituted" not in name and "observed" not in name:
            official.add(day.isoformat())
    return {"publicHolidays": official, "nonWorkingWeekdays": weekdays_off, "workingWeekends": working_weekends}


def main() -> int:
    ours = json.load(open(sys.argv[1], encoding="utf-8"))
    known = ours.get("knownDisagreements", {})
    theirs = package_view(ours["years"])
    failures, explained = [], []
    for key in ("publicHolidays", "nonWorkingWeekdays", "workingWeekends"):
        mine = set(ours[key])
        for day in sorted(mine ^ theirs[key]):
            side = "only in boardgen" if day in mine else "only in holidays package"
            line = f"{key}: {day} {side}"
            if day in known:
                explained.append(f"{line}; the official calendar wins: {known[day]}")
            else:
                failures.append(line)
    for line in explained:
        print("explained:", line)
    if failures:
        print("\n".join(failures))
        return 1
    print(f"ok: production calendar agrees with holidays {holidays.__version__} for {ours['years']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
