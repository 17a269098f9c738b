#!/usr/bin/env python3
"""Cross-check ScheduleModel's response-time arithmetic against the Python `holidays` package.

Usage: working_days_check.py CASES.json

CASES.json is written by the Swift tests: {"cases": [{"anchor": ISO, "amount": n, "unit":
"workingDays" | "days", "due": ISO}, ...]}. Each case is a request received on `anchor` (during
working hours) under the rule "в течение n рабочих дней" or "в течение n дней", and `due` is the
day boardgen says the answer is due (at the end of working hours).

The package decides the working days independently: Monday to Friday, except its Russian holidays
and transferred days off ("substituted" entries), plus the weekend days those transfers make
working days. Then:
  * n working days: the n-th working day after the anchor day (the anchor day not counted);
  * n days: the anchor day + n, moved forward to the next working day when that is a day off
    (Civil Code art. 191 and 193).
Any difference fails (exit status 1).
"""
import datetime as dt
import json
import re
import sys

import holidays

SUBSTITUTED = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")


def working_day_rule(years):
    calendar = holidays.Russia(years=years, language="en_US")
    working_weekends = set()
    for name in calendar.values():
        for month, dom, year in SUBSTITUTED.findall(name):
            source = dt.date(int(year), int(month), int(dom))
            if source not in calendar and source.weekday() >= 5:
                working_weekends.add(source)

    def is_working(day):
        if day in working_weekends:
            return True
        return day.weekday() < 5 and day not in calendar

    return is_working


def expected_due(case, is_working):
    day = dt.date.fromisoformat(case["anchor"])
    amount = case["amount"]
    if case["unit"] == "workingDays":
        while amount > 0:
            day += dt.timedelta(days=1)
            if is_working(day):
                amount -= 1
        return day
    day += dt.timedelta(days=amount)
    while not is_working(day):
        day += dt.timedelta(days=1)
    return day


def main() -> int:
    document = json.load(open(sys.argv[1], encoding="utf-8"))
    cases = document["cases"]
    years = sorted({int(c["anchor"][:4]) for c in cases} | {int(c["due"][:4]) for c in cases})
    is_working = working_day_rule(years)
    failures = []
    for case in cases:
        theirs = expected_due(case, is_working).isoformat()
        if theirs != case["due"]:
            failures.append(
                f"{case['amount']} {case['unit']} from {case['anchor']}: boardgen {case['due']}, holidays {theirs}")
    if failures:
        print("\n".join(failures[:50]))
        print(f"{len(failures)} of {len(cases)} cases differ")
        return 1
    print(f"ok: {len(cases)} response deadlines agree with holidays {holidays.__version__} for {years}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
