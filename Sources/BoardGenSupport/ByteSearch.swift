#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: Foundation's `String.range(of:)` goes through NSString with
/// Unicode folding, which dominated the checker on large sites.
package enum ByteSearch {
    /// The index of the first occurrence of `needle` in `bytes` at or after `start`.
    package static func find<Bytes: RandomAccessCollection>(_ needle: [UInt8], in bytes: Bytes, from start: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int, Bytes.SubSequence: Collection<UInt8> {
        guard let first = needle.first, start < bytes.endIndex else { return nil }
        // Arrays and their slices: memchr and memcmp (a generic scan costs milliseconds per page).
        if let found = bytes.withContiguousStorageIfAvailable({ buffer in
            find(needle, in: buffer, from: start - bytes.startIndex).map { $0 + bytes.startIndex }
        }) {
            return found
        }
        var index = start
        while index + needle.count <= bytes.endIndex {
            guard let candidate = bytes[index...].firstIndex(of: first), candidate + needle.count <= bytes.endIndex
            else { return nil }
            if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The offset of the first occurrence of `needle` in `bytes` at or after `start`
    /// (libc `memchr` for the first byte, `memcmp` for the rest).
    package static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first, let base = bytes.baseAddress, start >= 0 else { return nil }
        return needle.withUnsafeBytes { needleBytes -> Int? in
            var offset = start
            while offset + needle.count <= bytes.count {
                guard let hit = memchr(base + offset, Int32(first), bytes.count - offset - needle.count + 1) else {
                    return nil
                }
                let candidate = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if memcmp(hit, needleBytes.baseAddress!, needle.count) == 0 { return candidate }
                offset = candidate + 1
            }
            return nil
        }
    }
}

extension String {
    /// True when the UTF-8 bytes of `needle` occur in the string (a plain byte search, no Unicode folding).
    package func containsBytes(_ needle: String) -> Bool {
        var text = self
        return text.withUTF8 { ByteSearch.find(Array(needle.utf8), in: $0) != nil }
    }
}
