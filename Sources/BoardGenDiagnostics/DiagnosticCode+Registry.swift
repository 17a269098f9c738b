extension DiagnosticCode: RegisteredCode {
    /// The severity a finding has unless its check decides (BG402 is an error for a required kind).
    public var severity: Diagnostic.Severity {
        switch self {
        case .rawHTMLDropped, .unsafeLinkDropped, .redundantWord, .stampsMissingFact, .imageWithoutAlt,
            .blankInRegulation, .responseTimeBlank, .consultantWithoutSlots, .hoursWithoutTimes,
            .phoneWithoutAreaCode, .phoneNotDialable, .noticeLeavesOutContacts, .responseTimeNotRule,
            .importEncodingConverted, .importToConfirm, .importDocumentGap, .exampleValue:
            .warning
        case .unreadableFile, .yamlSyntax, .notUTF8, .unknownKey, .wrongType, .missingKey, .duplicateID,
            .unknownReference, .invalidValue, .invalidDate, .frontMatter, .emptyFile, .fileTooLarge,
            .linkOutsideContent, .unusableFileName, .malformedPhone, .malformedEmail, .malformedURL,
            .malformedSMS, .unknownDirective, .directiveArguments, .unknownInlineMarker, .attachmentMissing,
            .attachmentOutsideContent, .attachmentNotPublished, .tableTooLarge, .audienceWithoutChannel,
            .channelAddressMissing,
            .timetableNotPublished, .deskHoursIncomplete, .approvalMissing, .notOnWebsite, .notOnBoard,
            .timetableWithoutPeople, .gridDaysDropSlots, .approvalIncomplete,
            .noticeTooLong, .templateSyntax, .templateMissing, .unsafeOutputFolder, .outputNotWritable,
            .nothingRequired, .pageNotFetched, .requestFailed, .pageNotHTML, .crawlLimitReached, .redirectedOffSite,
            .importUnreadable, .importUnsupportedFormat, .importCorruptDocument, .importNoText, .importTooLarge,
            .importTargetNotEmpty, .importConverterMissing:
            .error
        }
    }

    /// The stage, from the hundreds digit.
    public var area: DiagnosticArea {
        switch number / 100 {
        case 1: .load
        case 2: .schedule
        case 3: .markdown
        case 4: .publication
        case 5: .board
        case 6: .templates
        case 7: .output
        case 8: .deployed
        default: .importing
        }
    }

    /// One line: what the code means (the tables in docs/diagnostics.md are made from these).
    public var summary: String {
        switch self {
        case .unreadableFile:
            "a file or folder cannot be read (permissions, a dangling link, a file where a folder is expected)"
        case .yamlSyntax: "YAML syntax error (tabs, indentation, unclosed quotes or brackets, anchors and aliases)"
        case .notUTF8: "not UTF-8 text: cp1251 from Word, UTF-16, NUL bytes"
        case .unknownKey: "unknown key, with a \"did you mean\" suggestion"
        case .wrongType: "wrong type of value (a list where text is expected, …)"
        case .missingKey: "a required key is missing or empty"
        case .duplicateID: "duplicate id, slug or key"
        case .unknownReference: "a reference to an id that does not exist"
        case .invalidValue: "an invalid value (id characters, enumeration, url, time zone)"
        case .invalidDate: "an invalid date or date range"
        case .frontMatter: "a regulation's front matter is missing or never closed"
        case .emptyFile: "a content file is empty"
        case .fileTooLarge: "a content file is larger than 4 MiB"
        case .linkOutsideContent: "a symbolic link points outside the content folder"
        case .unusableFileName: "a file name or slug that cannot become a page name"
        case .exampleValue: "a value is still the example `boardgen init` wrote (its line says # пример)"
        case .redundantWord: "a value repeats a word the page adds itself (\"№ 663\" prints \"№ № 663\")"
        case .malformedPhone: "a phone number that cannot be read"
        case .malformedEmail: "an e-mail address that cannot be read"
        case .malformedURL: "a web address that is not absolute or contains spaces"
        case .phoneWithoutAreaCode: "a local phone number without its area code: published as written, without a link"
        case .phoneNotDialable:
            "a phone number that is not a complete, valid Russian number: published as written, without a link"
        case .malformedSMS: "an SMS channel's number is neither a short number nor a mobile number"
        case .responseTimeNotRule: "a desk's response_time is published as written but is not a rule boardgen can count"
        case .unknownDirective: "unknown directive in a fenced block of a regulation"
        case .directiveArguments: "a directive's arguments are wrong (or its body is ignored: a warning)"
        case .rawHTMLDropped: "raw HTML in a regulation was dropped"
        case .unsafeLinkDropped: "an unsafe link (javascript:, data:, …) was dropped"
        case .unknownInlineMarker: "unknown or incomplete inline marker [[…]]"
        case .attachmentMissing: "a file a regulation links to is not in the content folder, or is not a readable file"
        case .attachmentOutsideContent: "a link to a file leads outside the content folder (../ past it, or a link out)"
        case .attachmentNotPublished:
            "a linked file cannot be published: its type (SVG, archives, …), size, or place (hidden, absolute)"
        case .imageWithoutAlt: "an image in a regulation has no alt text"
        case .tableTooLarge: "the tables of a regulation have more cells than boardgen renders (100,000)"
        case .audienceWithoutChannel: "an audience has no phone (or e-mail) at all"
        case .channelAddressMissing: "a channel is announced but its address is missing (error for a required kind)"
        case .blankInRegulation: "a regulation leaves a blank ([[пропуск]]) where a value is promised"
        case .timetableNotPublished: "a regulation relies on a timetable that is not published"
        case .responseTimeBlank: "a desk's response_time is left blank"
        case .consultantWithoutSlots: "a consultant in a published timetable has no slots"
        case .deskHoursIncomplete: "a desk states one layer of its hours (intake or processing) but not the other"
        case .approvalMissing: "a regulation has no approval data"
        case .stampsMissingFact: "an approval's stamps do not show a fact it declares (order number, date, approver)"
        case .nothingRequired: "the site publishes no contact, timetable or desk: nothing for readers, nothing to check"
        case .notOnWebsite: "a required item is not published on any website page"
        case .notOnBoard: "a required item is not published on any board notice"
        case .timetableWithoutPeople: "a published timetable has no people (none listed, or none of them exists)"
        case .gridDaysDropSlots: "a grid timetable's days leave out weekdays on which its people have slots"
        case .approvalIncomplete: "an approval block lacks its order number, order date or approver"
        case .hoursWithoutTimes:
            "hours that are a status, not times (\"уточняется\", \"по записи\"): not counted as published hours"
        case .noticeTooLong: "a notice does not fit on one A4 sheet"
        case .noticeLeavesOutContacts:
            "a regulation's notice has no room for the contacts it uses; board.yaml's channels: chooses them"
        case .templateSyntax: "template syntax error"
        case .templateMissing: "a template or partial is missing"
        case .unsafeOutputFolder: "the output folder is unsafe to replace (inside the content, or not made by boardgen)"
        case .outputNotWritable: "the output folder cannot be written or swapped into place"
        case .pageNotFetched: "a page of the deployed site answered with an HTTP status other than 200"
        case .requestFailed:
            "a page of the deployed site could not be fetched (timeout, TLS, connection, redirect loop)"
        case .pageNotHTML: "a page the deployed site links as a page is not HTML"
        case .crawlLimitReached: "the deployed site has more pages, or takes longer, than check --url reads"
        case .redirectedOffSite: "a page of the deployed site redirects outside the site"
        case .importUnreadable: "a document given to import does not exist or cannot be read"
        case .importUnsupportedFormat: "a document given to import is not in a format boardgen reads"
        case .importCorruptDocument: "a document given to import is damaged, encrypted or protected by a password"
        case .importNoText: "a document given to import holds no text"
        case .importTooLarge: "a document given to import is larger than a regulation can be"
        case .importTargetNotEmpty: "the folder import would draft into already holds files"
        case .importConverterMissing: "pandoc, which reads Word and OpenDocument files, is not installed"
        case .importEncodingConverted: "a text document was not UTF-8 and was converted"
        case .importToConfirm: "a fact import drafted from the document needs the webmaster's confirmation"
        case .importDocumentGap: "the document leaves something out (a blank, a channel without address, a missing timetable)"
        }
    }

    /// Only an unsafe output folder is a mistake in the command line rather than in the content.
    public var isUsageError: Bool { self == .unsafeOutputFolder || self == .importTargetNotEmpty || self == .importUnreadable }
}
