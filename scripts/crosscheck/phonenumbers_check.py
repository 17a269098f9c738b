#!/usr/bin/env python3
"""Read phone numbers with Google's libphonenumber (the Python `phonenumbers` package).

Usage: phonenumbers_check.py INPUT.json OUTPUT.json

INPUT.json is written by the Swift tests (PhoneCrossCheckTests): a list of strings, each a number
as a school wrote it (`8 (3452) 12-34-56`, read with Russia as the default region) or a `tel:`
URI that boardgen made (`tel:+74951234567;ext=12`). OUTPUT.json gets one object per input, in
order: {"valid": bool, "e164": str|null, "region": str|null, "type": str|null,
"extension": str|null}; a string phonenumbers cannot parse at all is {"valid": false, ...nulls}.
The comparison itself is done in Swift, so that a difference names the number and the rule.
"""
import json
import sys

import phonenumbers
from phonenumbers import PhoneNumberType

TYPES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
}


def read(text: str) -> dict:
    """One number's reading; `tel:` URIs are parsed as RFC 3966, anything else with region RU."""
    try:
        number = phonenumbers.parse(text, None if text.startswith("tel:") else "RU")
    except phonenumbers.NumberParseException:
        return {"valid": False, "e164": None, "region": None, "type": None, "extension": None}
    valid = phonenumbers.is_valid_number(number)
    return {
        "valid": valid,
        "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if valid else None,
        "region": phonenumbers.region_code_for_number(number) if valid else None,
        "type": TYPES.get(phonenumbers.number_type(number), "other") if valid else None,
        "extension": number.extension,
    }


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as source:
        texts = json.load(source)
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump([read(text) for text in texts], target, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
