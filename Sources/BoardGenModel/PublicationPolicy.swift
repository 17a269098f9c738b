/// What `boardgen check` requires, from `policy.yaml` or the default that encodes the seeds' rules:
/// every audience has a phone and an e-mail; contacts, timetables and desk hours are published on
/// the website and on the board; every regulation shows its approval.
package struct PublicationPolicy: Sendable {
    /// Where an item must appear.
    package enum Place: String, Sendable, CaseIterable, Codable {
        case site
        case board
    }

    /// The audiences the school serves; nil means those named by regulations and channels.
    package var audiences: [Audience]?
    /// Channel kinds every audience needs at least one of (with an address).
    package var perAudience: [Channel.Kind]
    /// Where phone and e-mail channels must appear.
    package var contacts: [Place]
    /// Where published timetables must appear.
    package var timetables: [Place]
    /// Where support-desk hours must appear.
    package var deskHours: [Place]
    /// Whether every regulation must carry and show its approval data.
    package var requiresApproval: Bool
    /// The document kinds that must carry and show an approval (when `requiresApproval`).
    package var approvalKinds: Set<DocumentKind> = DocumentKind.approvedByDefault
    /// Warn when a timetable expires within this many days of "today".
    package var expiryWarningDays: Int

    /// The default policy.
    package static let `default` = PublicationPolicy(
        audiences: nil, perAudience: [.phone, .email], contacts: [.site, .board], timetables: [.site, .board],
        deskHours: [.site, .board], requiresApproval: true, expiryWarningDays: 30)

    /// True when this document must carry and show its approval.
    package func requiresApproval(of regulation: Regulation) -> Bool {
        requiresApproval && approvalKinds.contains(regulation.kind)
    }

    /// The audiences in force for a site.
    package func servedAudiences(of site: Site) -> [Audience] {
        if let audiences { return audiences }
        let named = Set(site.regulations.flatMap(\.audiences) + site.channels.flatMap(\.audiences))
        return Audience.allCases.filter(named.contains)
    }
}
