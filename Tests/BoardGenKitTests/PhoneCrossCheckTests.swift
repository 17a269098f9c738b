import Foundation
import Testing

@testable import BoardGenModel

/// boardgen's reading of phone numbers against Google's libphonenumber (Python `phonenumbers`,
/// installed into the test venv by `make test`, run through `$BOARDGEN_PYTHON`): every form of
/// `PhoneCorpus`, the whole numbering plan, and random digit strings. boardgen links a number
/// exactly when libphonenumber calls it a valid Russian geographic, mobile or free-call number,
/// with the same E.164 form, and never makes a `tel:` link libphonenumber calls invalid.
@Suite struct PhoneCrossCheckTests {
    /// libphonenumber's types that boardgen links (premium-rate and personal numbers it does not).
    static let linkedTypes: Set<String> = ["fixed_line", "mobile", "fixed_line_or_mobile", "toll_free"]

    /// Written forms libphonenumber links and boardgen deliberately does not, with the reason.
    static let stricterThanLibphonenumber = [
        "8 (3452) 2-34-56":
            "libphonenumber ignores the parentheses and reads the 10 digits as +7 834 522-34-56 (Mordovia); "
            + "the school wrote Tyumen's code 3452 with a 5-digit number, so that link would dial a stranger"
    ]

    @Test func everyCorpusFormReadsAsLibphonenumberReadsIt() throws {
        let numbers = PhoneCorpus.forms.flatMap { PhoneText($0.value)?.numbers ?? [] }
        // A number completed with an earlier number's area code is not self-contained: only its link is compared.
        let written = numbers.filter { !($0.national != nil && $0.written.filter(\.isASCIIDigit).count < 10) }
        let readings = try Self.libphonenumber(written.map(\.written))
        for (number, theirs) in zip(written, readings) {
            let linkable = theirs.valid && theirs.region == "RU" && Self.linkedTypes.contains(theirs.type ?? "")
            if let reason = Self.stricterThanLibphonenumber[number.written] {
                #expect(
                    linkable && number.telURI == nil, "'\(number.written)' is listed as a known difference: \(reason)")
                continue
            }
            #expect(
                (number.national != nil) == linkable, "'\(number.written)': ours \(number.reading), theirs \(theirs)")
            if let national = number.national, linkable { #expect(theirs.e164 == "+7\(national)", "\(number.written)") }
        }
        try Self.expectValidLinks(numbers)
        #expect(numbers.count >= 50, "the corpus covers many numbers")
    }

    /// Every 3-digit code with a few subscriber numbers, and every 9300 block of the mobile range.
    @Test func theNumberingPlanIsLibphonenumbersRussianPlan() throws {
        var generator = SplitMix64(seed: 13)
        var nationals = (0..<1000).flatMap { code in
            (0..<3).map { _ in String(format: "%03d%07d", code, Int.random(in: 0..<10_000_000, using: &generator)) }
        }
        nationals += (0..<100).map { String(format: "9300%02d%04d", $0, Int.random(in: 0..<10_000, using: &generator)) }
        let readings = try Self.libphonenumber(nationals.map { "+7\($0)" })
        for (national, theirs) in zip(nationals, readings) {
            let ours = RussianNumbering.service(of: national)
            let linkable = theirs.valid && theirs.region == "RU" && Self.linkedTypes.contains(theirs.type ?? "")
            #expect((ours != nil) == linkable, "+7\(national): ours \(String(describing: ours)), theirs \(theirs)")
            switch ours {
            case .geographic?: #expect(theirs.type == "fixed_line", "+7\(national)")
            case .mobile?: #expect(theirs.type == "mobile", "+7\(national)")
            case .freeCall?: #expect(theirs.type == "toll_free", "+7\(national)")
            case nil: break
            }
        }
    }

    /// Random digit strings in the shapes numbers are written in never give a link libphonenumber rejects.
    @Test func randomDigitStringsNeverYieldAnImpossibleLink() throws {
        var generator = SplitMix64(seed: 2026)
        let values = (0..<4000).map { _ in RandomPhone.value(using: &generator) }
        let numbers = values.flatMap { PhoneText($0)?.numbers ?? [] }
        let linked = numbers.filter { $0.telURI != nil }
        #expect(linked.count > 400, "the random values must also exercise valid numbers (\(linked.count) linked)")
        #expect(numbers.count - linked.count > 400, "and numbers that get no link")
        try Self.expectValidLinks(numbers)
    }
}

