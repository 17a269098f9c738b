import Foundation
import Testing

@testable import BoardGenKit

/// Texts read again from the kept regulations come back as the same `String` (`TextInterner`),
/// and never as another text: whatever meets in a slot, the bytes decide.
@Suite struct TextInternerTests {
    func text(_ bytes: [UInt8], through texts: TextInterner) -> String {
        bytes.withUnsafeBufferPointer { texts.text($0) }
    }

    @Test func everyTextComesBackAsItsBytesSay() {
        let texts = TextInterner()
        // Far more texts than slots, so that many meet in one; Cyrillic, Latin, lengths around 8-byte words.
        let samples = (0..<5000).map { index in
            String(repeating: ["приказ № ", "Director ", "ё", "протокол"][index % 4], count: 1 + index % 7) + "\(index)"
        }
        for _ in 0..<2 {
            for sample in samples {
                #expect(text(Array(sample.utf8), through: texts) == sample)
            }
        }
        // Same length and slot-sized neighbours differ in one byte only.
        let near = ["Педагогический совет 1", "Педагогический совет 2", "Педагогический совет 1"]
        #expect(near.map { text(Array($0.utf8), through: texts) } == near)
    }

    @Test func aKnownTextIsTheSameStorage() {
        let texts = TextInterner()
        let bytes = Array("Директор МБОУ «СОШ № 1»".utf8)
        var first = text(bytes, through: texts), second = text(bytes, through: texts)
        let firstAddress = first.withUTF8 { $0.baseAddress }, secondAddress = second.withUTF8 { $0.baseAddress }
        #expect(firstAddress == secondAddress)
    }

    @Test func brokenUTF8IsRepairedAsStringRepairsIt() {
        let texts = TextInterner()
        let broken: [UInt8] = Array("Управляющий совет ".utf8) + [0xD0, 0x20, 0xFF] + Array("конец".utf8)
        for _ in 0..<2 {
            #expect(text(broken, through: texts) == String(decoding: broken, as: UTF8.self))
        }
    }
}
