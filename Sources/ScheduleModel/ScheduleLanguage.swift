/// The language of human-readable schedule text.
public enum ScheduleLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    /// Russian, the language of the regulations.
    case ru
    /// English.
    case en
}
