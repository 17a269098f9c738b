import BoardGenDiagnostics
import BoardGenLoad
import BoardGenModel
import Foundation
import ScheduleModel

/// A positional binary form of `Codable` values for the build cache's own files: no key names, fields in the
/// order the type's coding writes them, integers as 8 bytes, texts with their length. It is read back by
/// `CompactDecoder` with the same types only (a file of another version is discarded by its header). JSON took
/// 0.7 s each way for 10,000 regulations; this form is several times faster. Dictionaries cannot be read back (their
/// keys are only known by listing them): store arrays of pairs.
struct CompactEncoder {
    /// Why a value cannot be written in this form.
    struct Failure: Error {
        var reason: String
    }

    /// The bytes of `value`.
    func encode<T: Encodable>(_ value: T) throws -> Data {
        let writer = CompactWriter()
        if T.self == StoredDecoding.self {
            try writer.write(unsafeBitCast(value, to: StoredDecoding.self))  // field by field (`CompactRegulation`)
        } else {
            try value.encode(to: CompactEncoding(writer: writer))
        }
        return Data(writer.bytes)
    }
}

/// The growing byte buffer shared by every container of one encoding.
final class CompactWriter {
    var bytes: [UInt8] = []

    init() {
        // Small: most values written are one regulation (a few hundred bytes); the array grows as needed.
        bytes.reserveCapacity(1 << 10)
    }

    func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func write(_ value: Int64) { write(UInt64(bitPattern: value)) }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Reserves a count, to be increased with `increment(countAt:)` as elements are written.
    func reserveCount() -> Int {
        let position = bytes.count
        write(UInt64(0))
        return position
    }

    func increment(countAt position: Int) {
        bytes.withUnsafeMutableBytes { buffer in
            let current = buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            buffer.storeBytes(
                of: (UInt64(littleEndian: current) + 1).littleEndian, toByteOffset: position, as: UInt64.self)
        }
    }
}

/// The marker before a nested keyed container (an enum case with values), followed by the case's name.
let compactNestedMarker: UInt8 = 0xCE

struct CompactEncoding: Encoder {
    let writer: CompactWriter
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedWriter<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedWriter(writer: writer, countPosition: writer.reserveCount())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleWriter(writer: writer)
    }
}

/// Writes one value of a basic type, or any `Encodable` through its own coding.
protocol CompactValueWriting {
    var writer: CompactWriter { get }
}

extension CompactValueWriting {
    func put(_ value: Bool) { writer.bytes.append(value ? 1 : 0) }
    func put(_ value: String) { writer.write(value) }
    func putInteger<T: BinaryInteger>(_ value: T) {
        if T.isSigned { writer.write(Int64(value)) } else { writer.write(UInt64(value)) }
    }
    func put(_ value: Double) { writer.write(value.bitPattern) }
    func put(_ value: Float) { writer.write(UInt64(value.bitPattern)) }

