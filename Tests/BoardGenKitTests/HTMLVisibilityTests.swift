import Foundation
import Testing

@testable import BoardGenHTML

/// What `BoardGenHTML` tells a check about a page: the visible elements with their paths, the
/// visible text, and pages given as bytes (as served or written) rather than as text.
@Suite struct HTMLVisibilityTests {
    /// Visible elements in document order with their paths; a number only where the parent has
    /// several children of the tag (hidden ones count for that), counting the visible ones.
    @Test func pathsCountVisibleSiblingsOfTheTag() {
        let page = HTMLDocument.parse(
            """
            <body><dl><dt>A</dt><dd hidden>x</dd><dd>1</dd><dd style="color: red">2</dd></dl>
            <p>one</p><section><p>two</p></section></body>
            """)
        var seen: [String] = []
        page.visibleDescendants { element, path in
            seen.append("\(element.tag) = \(path().joined(separator: " > "))")
        }
        #expect(
            seen == [
                "body = body", "dl = body > dl", "dt = body > dl > dt", "dd = body > dl > dd[1]",
                "dd = body > dl > dd[2]", "p = body > p", "section = body > section", "p = body > section > p",
            ])
    }

    /// Gumbo's memory comes from an arena per parse (issue 17): a page far larger than one of its chunks, with a
    /// text run that needs a block of its own and thousands of elements, parses whole, and parses the same again.
    @Test func aLargePageParsesWholeFromTheArena() {
        let longText = String(repeating: "длинный текст & ", count: 40_000)  // about 1 MB, one text node
        let items = (0..<20_000).map { "<li data-n=\"\($0)\">пункт \($0)</li>" }.joined()
        let html = "<body><p>\(longText)</p><ul>\(items)</ul><p hidden>скрыто</p></body>"
        for _ in 0..<2 {
            let page = HTMLDocument.parse(html)
            var count = 0
            var last = ""
            page.visibleDescendants { element, _ in
                guard element.tag == "li" else { return }
                count += 1
                last = element.attributes["data-n"] ?? ""
            }
            #expect(count == 20_000 && last == "19999")
            #expect(page.visibleText.hasPrefix("длинный текст & длинный"))
            #expect(page.visibleText.hasSuffix("пункт 19999"))
        }
    }

    /// A closed `<details>` shows its first `<summary>` only; an open one shows everything.
    @Test func closedDetailsShowTheirFirstSummaryOnly() {
        let closed = HTMLDocument.parse(
            "<body><details><summary>Open me</summary><p>inside</p><summary>second</summary></details></body>")
        #expect(closed.visibleText == "Open me")
        let open = HTMLDocument.parse("<body><details open><summary>S</summary><p>inside</p></details></body>")
        #expect(open.visibleText == "S inside")
    }

    /// Hidden markup: the attribute, hiding inline styles (a later declaration wins), hidden inputs
    /// and the tags that never display.
    @Test func hiddenMarkupIsLeftOut() {
        let page = HTMLDocument.parse(
            """
            <head><title>T</title><style>p{}</style></head><body>
            <p hidden>a</p><p style="display:none">b</p><p style="display: none; display: block">c</p>
            <p style="visibility: hidden">d</p><p style="opacity: 0">e</p><p style="font-size: 0px">f</p>
            <input type="HIDDEN" value="g"><template><p>h</p></template><noscript>i</noscript><p>j</p>
            <script>var k</script><P CLASS="x">l</P>
            </body>
            """)
        #expect(page.visibleText == "c j l")
        var classes: [String] = []
        page.visibleDescendants { element, _ in if let value = element.attributes["class"] { classes.append(value) } }
        #expect(classes == ["x"])
    }

    /// Bytes are parsed as a browser reads them: bytes that are not UTF-8 become U+FFFD, an empty
    /// page is an empty document, and text is the same as when the page is given as a string.
    @Test func pagesGivenAsBytes() {
        var bytes = Data("<p>Тел.: 8 (800) 555-35-35 ".utf8)
        bytes.append(contentsOf: [0xFF, 0xC3])
        bytes.append(contentsOf: Array("</p>".utf8))
        #expect(HTMLDocument.parse(bytes: bytes).visibleText == "Тел.: 8 (800) 555-35-35 \u{FFFD}\u{FFFD}")
        #expect(HTMLDocument.parse(bytes: Data()).tag == "html")
        #expect(HTMLDocument.parse(bytes: Data()).visibleText.isEmpty)
        let page = "<body><p>Кабинет № 12</p><a href=\"tel:+78005553535\">звонок</a></body>"
        #expect(HTMLDocument.parse(bytes: Data(page.utf8)).visibleText == HTMLDocument.parse(page).visibleText)
        #expect(HTMLDocument.parse(page).visibleText == "Кабинет № 12 звонок")
    }
}

/// `collapsingWhiteSpace` reads most texts scalar by scalar (issue 17); it must give what splitting into
/// characters gives, for every scalar and for the characters that join scalars.
@Suite struct CollapsingWhiteSpaceTests {
    static func byCharacters(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func everyScalarAsCharactersWouldRead() {
        for value in Array(0...0x3100) + [0xFEFF, 0x1_F600, 0x1_F3FB, 0xFE0F, 0xE000] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [
                " \(scalar) ", "a\(scalar)b", "\(scalar)\n\(scalar)", " \u{301}\(scalar)", "\(scalar) \u{301}x",
            ] {
                #expect(text.collapsingWhiteSpace == Self.byCharacters(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func textsOfSeveralKinds() {
        let texts = [
            "", "   ", "\r\n", "  Телефон:\u{00A0}+7 (3412)\t55-12-40 \r\n", "каб. 3-05\u{2009}—\u{202F}пн–пт",
            "e\u{301}te \u{301} x", "\u{0600} 1", "a\u{200D} b", "👍🏽 ok", "\u{85}x\u{2028}y\u{3000}",
            String(repeating: "слово  ", count: 500),
        ]
        for text in texts { #expect(text.collapsingWhiteSpace == Self.byCharacters(text), "\(text.debugDescription)") }
        #expect("  Телефон:\u{00A0}+7  ".collapsingWhiteSpaceByScalars == "Телефон: +7")
        #expect("e\u{301}".collapsingWhiteSpaceByScalars == nil)
    }
}
