/// JSON forms that validate on decoding: dates as "2026-09-01", times as "14:00",
/// ranges as `{"start": …, "end": …}`.
extension LocalDate: Codable {
    /// Decodes "2026-09-01"; rejects dates that do not exist.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date like 2026-09-01, got \"\(text)\"")
        }
        self = date
    }

    /// Encodes as "2026-09-01".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension TimeOfDay: Codable {
    /// Decodes "14:00" (hours 0-24, minutes 00-59, 24:00 only on the hour).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            let time = TimeOfDay(hour: hour, minute: minute)
        else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a time like 14:00, got \"\(text)\"")
        }
        self = time
    }

    /// Encodes as "14:00".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}

extension TimeRange: Codable {
    private enum CodingKeys: String, CodingKey { case start, end }

    /// Decodes `{"start": "22:00", "end": "02:00"}`; rejects empty ranges.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(TimeOfDay.self, forKey: .start)
        let end = try container.decode(TimeOfDay.self, forKey: .end)
        guard let range = TimeRange(start: start, end: end) else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "empty time range \(start)-\(end)")
        }
        self = range
    }

    /// Encodes `{"start": "…", "end": "…"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

extension DateRange: Codable {
    private enum CodingKeys: String, CodingKey { case start, end }

    /// Decodes `{"start": "2026-09-01", "end": "2027-05-31"}`; rejects an end before the start.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(LocalDate.self, forKey: .start)
        let end = try container.decode(LocalDate.self, forKey: .end)
        guard let range = DateRange(start: start, end: end) else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "\(end) is before \(start)")
        }
        self = range
    }

    /// Encodes `{"start": "…", "end": "…"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
