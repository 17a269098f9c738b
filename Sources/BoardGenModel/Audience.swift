/// Who a channel, desk or regulation serves.
package enum Audience: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case staff
    case parents
    case pupils

    package static func < (lhs: Audience, rhs: Audience) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The order in which audiences are listed: staff, parents, pupils.
    private var rank: Int {
        switch self {
        case .staff: 0
        case .parents: 1
        case .pupils: 2
        }
    }
}

/// The language of every generated label.
package enum SiteLanguage: String, Sendable, Hashable, CaseIterable {
    case ru
    case en
}
