/// Who a channel, desk or regulation serves.
public enum Audience: String, CaseIterable, Sendable, Hashable, Comparable {
    case staff
    case parents
    case pupils

    public static func < (lhs: Audience, rhs: Audience) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The language of every generated label.
public enum SiteLanguage: String, Sendable, Hashable, CaseIterable {
    case ru
    case en
}
