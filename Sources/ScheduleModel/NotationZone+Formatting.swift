extension NotationZone {
    /// How the zone is written after the times: "по московскому времени", "по времени МСК+2" /
    /// "Moscow time", "MSK+2". `OpeningHours.parse` reads both back.
    public func phrase(_ language: ScheduleLanguage) -> String {
        switch language {
        case .ru: isMoscow ? "по московскому времени" : "по времени МСК\(signedHours)"
        case .en: isMoscow ? "Moscow time" : "MSK\(signedHours)"
        }
    }

    /// "+2", "-1".
    private var signedHours: String { hoursFromMoscow > 0 ? "+\(hoursFromMoscow)" : "-\(-hoursFromMoscow)" }
}
