import BoardGenDiagnostics
import ScheduleModel

/// The compact form's common values, written directly: what `CompactApproval` and
/// `CompactRegulation` write field by field, and the encoder's own fast paths.
extension CompactWriter {
    /// File, line, column: the bytes `SourceLocation`'s own coding writes.
    func write(_ location: SourceLocation) {
        write(location.file)
        write(Int64(location.line))
        write(Int64(location.column))
    }

    /// A date as one number (20260901), like every date of the compact form.
    func write(_ date: LocalDate) {
        write(Int64(date.year * 10_000 + date.month * 100 + date.day))
    }

    /// A presence mark (0 or 1), then the value when there is one.
    func writeOptional<Value>(_ value: Value?, _ writeValue: (Value) throws -> Void) rethrows {
        bytes.append(value == nil ? 0 : 1)
        if let value { try writeValue(value) }
    }

    /// The count, then each element: the bytes an unkeyed container writes, without one.
    func writeList<Element>(_ elements: [Element], _ writeElement: (Element) throws -> Void) rethrows {
        write(UInt64(elements.count))
        for element in elements { try writeElement(element) }
    }
}
