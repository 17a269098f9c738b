import BoardGenDiagnostics
import BoardGenLoad
import BoardGenModel
import Foundation
import ScheduleModel

#if canImport(Glibc)
import Glibc
#endif

/// Reads the positional binary form `CompactEncoder` writes, with the same types. Any mismatch (a
/// truncated or foreign file) throws; the caller then starts afresh.
struct CompactDecoder {
    /// Why the bytes do not hold a value of the asked type.
    struct Failure: Error {
        var reason: String
    }

    /// The value of type `T` that `bytes` hold.
    func decode<T: Decodable>(_ type: T.Type, from bytes: Data) throws -> T {
        try decode(type, from: Array(bytes))
    }

    /// The value of type `T` that `bytes` hold; with `texts`, a text read before (by this decoding or
    /// another with the same interner) is given back as the same `String`.
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], texts: TextInterner? = nil) throws -> T {
        let reader = CompactReader(bytes, texts: texts)
        let value =
            T.self == StoredDecoding.self
            ? unsafeBitCast(try reader.storedDecoding(), to: T.self) : try T(from: CompactDecoding(reader: reader))
        guard reader.offset == reader.bytes.count else { throw Failure(reason: "bytes left after the value") }
        guard !reader.isListingKeys else { throw Failure(reason: "a dictionary cannot be read in the compact form") }
        return value
    }
}

/// The bytes and the read position shared by every container of one decoding.
final class CompactReader {
    let bytes: [UInt8]
    var offset = 0
    /// Set when a type listed the keys of a container that has none to list (a dictionary).
    var isListingKeys = false
    /// The last text `repeatedText` read.
    private var lastText: String?
    /// Where texts of more than 15 bytes (those a `String` allocates for) are made, if anywhere.
    private let texts: TextInterner?

    init(_ bytes: [UInt8], texts: TextInterner? = nil) {
        self.bytes = bytes
        self.texts = texts
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw CompactDecoder.Failure(reason: "unexpected end") }
        defer { offset += 1 }
        return bytes[offset]
    }

    func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func word() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw CompactDecoder.Failure(reason: "unexpected end") }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    /// A block of bytes after its length.
    func block() throws -> [UInt8] {
        let count = Int(clamping: try word())
        guard count <= bytes.count - offset else { throw CompactDecoder.Failure(reason: "block longer than the file") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// A text that is often the previous call's (a block's locations all name its file): then that
    /// same `String`, not a new copy.
    func repeatedText() throws -> String {
        let count = Int(clamping: try word())
        guard count <= bytes.count - offset else { throw CompactDecoder.Failure(reason: "text longer than the file") }
        defer { offset += count }
        // Compared as bytes: through `utf8.elementsEqual`, one byte at a time, this took 900 instructions.
        if var lastText, lastText.utf8.count == count, isText(&lastText, at: offset) { return lastText }
        let text = makeText(count: count)
        lastText = text
        return text
    }

    func text() throws -> String {
        let count = Int(clamping: try word())
        guard count <= bytes.count - offset else { throw CompactDecoder.Failure(reason: "text longer than the file") }
        defer { offset += count }
        return makeText(count: count)
    }
}

private extension CompactReader {
    /// True when `text`'s UTF-8 bytes are the file's at `offset` (checked to be there).
    func isText(_ text: inout String, at offset: Int) -> Bool {
        text.withUTF8 { known in
            bytes.withUnsafeBufferPointer { buffer in
                guard let start = buffer.baseAddress, let knownStart = known.baseAddress else { return known.isEmpty }
                return memcmp(knownStart, start + offset, known.count) == 0
            }
        }
    }

    /// The text of the `count` bytes at the read position (checked to be there), not moving it.
    func makeText(count: Int) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[offset..<offset + count])
            guard count > 15, let texts else { return String(decoding: slice, as: UTF8.self) }
            return texts.text(slice)
        }
    }
}

struct CompactDecoding: Decoder {
    let reader: CompactReader
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedReader<Key>(reader: reader))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedReader(reader: reader)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleReader(reader: reader)
    }
}

/// Reads one value of a basic type, or any `Decodable` through its own coding.
protocol CompactValueReading {
    var reader: CompactReader { get }
}

extension CompactValueReading {
    func bool() throws -> Bool {
        switch try reader.byte() {
        case 0: return false
        case 1: return true
        default: throw CompactDecoder.Failure(reason: "not a truth value")
        }
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let word = try reader.word()
        let value = T.isSigned ? T(exactly: Int64(bitPattern: word)) : T(exactly: word)
        guard let value else { throw CompactDecoder.Failure(reason: "integer out of range") }
        return value
    }

