import BoardGenDiagnostics
import BoardGenSupport
import ScheduleModel

/// What a regulation puts on the notice board by itself (without board.yaml).
package enum BoardNoticeMode: String, Sendable, CaseIterable, Codable {
    /// No notice of its own.
    case none
    /// One sheet: its deadlines, whom to contact, the rules it marks, and a QR code to its page.
    case summary
    /// The whole text, over as many numbered sheets as it needs (an instruction, a памятка).
    case full
}

/// A reference from a regulation's `uses:` list.
package struct UsedItem: Sendable, Hashable, Codable {
    /// What kind of data is referenced.
    package enum Kind: String, Sendable, CaseIterable, Codable {
        case contacts, people, desks, timetables

        /// The singular noun of an item of this kind, for messages ("no contact with id …").
        package var noun: String {
            switch self {
            case .contacts: "contact"
            case .people: "person"
            case .desks: "desk"
            case .timetables: "timetable"
            }
        }

        /// The content file that defines items of this kind.
        package var file: String {
            switch self {
            case .contacts: "contacts.yaml"
            case .people: "people.yaml"
            case .desks: "desks.yaml"
            case .timetables: "timetables.yaml"
            }
        }
    }

    package var kind: Kind
    package var reference: Reference

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        kind: Kind,
        reference: Reference
    ) {
        self.kind = kind
        self.reference = reference
    }
}

/// The approval block of a regulation.
package struct Approval: Sendable, Codable {
    package var preamble: String?
    /// The heading of the approval stamp as written ("Утверждаю:").
    package var heading: String?
    package var approvedByPosition: String?
    package var approvedByName: String?
    package var orderNumber: String?
    package var orderDate: LocalDate?
    /// The date an official signed the approval personally ("УТВЕРЖДАЮ / Директор / ___ Т.Г. Абакумова /
    /// «31» августа 2023 г.", ГОСТ Р 7.0.97-2016, 5.21): such an approval has no order to cite.
    package var approvedByDate: LocalDate? = nil
    package var adoptedWith: [Adoption]
    /// The approval and adoption stamps exactly as the document prints them, in its order; when
    /// given, they are what the page shows, and the fields above are facts the check verifies.
    package var stamps: [ApprovalStamp] = []
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        preamble: String? = nil,
        heading: String? = nil,
        approvedByPosition: String? = nil,
        approvedByName: String? = nil,
        orderNumber: String? = nil,
        orderDate: LocalDate? = nil,
        adoptedWith: [Adoption],
        location: SourceLocation
    ) {
        self.preamble = preamble
        self.heading = heading
        self.approvedByPosition = approvedByPosition
        self.approvedByName = approvedByName
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.adoptedWith = adoptedWith
        self.location = location
    }
}

/// "Принято с учетом мнения Педагогического совета (протокол от 08.05.2018 № 2)".
package struct Adoption: Sendable, Codable {
    package var body: String
    package var protocolNumber: String?
    package var date: LocalDate?

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        body: String,
        protocolNumber: String? = nil,
        date: LocalDate? = nil
    ) {
        self.body = body
        self.protocolNumber = protocolNumber
        self.date = date
    }
}

/// A term-relative deadline of a regulation.
package struct DeadlineSpec: Sendable, Codable {
    package var id: String
    package var title: String
    package var rule: DeadlineRule
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        title: String,
        rule: DeadlineRule,
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.rule = rule
        self.location = location
    }
}

/// A blank log form (an appendix) printed as a ruled table.
package struct LogForm: Sendable, Identifiable, Codable {
    package var id: String
    package var label: String?
    package var title: String
    package var columns: [String]
    package var rows: Int
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        label: String? = nil,
        title: String,
        columns: [String],
        rows: Int,
        location: SourceLocation
    ) {
        self.id = id
        self.label = label
        self.title = title
        self.columns = columns
        self.rows = rows
        self.location = location
    }
}

/// A footnote printed under the body as written.
package struct Footnote: Sendable, Codable {
    package var mark: String
    package var text: String

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        mark: String,
        text: String
    ) {
        self.mark = mark
        self.text = text
    }
}

/// One block of a document's approval as printed ("ПРИНЯТО / на заседании педагогического
/// совета / протокол № 1 от 28.08.2026"), its lines exactly as written.
package struct ApprovalStamp: Sendable, Hashable, Codable {
    /// Where the block stands on the printed page.
    package enum Side: String, Sendable, Hashable, CaseIterable, Codable {
        case left, right, full
    }

    /// An approval or adoption block, or the stamp of an electronic signature.
    package enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case approval, signature
    }

    package var side: Side
    package var kind: Kind
    package var lines: [String]
    package var location: SourceLocation

    /// Makes a stamp.
    package init(side: Side, kind: Kind, lines: [String], location: SourceLocation) {
        self.side = side
        self.kind = kind
        self.lines = lines
        self.location = location
    }
}
