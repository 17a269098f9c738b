/// What kind of document a file in regulations/ is, as the school calls it: its labels on the
/// site and the board, and whether it must carry an approval, follow from the kind.
package enum DocumentKind: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case regulation = "регламент"
    case statute = "положение"
    case procedure = "порядок"
    case instruction = "инструкция"
    case memo = "памятка"
    case announcement = "объявление"

    /// The kinds that must carry an approval unless policy.yaml says otherwise: normative acts
    /// are approved by an order; instructions, memos and announcements are not.
    package static let approvedByDefault: Set<DocumentKind> = [.regulation, .statute, .procedure]

    /// The order in which the site and the board list kinds.
    package var rank: Int {
        switch self {
        case .regulation: 0
        case .statute: 1
        case .procedure: 2
        case .instruction: 3
        case .memo: 4
        case .announcement: 5
        }
    }

    package static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool { lhs.rank < rhs.rank }
}
