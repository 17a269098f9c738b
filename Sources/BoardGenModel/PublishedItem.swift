/// Something a page shows that the check can find again: the one contract between rendering and
/// checking. Views carry an item's `mark` into the page (templates write it as `data-item`), and
/// the checker reads marks back with `init(mark:)`, so neither side assembles or parses the text
/// on its own.
package enum PublishedItem: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A contact channel (`contact:it-phone`).
    case contact(String)
    /// A consultant timetable (`timetable:consultations`).
    case timetable(String)
    /// One person's row in a timetable (`person:ivanova`).
    case person(String)
    /// A desk as a whole (`desk:school-desk`).
    case desk(String)
    /// One layer of a desk's hours (`hours:school-desk:intake`).
    case deskHours(desk: String, layer: DeskLayer)
    /// What an audience must tell a desk (`tell:school-desk:parents`; `all` without an audience).
    case tell(desk: String, audience: Audience?)
    /// A regulation's approval block (`approval:help`).
    case approval(regulation: String)
    /// A regulation on the list of regulations (`regulation:help`).
    case regulation(String)
    /// A regulation's deadlines table (`deadlines:help`).
    case deadlines(regulation: String)
    /// An appendix log form (`form:journal-log`).
    case form(String)
    /// A notice of the board (`notice:contacts-parents`).
    case notice(String)
    /// The policy's requirement of a channel kind for an audience, which has no element of its own
    /// (`contact:phone`): findings name it, pages never carry it.
    case channelKind(Channel.Kind)

    /// The layers of a desk's hours.
    package enum DeskLayer: String, Sendable, Hashable, CaseIterable {
        case intake, processing
    }

    /// The text written into the page's `data-item` attribute and into findings.
    package var mark: String {
        switch self {
        case .contact(let id): "contact:\(id)"
        case .timetable(let id): "timetable:\(id)"
        case .person(let id): "person:\(id)"
        case .desk(let id): "desk:\(id)"
        case .deskHours(let desk, let layer): "hours:\(desk):\(layer.rawValue)"
        case .tell(let desk, let audience): "tell:\(desk):\(audience?.rawValue ?? "all")"
        case .approval(let regulation): "approval:\(regulation)"
        case .regulation(let id): "regulation:\(id)"
        case .deadlines(let regulation): "deadlines:\(regulation)"
        case .form(let id): "form:\(id)"
        case .notice(let id): "notice:\(id)"
        case .channelKind(let kind): "contact:\(kind.rawValue)"
        }
    }

    /// The item a page's mark names, or nil for text that is not a mark. Ids never contain ':'
    /// (BG108), so the parts split unambiguously. `contact:phone` reads as the channel `phone`.
    package init?(mark: String) {
        let parts = mark.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch (parts[0], parts.count) {
        case ("contact", 2): self = .contact(parts[1])
        case ("timetable", 2): self = .timetable(parts[1])
        case ("person", 2): self = .person(parts[1])
        case ("desk", 2): self = .desk(parts[1])
        case ("approval", 2): self = .approval(regulation: parts[1])
        case ("regulation", 2): self = .regulation(parts[1])
        case ("deadlines", 2): self = .deadlines(regulation: parts[1])
        case ("form", 2): self = .form(parts[1])
        case ("notice", 2): self = .notice(parts[1])
        case ("hours", 3):
            guard let layer = DeskLayer(rawValue: parts[2]) else { return nil }
            self = .deskHours(desk: parts[1], layer: layer)
        case ("tell", 3):
            guard parts[2] == "all" || Audience(rawValue: parts[2]) != nil else { return nil }
            self = .tell(desk: parts[1], audience: Audience(rawValue: parts[2]))
        default: return nil
        }
    }

    package var description: String { mark }

    package static func < (lhs: PublishedItem, rhs: PublishedItem) -> Bool { lhs.mark < rhs.mark }
}
