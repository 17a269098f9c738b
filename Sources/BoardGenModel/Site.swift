import BoardGenSupport

/// Everything loaded from one content folder, references not yet checked.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var channels: [Channel]
    public var people: [Person]
    public var timetables: [TimetableDefinition]
    public var desks: [Desk]
    public var regulations: [Regulation] {
        didSet { reindex() }
    }
    public var board: BoardDefinition?
    /// What `boardgen check` requires (policy.yaml or the default).
    public var policy: PublicationPolicy = .default
    /// The absolute path of the content folder.
    public var contentRoot: String
    /// Content files that exist but could not be loaded; references into them are not reported again.
    public var brokenFiles: Set<String> = []

    /// Ids of items whose definitions were reported as broken, by file.
    public var brokenIDs: [String: Set<String>] = [:]

    /// Regulation slug → position, and log-form id → (regulation, appendix) positions: a site
    /// of 10,000 regulations looks them up for every form directive and board notice.
    private var regulationPositions: [String: Int] = [:]
    private var formPositions: [String: (regulation: Int, form: Int)] = [:]

    /// Makes a site.
    public init(settings: SiteSettings, channels: [Channel], people: [Person], timetables: [TimetableDefinition],
                desks: [Desk], regulations: [Regulation], board: BoardDefinition?, contentRoot: String) {
        self.settings = settings
        self.channels = channels
        self.people = people
        self.timetables = timetables
        self.desks = desks
        self.regulations = regulations
        self.board = board
        self.contentRoot = contentRoot
        reindex()
    }

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
    public func regulation(_ id: String) -> Regulation? { regulationPositions[id].map { regulations[$0] } }
    /// A log form by id, from any regulation's appendices.
    public func form(_ id: String) -> (LogForm, Regulation)? {
        guard let position = formPositions[id] else { return nil }
        let regulation = regulations[position.regulation]
        return (regulation.appendices[position.form], regulation)
    }

    /// The first regulation (and appendix) with each id wins, as a linear search would find it.
    private mutating func reindex() {
        regulationPositions = [:]
        formPositions = [:]
        for (index, regulation) in regulations.enumerated() {
            if regulationPositions[regulation.id] == nil { regulationPositions[regulation.id] = index }
            for (formIndex, form) in regulation.appendices.enumerated() where formPositions[form.id] == nil {
                formPositions[form.id] = (index, formIndex)
            }
        }
    }
}