    /// Any value: the common basic types directly (compared by type), others through their own coding.
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try reader.text(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(Int.self), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try integer(Int64.self), to: T.self) }
        if T.self == UInt64.self { return unsafeBitCast(try integer(UInt64.self), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(Double(bitPattern: try reader.word()), to: T.self) }
        if T.self == [UInt8].self { return unsafeBitCast(try reader.block(), to: T.self) }
        if T.self == SourceLocation.self {
            // As its own coding reads it (file, line, column), without a keyed container; the file is
            // the same text as the last location's when it names the same file.
            let file = try reader.repeatedText()
            let line = try integer(Int.self)
            let location = SourceLocation(file: file, line: line, column: try integer(Int.self))
            return unsafeBitCast(location, to: T.self)
        }
        if T.self == [String].self {
            let count = Int(clamping: try reader.word())
            guard count <= reader.bytes.count - reader.offset else {
                throw CompactDecoder.Failure(reason: "more elements than bytes")
            }
            var texts: [String] = []
            texts.reserveCapacity(count)
            for _ in 0..<count { texts.append(try reader.text()) }
            return unsafeBitCast(texts, to: T.self)
        }
        if T.self == LocalDate.self { return unsafeBitCast(try reader.date(), to: T.self) }
        if T.self == SourceLocation.self {
            // As its own coding reads it (file, line, column), without a keyed container; the file is
            // the same text as the last location's when it names the same file.
            return unsafeBitCast(try reader.location(), to: T.self)
        }
        if T.self == [String].self { return unsafeBitCast(try reader.list { try reader.text() }, to: T.self) }
        if T.self == Approval.self { return unsafeBitCast(try reader.approval(), to: T.self) }
        if T.self == Regulation.self { return unsafeBitCast(try reader.regulation(), to: T.self) }
        if T.self == StoredDecoding.self { return unsafeBitCast(try reader.storedDecoding(), to: T.self) }
        // The rarer basic types come back through `CompactSingleReader`'s own methods.
        return try T(from: CompactDecoding(reader: reader))
    }
}

struct CompactKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol, CompactValueReading {
    let reader: CompactReader
    var codingPath: [any CodingKey] = []

    init(reader: CompactReader) {
        self.reader = reader
    }

    /// Only an enum case with values is read by listing keys: its name follows a marker. Anything
    /// else that lists keys (a dictionary) fails the decoding.
    var allKeys: [Key] {
        guard reader.peek() == compactNestedMarker else {
            reader.isListingKeys = true
            return []
        }
        let start = reader.offset
        defer { reader.offset = start }
        reader.offset += 1
        guard let name = try? reader.text(), let key = Key(stringValue: name) else { return [] }
        return [key]
    }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try reader.byte() == 0 }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.text() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { Double(bitPattern: try reader.word()) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        Float(bitPattern: UInt32(truncatingIfNeeded: try reader.word()))
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(type) }

    // Optionals: the presence byte `CompactKeyedWriter` writes.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try optional(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optional(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optional(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optional(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optional(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optional(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optional(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optional(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optional(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optional(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try optional(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        guard try reader.byte() == compactNestedMarker, try reader.text() == key.stringValue else {
            throw CompactDecoder.Failure(reason: "expected the case '\(key.stringValue)'")
        }
        return KeyedDecodingContainer(CompactKeyedReader<NestedKey>(reader: reader))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedReader(reader: reader)
    }

    func superDecoder() throws -> any Decoder { CompactDecoding(reader: reader) }
    func superDecoder(forKey key: Key) throws -> any Decoder { CompactDecoding(reader: reader) }

    private func optional<T: Decodable>(_ type: T.Type) throws -> T? {
        switch try reader.byte() {
        case 0: return nil
        case 1: return try value(type)
        default: throw CompactDecoder.Failure(reason: "not a presence mark")
        }
    }
}

struct CompactUnkeyedReader: UnkeyedDecodingContainer, CompactValueReading {
    let reader: CompactReader
    var codingPath: [any CodingKey] = []
    let count: Int?
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: CompactReader) throws {
        self.reader = reader
        let count = Int(clamping: try reader.word())
        guard count <= reader.bytes.count - reader.offset else {
            throw CompactDecoder.Failure(reason: "more elements than bytes")
        }
        self.count = count
    }

    mutating func decodeNil() throws -> Bool {
        guard reader.peek() == 0 else { return false }
        reader.offset += 1
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw CompactDecoder.Failure(reason: "no more elements") }
        currentIndex += 1
        return try value(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return KeyedDecodingContainer(CompactKeyedReader<NestedKey>(reader: reader))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try CompactUnkeyedReader(reader: reader)
    }

    mutating func superDecoder() throws -> any Decoder {
        currentIndex += 1
        return CompactDecoding(reader: reader)
    }
}

/// A single value, after the presence byte `CompactSingleWriter` writes.
struct CompactSingleReader: SingleValueDecodingContainer, CompactValueReading {
    let reader: CompactReader
    var codingPath: [any CodingKey] = []

    func decodeNil() -> Bool {
        guard reader.peek() == 0 else { return false }
        reader.offset += 1
        return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try present()
        return try value(type)
    }
    func decode(_ type: Int8.Type) throws -> Int8 { try present(integer(type)) }
    func decode(_ type: Int16.Type) throws -> Int16 { try present(integer(type)) }
    func decode(_ type: Int32.Type) throws -> Int32 { try present(integer(type)) }
    func decode(_ type: UInt.Type) throws -> UInt { try present(integer(type)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try present(integer(type)) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try present(integer(type)) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try present(integer(type)) }
    func decode(_ type: Float.Type) throws -> Float {
        try present(Float(bitPattern: UInt32(truncatingIfNeeded: try reader.word())))
    }

    private func present() throws {
        guard try reader.byte() == 1 else { throw CompactDecoder.Failure(reason: "expected a value") }
    }

    /// `value`, read after the presence byte (the argument is evaluated after it: autoclosure).
    private func present<T>(_ value: @autoclosure () throws -> T) throws -> T {
        try present()
        return try value()
    }
}
