extension StringProtocol {
    /// True when the text has more than `limit` characters, counted only as far as needed (a section title's
    /// length is checked for every numbered line of every regulation).
    func hasMore(than limit: Int) -> Bool {
        var count = 0
        for _ in self {
            count += 1
            if count > limit { return true }
        }
        return false
    }
}
