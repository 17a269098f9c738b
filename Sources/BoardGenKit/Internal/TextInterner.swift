#if canImport(Glibc)
import Glibc
#endif

/// Gives back the same `String` for the same bytes read again, instead of a new copy. The kept
/// regulations of one school repeat most of their approval texts (the director, the councils, the
/// order), and making a `String` from bytes (checking the UTF-8, allocating) was half of decoding
/// them. A small table by a hash of the bytes: a text that meets another in its slot replaces it,
/// so nothing grows. Used by one thread at a time (one per chunk of blocks).
final class TextInterner {
    private var slots: [String?] = Array(repeating: nil, count: TextInterner.slotCount)
    private static let slotCount = 1024

    /// The text of UTF-8 `bytes` (repaired as `String(decoding:as:)` repairs them).
    func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slot = Self.slot(of: UnsafeRawBufferPointer(bytes))
        if var known = slots[slot], known.utf8.count == bytes.count, let start = bytes.baseAddress,
            known.withUTF8({ $0.baseAddress.map { memcmp($0, start, bytes.count) == 0 } ?? false })
        {
            return known
        }
        let text = String(decoding: bytes, as: UTF8.self)
        slots[slot] = text
        return text
    }
}

private extension TextInterner {
    /// FNV-1a over 8-byte words, folded to a slot.
    static func slot(of bytes: UnsafeRawBufferPointer) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01b3
            offset += 1
        }
        return Int(truncatingIfNeeded: (hash ^ hash >> 32) % UInt64(slotCount))
    }
}
