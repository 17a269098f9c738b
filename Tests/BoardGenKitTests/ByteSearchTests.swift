import Testing

@testable import BoardGenSupport

/// `ByteSearch.find`: memchr/memcmp for arrays and their slices, a plain scan for other collections;
/// both must answer as a naive search does, in the collection's own indices (a slice's start is
/// not 0).
@Suite struct ByteSearchTests {
    /// The first index at or after `start` where `needle` occurs, by comparing at every index.
    static func naive(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0 else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    @Test func arraysSlicesAndOtherCollectionsAgreeWithANaiveSearch() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            // A small alphabet, so that partial matches are frequent.
            let bytes = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                UInt8.random(in: 60...63, using: &generator)
            }
            let needle = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                UInt8.random(in: 60...63, using: &generator)
            }
            let start = Int.random(in: 0...max(bytes.count, 1), using: &generator)
            let expected = Self.naive(needle, in: bytes, from: start)
            #expect(ByteSearch.find(needle, in: bytes, from: start) == expected, "\(bytes) \(needle) \(start)")

            // A slice whose first index is `offset`: answers in the slice's indices.
            let offset = Int.random(in: 0...bytes.count, using: &generator)
            let slice = bytes[offset...]
            let fromInSlice = offset + Int.random(in: 0...max(slice.count, 1), using: &generator)
            let inSlice = Self.naive(needle, in: Array(slice), from: fromInSlice - offset).map { $0 + offset }
            #expect(ByteSearch.find(needle, in: slice, from: fromInSlice) == inSlice, "\(slice) \(needle)")

            // A collection without contiguous storage takes the plain scan.
            let lazy = LazyBytes(bytes: bytes)
            #expect(ByteSearch.find(needle, in: lazy, from: start) == expected)
        }
    }

    @Test func anEmptyNeedleOrAStartPastTheEndFindsNothing() {
        let bytes = Array("каб. 3-05".utf8)
        #expect(ByteSearch.find([], in: bytes, from: 0) == nil)
        #expect(ByteSearch.find(Array("3-05".utf8), in: bytes, from: bytes.count) == nil)
        #expect(ByteSearch.find(Array("3-05".utf8), in: bytes, from: 0) == bytes.count - 4)
    }
}

/// Bytes behind a random-access collection that offers no contiguous storage.
private struct LazyBytes: RandomAccessCollection {
    let bytes: [UInt8]
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(position: Int) -> UInt8 { bytes[position] }
}
