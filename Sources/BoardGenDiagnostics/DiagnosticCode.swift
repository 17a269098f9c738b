/// Every code boardgen reports outside the schedule library, declared once.
///
/// The raw value is the code printed in `[BG…]`; the registry entry of each case (its severity,
/// area, summary and explanation) is in `DiagnosticCode+Registry.swift`, reached through an
/// exhaustive switch, so a new case does not compile until it is described. The schedule
/// library's own codes (BG2xx) are `ScheduleCode`; `DiagnosticRegistry` lists both.
public enum DiagnosticCode: String, CaseIterable, Sendable, Hashable, Codable {
    // BG1xx: reading the content folder.
    case unreadableFile = "BG100"
    case yamlSyntax = "BG101"
    case notUTF8 = "BG102"
    case unknownKey = "BG103"
    case wrongType = "BG104"
    case missingKey = "BG105"
    case duplicateID = "BG106"
    case unknownReference = "BG107"
    case invalidValue = "BG108"
    case invalidDate = "BG109"
    case frontMatter = "BG110"
    case emptyFile = "BG111"
    case fileTooLarge = "BG112"
    case linkOutsideContent = "BG113"
    case unusableFileName = "BG114"
    case redundantWord = "BG115"
    case malformedPhone = "BG120"
    case malformedEmail = "BG121"
    case malformedURL = "BG122"
    case phoneWithoutAreaCode = "BG123"
    case phoneNotDialable = "BG124"
    case malformedSMS = "BG125"
    case responseTimeNotRule = "BG126"
    case exampleValue = "BG130"
    // BG3xx: Markdown, directives and links in regulations.
    case unknownDirective = "BG301"
    case directiveArguments = "BG302"
    case rawHTMLDropped = "BG303"
    case unsafeLinkDropped = "BG304"
    case unknownInlineMarker = "BG305"
    case attachmentMissing = "BG306"
    case attachmentOutsideContent = "BG307"
    case attachmentNotPublished = "BG308"
    case imageWithoutAlt = "BG309"
    case tableTooLarge = "BG310"
    // BG4xx: what `check` requires of the content and the published output.
    case audienceWithoutChannel = "BG401"
    case channelAddressMissing = "BG402"
    case blankInRegulation = "BG403"
    case timetableNotPublished = "BG404"
    case responseTimeBlank = "BG405"
    case consultantWithoutSlots = "BG406"
    case deskHoursIncomplete = "BG407"
    case approvalMissing = "BG409"
    case notOnWebsite = "BG410"
    case notOnBoard = "BG411"
    case timetableWithoutPeople = "BG412"
    case gridDaysDropSlots = "BG413"
    case approvalIncomplete = "BG414"
    case hoursWithoutTimes = "BG415"
    case stampsMissingFact = "BG416"
    case nothingRequired = "BG417"
    // BG5xx: the notice board.
    case noticeTooLong = "BG501"
    case noticeLeavesOutContacts = "BG502"
    // BG6xx: templates.
    case templateSyntax = "BG601"
    case templateMissing = "BG602"
    // BG7xx: the output folder.
    case unsafeOutputFolder = "BG701"
    case outputNotWritable = "BG702"
    // BG8xx: the deployed site (`check --url`).
    case pageNotFetched = "BG801"
    case requestFailed = "BG802"
    case pageNotHTML = "BG803"
    case crawlLimitReached = "BG804"
    case redirectedOffSite = "BG805"
    // BG9xx: `boardgen import`, drafting a site from a school's document.
    case importUnreadable = "BG901"
    case importUnsupportedFormat = "BG902"
    case importCorruptDocument = "BG903"
    case importNoText = "BG904"
    case importTooLarge = "BG905"
    case importTargetNotEmpty = "BG906"
    case importConverterMissing = "BG907"
    case importEncodingConverted = "BG908"
    case importToConfirm = "BG909"
    case importDocumentGap = "BG910"
}

/// The stage a code belongs to; the hundreds digit of its number.
public enum DiagnosticArea: String, CaseIterable, Sendable {
    case load, schedule, markdown, publication, board, templates, output, deployed, importing

    /// The heading of the area in `boardgen explain` and docs/diagnostics.md.
    public var title: String {
        switch self {
        case .load: "Reading the content folder (BG1xx)"
        case .schedule: "Opening hours, timetables and deadlines (BG2xx)"
        case .markdown: "Regulation text: Markdown, directives, links (BG3xx)"
        case .publication: "What check requires of the content and the output (BG4xx)"
        case .board: "The notice board (BG5xx)"
        case .templates: "Templates (BG6xx)"
        case .output: "The output folder (BG7xx)"
        case .deployed: "The deployed site, read over HTTP by check --url (BG8xx)"
        case .importing: "Drafting a site from a school's document: boardgen import (BG9xx)"
        }
    }
}

/// What every registered code declares: the code, its default severity and stage, and the texts
/// that `boardgen explain` prints. Both `DiagnosticCode` and the schedule library's
/// `ScheduleCode` conform.
public protocol RegisteredCode: Sendable {
    /// The printed code, e.g. `BG107`.
    var rawValue: String { get }
    /// The severity a finding with this code has unless its check says otherwise.
    var severity: Diagnostic.Severity { get }
    /// Where in the pipeline it is raised.
    var area: DiagnosticArea { get }
    /// One line: what the code means.
    var summary: String { get }
    /// A few sentences: why boardgen reports it.
    var explanation: String { get }
    /// A concrete input that triggers it.
    var example: String { get }
    /// What to write instead.
    var fix: String { get }
    /// True when the finding is about how boardgen was called (exit code 2), not about content.
    var isUsageError: Bool { get }
}

extension RegisteredCode {
    /// The number after `BG`.
    public var number: Int { Int(rawValue.dropFirst(2)) ?? 0 }
}
