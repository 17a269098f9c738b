#!/usr/bin/env python3
"""Reads the schema.org microdata of built sites with extruct (a real parser) and says where it is untrue.

Rules: a School item carries no property schema.org does not define for it (hoursAvailable) and none of
another organization's contacts; every contactPoint is a ContactPoint with a contactType and a telephone, an
e-mail or a url (or none, for a contact the regulation left blank); every hoursAvailable is an
OpeningHoursSpecification with dayOfWeek, opens and closes; every Organization has a name and its
contact points; teachers' consultation slots are not marked as the school's workTime.

Usage: microdata.py SITE_ROOT...   Prints one line per finding and a summary; exits 1 on a finding.
"""
import pathlib
import sys

import extruct

SCHEMA = "https://schema.org/"
SCHOOL_ONLY = {"name", "legalName", "address", "telephone", "email", "workTime", "contactPoint", "url"}
DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def values(item, name):
    value = item.get("properties", {}).get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def check_contact_point(point, where, findings):
    if not isinstance(point, dict) or point.get("type") != SCHEMA + "ContactPoint":
        findings.append(f"{where}: contactPoint is not a ContactPoint item")
        return
    if not values(point, "contactType"):
        findings.append(f"{where}: a ContactPoint without contactType")
    for hours in values(point, "hoursAvailable"):
        props = hours.get("properties", {}) if isinstance(hours, dict) else {}
        if not isinstance(hours, dict) or hours.get("type") != SCHEMA + "OpeningHoursSpecification":
            findings.append(f"{where}: hoursAvailable is not an OpeningHoursSpecification")
        elif props.get("dayOfWeek") not in DAYS or not props.get("opens") or not props.get("closes"):
            findings.append(f"{where}: incomplete OpeningHoursSpecification {props}")


def check_page(path, name, findings):
    data = extruct.extract(path.read_text(encoding="utf-8"), syntaxes=["microdata"], uniform=False)
    counts = {"School": 0, "Organization": 0, "ContactPoint": 0}
    for item in data.get("microdata", []):
        kind = str(item.get("type", "")).replace(SCHEMA, "")
        props = item.get("properties", {})
        if kind == "School":
            counts["School"] += 1
            for key in props:
                if key not in SCHOOL_ONLY:
                    findings.append(f"{name}: School has '{key}', which schema.org does not give a School")
            for value in values(item, "name"):
                if isinstance(value, str) and value.endswith(".html"):
                    findings.append(f"{name}: the School's name reads a link's address '{value}', not its text")
        elif kind == "Organization":
            counts["Organization"] += 1
            if not values(item, "name"):
                findings.append(f"{name}: an Organization without a name")
            if not values(item, "contactPoint"):
                findings.append(f"{name}: an Organization without contact points")
        elif kind in ("ContactPoint", "OpeningHoursSpecification"):
            findings.append(f"{name}: a {kind} item that belongs to no organization")
        else:
            findings.append(f"{name}: unexpected item type {item.get('type')}")
        for point in values(item, "contactPoint"):
            counts["ContactPoint"] += 1
            check_contact_point(point, name, findings)
        if kind == "Organization":
            school_phones = set()
            for other in data.get("microdata", []):
                if other.get("type") == SCHEMA + "School":
                    school_phones |= set(values(other, "telephone")) | set(values(other, "email"))
            for point in values(item, "contactPoint"):
                for value in values(point, "telephone") + values(point, "email"):
                    if value in school_phones:
                        findings.append(f"{name}: {value} of '{values(item, 'name')[0]}' is also the school's")
    return counts


def main():
    findings, totals, pages = [], {"School": 0, "Organization": 0, "ContactPoint": 0}, 0
    for root in sys.argv[1:]:
        base = pathlib.Path(root).resolve()
        for path in sorted(base.rglob("*.html")):
            counts = check_page(path, f"{base.name}/{path.relative_to(base)}", findings)
            pages += 1
            for key, count in counts.items():
                totals[key] += count
    for line in findings:
        print(line)
    print(f"{pages} pages: {totals['School']} School, {totals['Organization']} Organization, "
          f"{totals['ContactPoint']} ContactPoint items; {len(findings)} findings")
    return 1 if findings or totals["ContactPoint"] == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
