import BoardGenSupport

/// Everything loaded from one content folder, references not yet checked.
package struct Site: Sendable {
    package var settings: SiteSettings
    package var channels: [Channel]
    package var people: [Person]
    package var timetables: [TimetableDefinition]
    package var desks: [Desk]
    package var regulations: [Regulation] {
        didSet { reindex() }
    }
    package var board: BoardDefinition?
    /// What `boardgen check` requires (policy.yaml or the default).
    package var policy: PublicationPolicy = .default
    /// The absolute path of the content folder.
    package var contentRoot: String
    /// Content files that exist but could not be loaded; references into them are not reported again.
    package var brokenFiles: Set<String> = []

    /// Ids of items whose definitions were reported as broken, by file.
    package var brokenIDs: [String: Set<String>] = [:]

    /// Regulation slug → position, and log-form id → (regulation, appendix) positions: a site
    /// of 10,000 regulations looks them up for every form directive and board notice.
    /// The kinds of the site's documents, each once, in their order (the menu's and the index's
    /// headings). Kept with the indexes: a set of 10,000 kinds, hashed by their Russian names, was
    /// made four times per build.
    package private(set) var documentKinds: [DocumentKind] = []
    private var regulationPositions: [String: Int] = [:]
    private var formPositions: [String: (regulation: Int, form: Int)] = [:]

    /// Makes a site.
    package init(
        settings: SiteSettings, channels: [Channel], people: [Person], timetables: [TimetableDefinition],
        desks: [Desk], regulations: [Regulation], board: BoardDefinition?, contentRoot: String
    ) {
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
    package func isAlreadyReported(_ id: String, in file: String) -> Bool {
        brokenFiles.contains(file) || brokenIDs[file]?.contains(id) == true
    }

    /// A channel by id.
    package func channel(_ id: String) -> Channel? { channels.first { $0.id == id } }
    /// A person by id.
    package func person(_ id: String) -> Person? { people.first { $0.id == id } }
    /// A timetable by id.
    package func timetable(_ id: String) -> TimetableDefinition? { timetables.first { $0.id == id } }
    /// A desk by id.
    package func desk(_ id: String) -> Desk? { desks.first { $0.id == id } }
    /// A regulation by slug.
    package func regulation(_ id: String) -> Regulation? { regulationPositions[id].map { regulations[$0] } }
    /// A log form by id, from any regulation's appendices.
    package func form(_ id: String) -> (LogForm, Regulation)? {
        guard let position = formPositions[id] else { return nil }
        let regulation = regulations[position.regulation]
        return (regulation.appendices[position.form], regulation)
    }

    /// The first regulation (and appendix) with each id wins, as a linear search would find it.
    private mutating func reindex() {
        regulationPositions = Dictionary(minimumCapacity: regulations.count)
        formPositions = [:]
        var kinds: [DocumentKind] = []
        for (index, regulation) in regulations.enumerated() {
            if !kinds.contains(regulation.kind) { kinds.append(regulation.kind) }
            if regulationPositions[regulation.id] == nil { regulationPositions[regulation.id] = index }
            for (formIndex, form) in regulation.appendices.enumerated() where formPositions[form.id] == nil {
                formPositions[form.id] = (index, formIndex)
            }
        }
        documentKinds = kinds.sorted()
    }
}
