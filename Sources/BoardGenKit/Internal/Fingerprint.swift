import BoardGenSupport

/// A 128-bit fingerprint of bytes (two FNV-1a-style hashes over 8-byte words), to notice that a
/// site's files changed. Not cryptographic: it guards a cache of our own results, not secrets.
package struct Fingerprint: Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x8422_2325_cbf2_9ce4
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// An empty fingerprint.
    package init() {}

    /// Adds bytes (their length too, so that "ab"+"c" differs from "a"+"bc").
    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        mix(tail)
    }

    /// Adds a text's UTF-8 bytes.
    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// 32 hexadecimal digits (written into one buffer: the rebuild asks for tens of thousands).
    package var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 32) { buffer in
            for (offset, value) in [(0, first), (16, second)] {
                for index in 0..<16 {
                    buffer[offset + index] = digits[Int((value >> (60 - 4 * UInt64(index))) & 0xf)]
                }
            }
            return 32
        }
    }

    private mutating func mix(_ word: UInt64) {
        first = (first ^ word) &* Self.prime
        second = (second ^ (word.byteSwapped ^ 0x9e37_79b9_7f4a_7c15)) &* Self.prime
        second ^= second >> 29
    }
}