extension PhoneCrossCheckTests {
    /// What libphonenumber makes of one input.
    struct Reading: Decodable, CustomStringConvertible {
        var valid: Bool
        var e164: String?
        var region: String?
        var type: String?
        var `extension`: String?

        var description: String { valid ? "valid \(region ?? "?") \(type ?? "?") \(e164 ?? "")" : "invalid" }
    }

    /// Each link we make is a valid Russian number for libphonenumber, with the same E.164 form and extension.
    static func expectValidLinks(_ numbers: [PhoneNumber]) throws {
        let linked = numbers.filter { $0.telURI != nil }
        let readings = try libphonenumber(linked.compactMap(\.telURI))
        for (number, theirs) in zip(linked, readings) {
            let uri = number.telURI ?? ""
            #expect(theirs.valid && theirs.region == "RU", "'\(number.written)' is linked as \(uri), but \(theirs)")
            #expect(theirs.e164 == "+7\(number.national ?? "")", "\(uri): \(theirs)")
            #expect(theirs.extension == number.extensionDigits, "\(uri): extension \(theirs.extension ?? "none")")
        }
    }

    /// Runs scripts/crosscheck/phonenumbers_check.py on the inputs; one reading per input, in order.
    static func libphonenumber(_ inputs: [String]) throws -> [Reading] {
        let environment = ProcessInfo.processInfo.environment
        let python =
            environment["BOARDGEN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Fixtures.repository.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("no Python with phonenumbers: run the tests with `make test` (it installs the test venv)")
            return []
        }
        let folder = Fixtures.makeTemporaryFolder("phonenumbers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.json"), output = folder.appendingPathComponent("out.json")
        try JSONEncoder().encode(inputs).write(to: input)
        let script = Fixtures.repository.appendingPathComponent("scripts/crosscheck/phonenumbers_check.py").path
        let run = try ExternalTool.run(python, [script, input.path, output.path])
        guard run.status == 0 else {
            Issue.record(
                "phonenumbers_check.py failed (is phonenumbers in the venv? `make test` installs it): \(run.stderr)")
            return []
        }
        let readings = try JSONDecoder().decode([Reading].self, from: Data(contentsOf: output))
        #expect(readings.count == inputs.count)
        return readings
    }
}

/// A small seeded generator, so that a failing random value is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random phone-like values: a prefix, digits grouped by random separators, an optional area code
/// in parentheses, and an optional extension, note or second number.
enum RandomPhone {
    static func value<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let prefix = ["", "", "8", "8 ", "+7", "+7 ", "7", "+", "+3", "("].randomElement(using: &generator) ?? ""
        let leading = ["3", "4", "8", "9", "9", "5", "0", "1", "7"].randomElement(using: &generator) ?? "9"
        let count = Int.random(in: 1...13, using: &generator)
        let digits =
            leading + String((1..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
        var grouped = ""
        let parenthesised =
            prefix != "(" && Bool.random(using: &generator) ? Int.random(in: 3...5, using: &generator) : 0
        for (index, digit) in digits.enumerated() {
            if index == 0, parenthesised > 0 { grouped += "(" }
            grouped.append(digit)
            if index + 1 == parenthesised {
                grouped += ") "
            } else if Int.random(in: 0..<3, using: &generator) == 0, index + 1 < digits.count {
                grouped += [" ", "-", "\u{2011}", ".", "\u{2212}"].randomElement(using: &generator) ?? ""
            }
        }
        let suffixes = ["", "", " доб. 12", ", 12", " (звонок бесплатный)", ", 12-34-57", "; +7 912 345-67-90", ")"]
        return prefix + grouped + (suffixes.randomElement(using: &generator) ?? "")
    }
}
