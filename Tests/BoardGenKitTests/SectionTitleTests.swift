import Foundation
import Testing

@testable import BoardGenMarkdown
@testable import BoardGenSupport

/// A numbered line of its own ("1. Общие положения") is a section's title: a level-2 heading, unless it is long
/// or ends like a sentence. The white space at its ends is `CharacterSet.whitespaces` (space separators and the
/// tab), trimmed by `trimmedSpaces` (Foundation only when an end is white space); these cases pin that reading.
@Suite struct SectionTitleTests {
    static func isHeading(_ line: String) -> Bool {
        let html = CommonMark.render(line + "\n\nТекст раздела.\n") { _ in nil }.html
        return html.hasPrefix("<h2")
    }

    @Test(
        "Titles and sentences",
        arguments: [
            ("1. Общие положения", true),
            ("2) Кто оказывает помощь", true),
            ("1. Общие положения.", false),
            ("3. Помощь оказывается:", false),
            ("1. Общие положения.\u{00A0}", false),  // a no-break space is trimmed: the line ends with "."
            ("1. Общие положения;\u{2003}\u{3000}", false),  // em space, ideographic space
            ("1. Общие положения\u{2003}", true),
            ("1. Общие положения.\u{200B}", false),  // Foundation's table still counts U+200B as a space
            ("1. Общие положения.\u{FEFF}", true),  // a zero-width no-break space is not white space: it ends the line
            ("1. Общие положения\t.", false),
        ])
    func titles(line: String, isTitle: Bool) {
        #expect(Self.isHeading(line) == isTitle, "\(line.debugDescription)")
    }

    @Test("At most 120 characters after the number, counted as a reader counts them, not in bytes")
    func length() {
        let latin = String(repeating: "a", count: 120)
        #expect(Self.isHeading("1. " + latin))
        #expect(!Self.isHeading("1. " + latin + "b"))
        let cyrillic = String(repeating: "ж", count: 120)  // 240 bytes
        #expect(Self.isHeading("1. " + cyrillic))
        #expect(!Self.isHeading("1. " + cyrillic + "ж"))
        let decomposed = String(repeating: "и\u{0306}", count: 120)  // "й" as two scalars: 120 characters
        #expect(Self.isHeading("1. " + decomposed))
        #expect(!Self.isHeading("1. " + decomposed + "и\u{0306}"))
    }

    @Test("The trimmed white space is Foundation's .whitespaces, scalar by scalar")
    func sameAsFoundation() {
        for value in Array(0...0x3100) + [0x180E, 0xFEFF, 0x1_F600] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)x\(scalar)", "\(scalar)\(scalar)", "a\(scalar)b"] {
                #expect(
                    text.trimmedSpaces == text.trimmingCharacters(in: .whitespaces),
                    "U+\(String(value, radix: 16))")
                #expect(
                    text.trimmedSpacesAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "U+\(String(value, radix: 16))")
            }
        }
    }
}
