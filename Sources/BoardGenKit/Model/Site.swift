/// Everything loaded from one content folder, references not yet checked.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var channels: [Channel]
    public var people: [Person]
    public var timetables: [TimetableDefinition]
    public var desks: [Desk]
    public var regulations: [Regulation]
    public var board: BoardDefinition?
    /// What `boardgen check` requires (policy.yaml or the default).
    public var policy: PublicationPolicy = .default
    /// The absolute path of the content folder.
    public var contentRoot: String
    /// Content files that exist but could not be loaded; references into them are not reported again.
    public var brokenFiles: Set<String> = []

    /// Ids of items whose definitions were reported as broken, by file.
    public var brokenIDs: [String: Set<String>] = [:]

    /// True when a reference cannot be judged: its file or its definition is already reported as broken.
    public func isAlreadyReported(_ id: String, in file: String) -> Bool {
        brokenFiles.contains(file) || brokenIDs[file]?.contains(id) == true
    }

    /// A channel by id.
    public func channel(_ id: String) -> Channel? { channels.first { $0.id == id } }
    /// A person by id.
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    /// A timetable by id.
    public func timetable(_ id: String) -> TimetableDefinition? { timetables.first { $0.id == id } }
    /// A desk by id.
    public func desk(_ id: String) -> Desk? { desks.first { $0.id == id } }
    /// A regulation by slug.
    public func regulation(_ id: String) -> Regulation? { regulations.first { $0.id == id } }
    /// A log form by id, from any regulation's appendices.
    public func form(_ id: String) -> (LogForm, Regulation)? {
        for regulation in regulations {
            if let form = regulation.appendices.first(where: { $0.id == id }) { return (form, regulation) }
        }
        return nil
    }
}
