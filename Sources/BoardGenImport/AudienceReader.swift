import BoardGenModel

/// Who a section or sentence is about: сотрудники/учителя (staff), родители (parents),
/// обучающиеся/учащиеся (pupils). "родителям обучающихся" names parents only.
enum AudienceReader {
    static func audiences(in text: String) -> [Audience] {
        let lower = text.lowercased()
        var result: [Audience] = []
        if ["сотрудник", "учител", "педагог", "работник", "администрац"].contains(where: lower.contains) {
            result.append(.staff)
        }
        if lower.contains("родител") { result.append(.parents) }
        let pupilWords = ["обучающимся", "обучающиеся", "обучающимися", "учащи", "ученик", "ученица", "школьник"]
        if pupilWords.contains(where: lower.contains) || !lower.contains("родител") && lower.contains("обучающихся") {
            result.append(.pupils)
        }
        return result
    }

    /// The Russian words for a list of audiences ("сотрудники, родители").
    static func words(_ audiences: [Audience]) -> String {
        audiences.map { audience in
            switch audience {
            case .staff: "сотрудники"
            case .parents: "родители"
            case .pupils: "обучающиеся"
            }
        }.joined(separator: ", ")
    }

    /// "для сотрудников" and the like, for a drafted label.
    static func forWhom(_ audiences: [Audience]) -> String {
        guard audiences.count == 1, let audience = audiences.first else { return "" }
        switch audience {
        case .staff: return " для сотрудников"
        case .parents: return " для родителей (законных представителей)"
        case .pupils: return " для обучающихся"
        }
    }
}
