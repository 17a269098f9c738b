/// The sorted keys a cache file kept from the previous build, taken again instead of sorting. A
/// rebuild usually has the same content files and the same pages as the build before it; sorting
/// their 10,000 paths with `String`'s `<` took 4 % of such a rebuild's instructions, checking the kept
/// order takes a tenth of that.
enum PreviousOrder {
    /// `previous` when it is strictly sorted and holds exactly `count` keys, each accepted by
    /// `isKey`; nil otherwise (the caller sorts). Strictly sorted means no key twice, so `count` keys
    /// that are all accepted are all the keys there are.
    static func reuse(_ previous: [String], count: Int, isKey: (String) -> Bool) -> [String]? {
        guard previous.count == count else { return nil }
        for index in previous.indices {
            guard isKey(previous[index]), index == 0 || previous[index - 1] < previous[index] else { return nil }
        }
        return previous
    }
}
