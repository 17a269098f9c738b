import Foundation
import Testing

@testable import BoardGenKit
@testable import BoardGenSupport

/// The shortcuts of a rebuild (issue 17) that must not change what it produces: the previous build's
/// sorted paths taken instead of sorting again, results placed straight into their array, and two
/// pieces of work run side by side.
@Suite struct KeptOrderTests {
    @Test func theKeptOrderIsTakenOnlyForExactlyTheSameKeys() {
        let kept = ["contacts.yaml", "regulations/a.md", "regulations/b.md", "site.yaml"]
        let same = Set(kept)
        #expect(PreviousOrder.reuse(kept, count: same.count, isKey: same.contains) == kept)
        // One key more, one less, one replaced: the caller sorts.
        #expect(PreviousOrder.reuse(kept, count: 5, isKey: (same.union(["people.yaml"])).contains) == nil)
        #expect(PreviousOrder.reuse(kept, count: 3, isKey: same.subtracting(["site.yaml"]).contains) == nil)
        let replaced = same.subtracting(["regulations/b.md"]).union(["regulations/c.md"])
        #expect(PreviousOrder.reuse(kept, count: replaced.count, isKey: replaced.contains) == nil)
        // A kept list that is not strictly sorted (a damaged file, a key twice) is never trusted.
        let swapped = ["regulations/a.md", "contacts.yaml", "regulations/b.md", "site.yaml"]
        #expect(PreviousOrder.reuse(swapped, count: same.count, isKey: same.contains) == nil)
        let twice = ["contacts.yaml", "regulations/a.md", "regulations/a.md", "site.yaml"]
        let three = Set(twice)
        #expect(PreviousOrder.reuse(twice, count: 4, isKey: three.contains) == nil)
        #expect(PreviousOrder.reuse([], count: 0) { _ in true } == [])
    }

    @Test func theFolderWalkGivesTheSortedOrderWhateverItWasGiven() throws {
        let folder = Fixtures.makeTemporaryFolder("kept-order")
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["b.yaml", "a/z.md", "a/b.md", "ё.md", "Z.md", "a-b.md"] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: file)
        }
        let sorted = FolderWalk.entries(under: folder.path).map(\.path)
        #expect(sorted == sorted.sorted())
        #expect(sorted.count == 7)  // six files and the folder `a`
        // The same paths: the kept order. Other paths, or a kept order out of order: sorted afresh.
        #expect(FolderWalk.entries(under: folder.path, previous: sorted).map(\.path) == sorted)
        let stale = sorted.dropLast() + ["zzz.md"]
        #expect(FolderWalk.entries(under: folder.path, previous: Array(stale)).map(\.path) == sorted)
        #expect(FolderWalk.entries(under: folder.path, previous: sorted.reversed()).map(\.path) == sorted)
        // The kinds come with their paths, whichever way the order was found.
        let kinds = FolderWalk.entries(under: folder.path, previous: sorted).filter { $0.kind == .folder }.map(\.path)
        #expect(kinds == ["a"])
    }

    @Test func aRebuildWritesItsCacheFilesInTheOrderAColdOneDoes() throws {
        let folder = Fixtures.makeTemporaryFolder("kept-order-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Fixtures.copyOfContent(in: folder)
        let output = folder.appendingPathComponent("public")
        let cacheFile = BuildCache.defaultFile(forOutput: output)
        func build() {
            let cache = BuildCache(file: cacheFile, toolIdentity: "test")
            let result = SiteBuilder(contentFolder: content, today: Fixtures.today).build(into: output, cache: cache)
            #expect(!result.hasErrors)
        }
        func orders() throws -> (pages: [String], files: [String]) {
            let pages = try #require(BuildCache.read(cacheFile)).order
            let files = try #require(StoredInputs.read(StoredInputs.file(besideCache: cacheFile))).files.map(\.path)
            return (pages, files)
        }
        build()  // sorted from scratch
        let cold = try orders()
        #expect(cold.pages == cold.pages.sorted() && cold.files == cold.files.sorted())
        #expect(cold.pages.count > 10 && cold.files.count > 5)
        build()  // the kept orders taken
        let warm = try orders()
        #expect(warm.pages == cold.pages && warm.files == cold.files)
        // A file added: sorted afresh, the new one in its place.
        try Data("Новый.\n".utf8).write(to: content.appendingPathComponent("files/a-new.txt"))
        build()
        let added = try orders()
        #expect(added.files == added.files.sorted() && added.files.contains("files/a-new.txt"))
    }

    @Test func parallelMapKeepsTheOrderAndEveryResult() {
        for count in [0, 1, 2, 3, 1000] {
            let numbers = Array(0..<count)
            let texts = numbers.parallelMap { "№ \($0) " + String(repeating: "ж", count: $0 % 40) }
            #expect(texts == numbers.map { "№ \($0) " + String(repeating: "ж", count: $0 % 40) })
        }
    }

    /// The content's `parallelMap` runs inside `Concurrently.run`; it must not be nested in another parallel loop,
    /// which libdispatch runs one iteration after another (on two cores the whole load of a site ran on one
    /// thread). Two iterations that each wait for the other to start can only both finish when they overlap; a
    /// busy machine only delays the second one (the wait allows 30 s), where nesting never lets them overlap.
    @Test func workInsideConcurrentlyRunsItsIterationsSideBySide() throws {
        try #require(ProcessInfo.processInfo.activeProcessorCount > 1, "needs two cores")
        let (met, _) = Concurrently.run(
            {
                let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
                return [0, 1].parallelMap { index -> Bool in
                    started[index].signal()
                    return started[1 - index].wait(timeout: .now() + 30) == .success
                }
            }, {})
        #expect(met == [true, true])
    }

    @Test func concurrentlyReturnsBothResults() {
        let (first, second) = Concurrently.run(
            { (1...1000).reduce(0, +) }, { Array(repeating: "б", count: 3).joined() })
        #expect(first == 500_500)
        #expect(second == "ббб")
    }
}
