import Testing

@testable import BoardGenBoard
@testable import BoardGenSupport

/// The estimate reads rendered Markdown as lines of text by a byte scan; it must read them exactly as the
/// regular expressions it replaced did (kept here as the oracle), or a notice would be split or refused
/// differently.
struct NoticeSizeEstimateTests {
    /// The replaced implementation: block ends and `<br>` become line ends, other tags go, blank lines collapse.
    static func oracle(_ html: String) -> String {
        let broken = html.replacing(/<\/(p|li|tr|h[1-6]|pre|blockquote)>|<br\s*\/?>/, with: "\n")
        return broken.replacing(/<[^>]*>/, with: "").replacing(/\n\s*\n+/, with: "\n")
    }

    @Test(arguments: [
        "<p>1.1. Настоящий регламент</p>\n<p>1.2. Секретарь</p>\n",
        "<ol>\n<li>Первый</li>\n<li>Второй <em>важный</em></li>\n</ol>\n",
        "<h2>Раздел</h2>\n\n\n<p>Текст<br>строка<br/>ещё<br />и ещё</p>",
        "<table><tr><td>пн</td><td>14:00–15:00</td></tr>\n<tr><td>вт</td></tr></table>",
        "<blockquote>\n<p>цитата</p>\n</blockquote>\n<pre><code>код\n\n  отступ</code></pre>",
        "  \n\n<p>после пустых строк</p>\n   \n\t\n<p>и пробелов</p>   \n",
        "<p>&lt;не тег&gt; &amp; сущности</p><brx>не перенос</brx><br class=\"x\">без переноса",
        "<P>верхний регистр</P><p >пробел в теге</p ><hr/>",
        "текст без тегов\nвторая строка",
        "",
        "<p>незакрытый тег <b",
    ])
    func linesMatchTheReplacedExpressions(_ html: String) {
        #expect(NoticeSizeEstimate.lines(ofHTML: html) == Self.oracle(html))
    }

    /// Random mixes of the pieces rendered Markdown is made of.
    @Test func randomHTMLReadsTheSame() {
        let pieces = [
            "<p>", "</p>", "<li>", "</li>", "<br>", "<br/>", "<br />", "<h3>", "</h3>", "<tr>", "</tr>", "<em>",
            "</em>", "\n", "\n\n", "  ", "\t", "текст", "каб. 3-05", "&amp;", "</pre>", "</blockquote>", " \n \n",
        ]
        var generator = SplitMix64(seed: 17)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 12)
            let html = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(NoticeSizeEstimate.lines(ofHTML: html) == Self.oracle(html), "\(html.debugDescription)")
        }
    }

    /// A memo hands back what it computed, computes each key once while it holds it, and starts again when full.
    @Test func boundedMemoKeepsResultsUpToItsLimit() {
        let memo = BoundedMemo<String, Int>(limit: 2)
        var calls = 0
        let count = { (key: String) -> Int? in
            calls += 1
            return key.count
        }
        #expect(memo.value(for: "ab", make: count) == 2)
        #expect(memo.value(for: "ab", make: count) == 2)
        #expect(calls == 1)
        #expect(memo.value(for: "abc", make: count) == 3)
        #expect(memo.value(for: "abcd", make: count) == 4)
        #expect(calls == 3)
        #expect(memo.value(for: "ab", make: count) == 2)
        #expect(calls == 4)
        #expect(memo.value(for: "x", make: { _ in nil }) == nil)
    }
}
