import Foundation
import Testing

@testable import ScheduleModel

@Suite("Diagnostic codes: declared once, explained, with examples that raise them")
struct ScheduleCodeTests {
    /// Codes whose `example` is an opening-hours notation refused by `OpeningHours.parse`.
    static let notationCodes: [ScheduleCode] = [
        .unknownDay, .invalidTime, .endBeforeStart, .emptyNotation, .ambiguous, .overlappingRanges, .unexpectedText,
        .fixedTimeNotRange,
    ]
    /// Codes whose `example` is a notation that `OpeningHours.parse` accepts with that warning.
    static let warningCodes: [ScheduleCode] = [.daysNotStated]
    /// Codes whose `example` is a deadline rule refused by `DeadlineRule.parse`.
    static let deadlineCodes: [ScheduleCode] = [.badDeadline]
    /// Codes whose `example` describes a situation across timetables, not an input text: not parsed here.
    static let situationCodes: [ScheduleCode] = [
        .roomDoubleBooked, .personDoubleBooked, .outsideValidity, .expired, .expiresSoon, .missingCalendarData,
    ]

    @Test("Every code has a one-line summary, an explanation, an example and a fix", arguments: ScheduleCode.allCases)
    func texts(code: ScheduleCode) {
        for text in [code.summary, code.explanation, code.example, code.fix] {
            #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(code)")
        }
        #expect(!code.summary.contains("\n"), "\(code)")
        #expect(!code.example.contains("\n"), "\(code)")
    }

    @Test("Raw values are unique BG2xx codes, printed and encoded as themselves")
    func rawValues() throws {
        let raw = ScheduleCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in ScheduleCode.allCases {
            #expect(code.rawValue.wholeMatch(of: /BG2\d\d/) != nil, "\(code.rawValue)")
            #expect(ScheduleCode(rawValue: code.rawValue) == code)
            #expect("\(code)" == code.rawValue)
            #expect(try JSONEncoder().encode([code]) == Data("[\"\(code.rawValue)\"]".utf8))
        }
    }

    @Test("Each code is either parsed from its example or explicitly listed as a situation")
    func partition() {
        let listed = Self.notationCodes + Self.warningCodes + Self.deadlineCodes + Self.situationCodes
        #expect(listed.count == ScheduleCode.allCases.count)
        #expect(Set(listed) == Set(ScheduleCode.allCases))
    }

    @Test("The example notation raises the code", arguments: notationCodes)
    func notationExample(code: ScheduleCode) throws {
        let failure = try #require(Fixture.failure(code.example), "\(code.example) should be refused")
        #expect(failure.diagnostics.first?.code == code, "\(code.example): \(failure.diagnostics)")
        #expect(failure.diagnostics.first?.severity == code.defaultSeverity)
    }

    @Test("The example notation is read, with the warning", arguments: warningCodes)
    func warningExample(code: ScheduleCode) throws {
        var warnings: [ScheduleDiagnostic] = []
        _ = try OpeningHours.parse(code.example, warnings: &warnings).get()
        #expect(warnings.map(\.code) == [code], "\(code.example): \(warnings)")
        #expect(warnings.first?.severity == .warning && code.defaultSeverity == .warning)
        for snippet in Self.backquoted(code.fix) {
            var none: [ScheduleDiagnostic] = []
            #expect((try? OpeningHours.parse(snippet, warnings: &none).get()) != nil && none.isEmpty, "\(snippet)")
        }
    }

    @Test("The example deadline rule raises the code", arguments: deadlineCodes)
    func deadlineExample(code: ScheduleCode) throws {
        guard case let .failure(failure) = DeadlineRule.parse(code.example) else {
            Issue.record("\(code.example) should be refused")
            return
        }
        #expect(failure.diagnostics.first?.code == code, "\(failure.diagnostics)")
    }

    @Test("Every backquoted input in a fix is accepted", arguments: notationCodes + deadlineCodes)
    func fixesAreAccepted(code: ScheduleCode) {
        let snippets = Self.backquoted(code.fix)
        #expect(!snippets.isEmpty, "\(code) has no corrected example")
        for snippet in snippets {
            if Self.deadlineCodes.contains(code) {
                #expect((try? DeadlineRule.parse(snippet).get()) != nil, "\(code): \(snippet)")
            } else {
                #expect((try? OpeningHours.parse(snippet).get()) != nil, "\(code): \(snippet)")
            }
        }
    }

    @Test("docs/schedule-model.md lists every code with its severity and summary, and no other BG2xx code")
    func documentedTable() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/schedule-model.md")
        let rows = try String(contentsOf: docs, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("| BG2") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        let documented = ScheduleCode.allCases.map { [$0.rawValue, $0.defaultSeverity.rawValue, $0.summary] }
        #expect(rows == documented)
    }
}

private extension ScheduleCodeTests {
    /// The texts between pairs of backticks.
    static func backquoted(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
