/// Substring search over UTF-8 bytes: Foundation's `String.range(of:)` goes through NSString with
/// Unicode folding, which dominated the checker on large sites.
enum ByteSearch {
    /// The index of the first occurrence of `needle` in `bytes` at or after `start`.
    static func find<Bytes: RandomAccessCollection>(_ needle: [UInt8], in bytes: Bytes, from start: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int, Bytes.SubSequence: Collection<UInt8> {
        guard let first = needle.first, start < bytes.endIndex else { return nil }
        var index = start
        while index + needle.count <= bytes.endIndex {
            guard let candidate = bytes[index...].firstIndex(of: first), candidate + needle.count <= bytes.endIndex else { return nil }
            if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
