extension DeadlineRule {
    /// Human text: "не позднее чем за 2 недели до конца отчётного периода" / "at least 2 weeks before the end of the term".
    public func format(_ language: ScheduleLanguage) -> String {
        switch (kind, language) {
        case let (.beforeEnd(amount, unit), .ru):
            return "не позднее чем за \(DeadlineRule.quantity(amount, unit, .ru)) до конца отчётного периода"
        case let (.beforeEnd(amount, unit), .en):
            return "no later than \(DeadlineRule.quantity(amount, unit, .en)) before the end of the term"
        case let (.afterStart(amount, unit), .ru):
            return "через \(DeadlineRule.quantity(amount, unit, .ru)) после начала отчётного периода"
        case let (.afterStart(amount, unit), .en):
            return "\(DeadlineRule.quantity(amount, unit, .en)) after the start of the term"
        case let (.atLeastPerWeek(times), .ru):
            return "не реже \(DeadlineRule.russianTimes(times)) в неделю"
        case let (.atLeastPerWeek(times), .en):
            return "at least \(times == 1 ? "once" : times == 2 ? "twice" : "\(times) times") a week"
        }
    }

    /// "2 недели", "1 рабочий день", "3 days".
    static func quantity(_ amount: Int, _ unit: Unit, _ language: ScheduleLanguage) -> String {
        switch language {
        case .en:
            let noun = unit == .days ? "day" : unit == .weeks ? "week" : "working day"
            return "\(amount) \(noun)\(amount == 1 ? "" : "s")"
        case .ru:
            let forms: [String] =
                switch unit {
                case .days: ["день", "дня", "дней"]
                case .weeks: ["неделю", "недели", "недель"]
                case .workingDays: ["рабочий день", "рабочих дня", "рабочих дней"]
                }
            return "\(amount) \(forms[russianPluralIndex(amount)])"
        }
    }

    /// "одного раза", "двух раз", "3 раз".
    static func russianTimes(_ times: Int) -> String {
        switch times {
        case 1: return "одного раза"
        case 2: return "двух раз"
        case 3: return "трёх раз"
        default: return "\(times) раз"
        }
    }
}

/// 0 for 1/21/31 ("день"), 1 for 2-4/22-24 ("дня"), 2 otherwise ("дней").
func russianPluralIndex(_ n: Int) -> Int {
    let n100 = abs(n) % 100, n10 = abs(n) % 10
    if n10 == 1 && n100 != 11 { return 0 }
    if (2...4).contains(n10) && !(12...14).contains(n100) { return 1 }
    return 2
}
