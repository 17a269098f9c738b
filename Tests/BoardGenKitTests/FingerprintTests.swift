import Testing

@testable import BoardGenKit

/// The build cache's fingerprints: 32 lowercase hexadecimal digits, the same for the same bytes.
@Suite struct FingerprintTests {
    func hex(_ text: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(text)
        return fingerprint.hex
    }

    @Test func theDigitsAreStableAndTellInputsApart() {
        let texts = (0..<2000).map { "regulations/reg-\($0).md" } + ["", "a", "ab", "ba"]
        let digits = texts.map(hex)
        #expect(digits.allSatisfy { $0.count == 32 && $0.allSatisfy { "0123456789abcdef".contains($0) } })
        #expect(Set(digits).count == texts.count)
        #expect(texts.map(hex) == digits)
        // The digits of both words, most significant first: an empty fingerprint is its two seeds.
        #expect(Fingerprint().hex == "cbf29ce484222325" + "84222325cbf29ce4")
    }
}