    /// Any value: the common basic types directly (compared by type, without a dynamic cast), others
    /// through their own coding.
    func putValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self {
            put(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            putInteger(unsafeBitCast(value, to: Int.self))
        } else if T.self == Bool.self {
            put(unsafeBitCast(value, to: Bool.self))
        } else if T.self == Int64.self {
            putInteger(unsafeBitCast(value, to: Int64.self))
        } else if T.self == UInt64.self {
            putInteger(unsafeBitCast(value, to: UInt64.self))
        } else if T.self == Double.self {
            put(unsafeBitCast(value, to: Double.self))
        } else if T.self == LocalDate.self {
            // A date as one number (20260901): its own coding writes and parses "2026-09-01", a sixth of
            // decoding 10,000 regulations.
            writer.write(unsafeBitCast(value, to: LocalDate.self))
        } else if T.self == SourceLocation.self {
            // The bytes its own coding writes (file, line, column), without a keyed container: a
            // regulation has dozens of locations, and their containers were a fifth of decoding it.
            writer.write(unsafeBitCast(value, to: SourceLocation.self))
        } else if T.self == [String].self {
            // The bytes an unkeyed container writes (the count, then each text), without one.
            writer.writeList(unsafeBitCast(value, to: [String].self), writer.write)
        } else if T.self == StoredDecoding.self {
            try writer.write(unsafeBitCast(value, to: StoredDecoding.self))
        } else if T.self == Regulation.self {
            try writer.write(unsafeBitCast(value, to: Regulation.self))  // field by field (`CompactRegulation`)
        } else if T.self == Approval.self {
            writer.write(unsafeBitCast(value, to: Approval.self))  // field by field (`CompactApproval`)
        } else if T.self == [UInt8].self {
            // Bytes as one block, not element by element.
            let bytes = unsafeBitCast(value, to: [UInt8].self)
            writer.write(UInt64(bytes.count))
            writer.bytes.append(contentsOf: bytes)
        } else {
            // The rarer basic types come back through `CompactSingleWriter`'s own methods.
            try value.encode(to: CompactEncoding(writer: writer))
        }
    }
}

struct CompactKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol, CompactValueWriting {
    let writer: CompactWriter
    var codingPath: [any CodingKey] = []

    init(writer: CompactWriter) {
        self.writer = writer
    }

    mutating func encodeNil(forKey key: Key) throws { writer.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { putInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { putInteger(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try putValue(value) }

    // Optionals: a presence byte, then the value (the standard library's defaults would skip a nil field).
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try optional(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try optional(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.bytes.append(compactNestedMarker)
        writer.write(key.stringValue)
        return KeyedEncodingContainer(CompactKeyedWriter<NestedKey>(writer: writer))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CompactUnkeyedWriter(writer: writer, countPosition: writer.reserveCount())
    }

    mutating func superEncoder() -> any Encoder { CompactEncoding(writer: writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CompactEncoding(writer: writer) }

    private func optional<T: Encodable>(_ value: T?) throws {
        guard let value else {
            writer.bytes.append(0)
            return
        }
        writer.bytes.append(1)
        try putValue(value)
    }
}

struct CompactUnkeyedWriter: UnkeyedEncodingContainer, CompactValueWriting {
    let writer: CompactWriter
    let countPosition: Int
    var codingPath: [any CodingKey] = []
    var count = 0

    mutating func encodeNil() throws {
        writer.bytes.append(0)
        added()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try putValue(value)
        added()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<
        NestedKey
    > {
        added()
        return KeyedEncodingContainer(CompactKeyedWriter<NestedKey>(writer: writer))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        added()
        return CompactUnkeyedWriter(writer: writer, countPosition: writer.reserveCount())
    }

    mutating func superEncoder() -> any Encoder {
        added()
        return CompactEncoding(writer: writer)
    }

    private mutating func added() {
        count += 1
        writer.increment(countAt: countPosition)
    }
}

/// A single value: a presence byte first (0 for nil), which `Optional`'s coding needs to tell nil apart.
struct CompactSingleWriter: SingleValueEncodingContainer, CompactValueWriting {
    let writer: CompactWriter
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { writer.bytes.append(0) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.bytes.append(1)
        try putValue(value)
    }
    mutating func encode(_ value: Int8) throws { present { putInteger(value) } }
    mutating func encode(_ value: Int16) throws { present { putInteger(value) } }
    mutating func encode(_ value: Int32) throws { present { putInteger(value) } }
    mutating func encode(_ value: UInt) throws { present { putInteger(value) } }
    mutating func encode(_ value: UInt8) throws { present { putInteger(value) } }
    mutating func encode(_ value: UInt16) throws { present { putInteger(value) } }
    mutating func encode(_ value: UInt32) throws { present { putInteger(value) } }
    mutating func encode(_ value: Float) throws { present { put(value) } }

    private func present(_ write: () -> Void) {
        writer.bytes.append(1)
        write()
    }
}
