extension ResponseRule {
    /// The rule as a regulation states it: "в день поступления", "не позднее следующего рабочего дня",
    /// "не позднее 2 часов первого рабочего дня, следующего за днём обращения", "в течение 10 рабочих
    /// дней с даты регистрации" / "on the day of receipt", "within 10 working days of registration".
    /// `ResponseRule.parse` reads it back to an equal rule.
    public func format(_ language: ScheduleLanguage) -> String {
        switch language {
        case .ru: russian
        case .en: english
        }
    }
}

private extension ResponseRule {
    var russian: String {
        switch kind {
        case .sameDay:
            return "в день \(anchor.russianNoun)"
        case .nextWorkingDay where anchor == .receipt:
            return "не позднее следующего рабочего дня"
        case .nextWorkingDay:
            return "не позднее рабочего дня, следующего за днём \(anchor.russianNoun)"
        case let .hoursIntoNextWorkingDay(hours):
            let noun = russianPluralIndex(hours) == 0 ? "часа" : "часов"
            return "не позднее \(hours) \(noun) первого рабочего дня, следующего за днём \(anchor.russianNoun)"
        case let .within(amount, unit):
            return "в течение \(amount) \(unit.russianGenitive(amount)) \(anchor.russianFrom(unit))"
        }
    }

    var english: String {
        switch kind {
        case .sameDay:
            return "on the day of \(anchor.rawValue)"
        case .nextWorkingDay:
            return "by the end of the next working day after the day of \(anchor.rawValue)"
        case let .hoursIntoNextWorkingDay(hours):
            return "no later than \(hours) hour\(hours == 1 ? "" : "s") into the first working day after the day of "
                + anchor.rawValue
        case let .within(amount, unit):
            return "within \(amount) \(unit.english(amount)) of \(anchor.rawValue)"
        }
    }
}

private extension ResponseRule.Anchor {
    /// "поступления", "обращения", "регистрации".
    var russianNoun: String {
        switch self {
        case .submission: "обращения"
        case .receipt: "поступления"
        case .registration: "регистрации"
        }
    }

    /// "со дня поступления", "с даты регистрации", "с момента обращения".
    func russianFrom(_ unit: ResponseRule.Unit) -> String {
        switch (unit, self) {
        case (.hours, _), (.workingHours, _): "с момента \(russianNoun)"
        case (_, .registration): "с даты регистрации"
        default: "со дня \(russianNoun)"
        }
    }
}

private extension ResponseRule.Unit {
    /// The genitive after "в течение N": "1 рабочего дня", "10 рабочих дней", "21 дня", "2 часов".
    func russianGenitive(_ amount: Int) -> String {
        let one = russianPluralIndex(amount) == 0
        switch self {
        case .workingDays: return one ? "рабочего дня" : "рабочих дней"
        case .days: return one ? "дня" : "дней"
        case .workingHours: return one ? "рабочего часа" : "рабочих часов"
        case .hours: return one ? "часа" : "часов"
        }
    }

    /// "working days", "day", "hours".
    func english(_ amount: Int) -> String {
        let noun: String =
            switch self {
            case .workingDays: "working day"
            case .days: "day"
            case .workingHours: "working hour"
            case .hours: "hour"
            }
        return amount == 1 ? noun : noun + "s"
    }
}
