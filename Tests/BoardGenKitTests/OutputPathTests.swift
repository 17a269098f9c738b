import Testing

@testable import BoardGenWrite

/// Which relative paths the writer writes to: none that leaves the output folder, read byte by
/// byte as the file system reads it.
@Suite struct OutputPathTests {
    @Test(arguments: [
        "index.html", "board/print.html", "regulations/reg-00001.html", "a/b/c/d.ics", ".well-known/x", "...", "a..b",
        "Положение/правила.html", "a/\u{301}b", "..\u{301}/x", "x/.hidden",
    ])
    func safe(_ path: String) {
        #expect(OutputWriter.isSafeRelativePath(path))
    }

    @Test(arguments: [
        "", "/", "/etc/passwd", "..", ".", "../x", "a/../b", "a/./b", "a//b", "a/", "a\\b", "..\\x", "a/..",
        "../\u{301}x", "./\u{301}", "a/.\u{301}./..",
    ])
    func unsafe(_ path: String) {
        #expect(!OutputWriter.isSafeRelativePath(path))
    }
}
