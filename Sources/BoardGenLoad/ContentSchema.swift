import BoardGenSupport

/// The keys each kind of YAML object may have. A decoder that stops early (an invalid id, a
/// missing kind) has not read every key; listing them here keeps `finish()` from reporting the
/// unread ones as unknown, so one mistake gives one diagnostic.
enum ContentSchema {
    static let keys: [String: Set<String>] = [
        "site.yaml": ["school", "system", "url", "language", "time_zone", "school_year", "holidays", "today"],
        "the school": ["short_name", "full_name", "address", "director"],
        "the journal system": ["name", "full_name", "organisation_code"],
        "the school year": ["name", "start", "end", "terms", "vacations"],
        "a term": ["id", "name", "start", "end"],
        "a vacation": ["name", "start", "end"],
        "the holiday overrides": ["extra_days_off", "extra_working_days"],
        "contacts.yaml": ["channels"],
        "a channel": ["id", "kind", "value", "missing", "label", "audiences", "hours", "note", "message"],
        "people.yaml": ["people"],
        "a person": ["id", "name", "role", "topics", "room", "channels", "hours", "slots", "exceptions", "note"],
        "a slot": ["when", "room", "note"],
        "an exception": ["date", "cancelled", "when", "room", "note"],
        "timetables.yaml": ["timetables"],
        "a timetable": ["id", "title", "people", "layout", "days", "valid_from", "valid_until", "published", "note"],
        "desks.yaml": ["desks"],
        "a desk": [
            "id", "name", "operator", "channels", "intake", "intake_note", "processing", "out_of_hours",
            "response_time", "registration_time",
            "tell", "requirements", "rejection_reasons", "escalates_to", "escalation_when", "audiences",
        ],
        "the front matter": [
            "title", "kind", "slug", "order", "audiences", "approval", "uses", "deadlines", "appendices", "footnotes", "board",
        ],
        "the approval block": ["preamble", "heading", "approved_by", "order", "adopted_with", "stamps"],
        "a stamp": ["side", "kind", "lines"],
        "approved_by": ["position", "name", "date"],
        "the order": ["number", "date"],
        "an adoption": ["body", "protocol", "date"],
        "'uses'": ["contacts", "people", "desks", "timetables"],
        "'board'": ["notice", "rules"],
        "a deadline": ["id", "title", "before_end", "after_start", "every"],
        "'before_end'": ["amount", "unit", "move_to_working_day"],
        "'after_start'": ["amount", "unit", "move_to_working_day"],
        "'every'": ["times", "per"],
        "a footnote": ["mark", "text"],
        "an appendix form": ["id", "label", "title", "columns", "rows"],
        "board.yaml": ["print_date", "notices"],
        "a notice": ["id", "kind", "title", "audience", "timetable", "desk", "regulation", "form", "rows", "channels"],
        "policy.yaml": [
            "audiences", "per_audience", "contacts", "timetables", "desk_hours", "approval", "approval_kinds", "expiry_warning_days",
        ],
    ]
}
