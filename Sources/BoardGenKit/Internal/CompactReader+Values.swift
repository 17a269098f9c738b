import BoardGenDiagnostics
import ScheduleModel

/// The compact form's common values, read back as `CompactWriter+Values` writes them.
extension CompactReader {
    func location() throws -> SourceLocation {
        let file = try repeatedText()
        let line = Int(Int64(bitPattern: try word()))
        return SourceLocation(file: file, line: line, column: Int(Int64(bitPattern: try word())))
    }

    func date() throws -> LocalDate {
        let number = Int(Int64(bitPattern: try word()))
        guard let date = LocalDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            throw CompactDecoder.Failure(reason: "not a date: \(number)")
        }
        return date
    }

    /// A presence mark, then the value when it says there is one; a mark other than 0 or 1 is refused.
    func optional<Value>(_ value: () throws -> Value) throws -> Value? {
        switch try byte() {
        case 0: return nil
        case 1: return try value()
        default: throw CompactDecoder.Failure(reason: "not a presence mark")
        }
    }

    /// A count, then that many elements.
    func list<Element>(_ element: () throws -> Element) throws -> [Element] {
        let count = Int(clamping: try word())
        guard count <= bytes.count - offset else { throw CompactDecoder.Failure(reason: "more elements than bytes") }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try element()) }
        return elements
    }
}
