#!/usr/bin/env python3
"""Cross-check boardgen's iCalendar output against independent Python libraries.

Usage: ical_check.py CALENDAR.ics OCCURRENCES.json

OCCURRENCES.json is written by the Swift tests from ScheduleModel's own occurrence list:
{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "occurrences": [{"start": ISO-UTC, "end": ISO-UTC,
"summary": str, "location": str}]}. The calendar is parsed with `icalendar`, expanded with
`recurring-ical-events` over start..end (inclusive), and the expansion must equal the list.
It also checks the wire format: CRLF line endings and at most 75 octets per physical line.
Exit status 0 when everything agrees, 1 otherwise (differences are printed).
"""
import datetime as dt
import json
import sys

import icalendar
import recurring_ical_events


def check_wire_format(raw: bytes) -> list[str]:
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = raw.split(b"\r\n")
    for number, line in enumerate(lines[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare LF or CR inside a line")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: folding split a UTF-8 sequence")
    return problems


def to_utc(value) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError(f"floating time {value} in the calendar")
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    raise ValueError(f"all-day value {value} where a date-time was expected")


def expand(calendar, start: dt.date, end: dt.date) -> list[tuple]:
    events = recurring_ical_events.of(calendar).between(start, end + dt.timedelta(days=1))
    result = []
    for event in events:
        if not start <= event["DTSTART"].dt.date() <= end:
            continue  # overlaps the window but starts outside it, as the library counts
        result.append((
            to_utc(event["DTSTART"].dt),
            to_utc(event["DTEND"].dt),
            str(event.get("SUMMARY", "")),
            str(event.get("LOCATION", "")),
        ))
    return sorted(result)


def main() -> int:
    ics_path, json_path = sys.argv[1], sys.argv[2]
    raw = open(ics_path, "rb").read()
    expected_doc = json.load(open(json_path, encoding="utf-8"))
    problems = check_wire_format(raw)
    calendar = icalendar.Calendar.from_ical(raw)
    start = dt.date.fromisoformat(expected_doc["start"])
    end = dt.date.fromisoformat(expected_doc["end"])
    actual = expand(calendar, start, end)
    expected = sorted(
        (o["start"], o["end"], o["summary"], o.get("location", "")) for o in expected_doc["occurrences"]
    )
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    if len(actual) != len(expected) and not missing and not extra:
        problems.append(f"duplicate occurrences: {len(actual)} expanded vs {len(expected)} expected")
    for row in missing[:20]:
        problems.append(f"in the library but not in the expanded calendar: {row}")
    for row in extra[:20]:
        problems.append(f"in the expanded calendar but not in the library: {row}")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"ok: {len(actual)} occurrences agree between {start} and {end}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
