import Mustache

/// Templates look labels up by name thousands of times per build; Mustache would reflect the
/// whole struct with `Mirror` on every lookup, so the labels answer from a table built once.
extension Labels: MustacheParent {
    public func child(named name: String) -> Any? {
        (language == .en ? Self.englishTable : Self.russianTable)[name]
    }

    nonisolated(unsafe) private static let russianTable = makeTable(.forLanguage(.ru))
    nonisolated(unsafe) private static let englishTable = makeTable(.forLanguage(.en))

    private static func makeTable(_ labels: Labels) -> [String: Any] {
        var table: [String: Any] = [:]
        for child in Mirror(reflecting: labels).children {
            if let name = child.label { table[name] = child.value }
        }
        return table
    }
}
