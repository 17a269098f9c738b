import Foundation
import Testing

@testable import BoardGenCheck
@testable import BoardGenDiagnostics
@testable import BoardGenHTML
@testable import BoardGenKit
@testable import BoardGenModel
@testable import BoardGenRender

/// Phone values as schools write them (`PhoneCorpus`): what is shown, what is linked, what is
/// reported; SMS numbers and their links; and the rendered page and the check for a channel with
/// several numbers.
@Suite struct PhoneTextTests {
    @Test(arguments: PhoneCorpus.forms.map(\.value))
    func formIsShownAsWrittenAndLinkedOnlyWhenComplete(_ value: String) throws {
        let form = try #require(PhoneCorpus.forms.first { $0.value == value })
        let phones = try #require(PhoneText(value), "'\(value)' must read as a phone value")
        let display = phones.pieces.map { piece -> String in
            switch piece {
            case .text(let text): text
            case .number(let number): number.display
            }
        }.joined()
        #expect(display == form.display)
        #expect(phones.numbers.compactMap(\.telURI) == form.links)
        let findings = phones.numbers.compactMap { number -> PhoneCorpus.Finding? in
            switch number.reading {
            case .complete: nil
            case .local: .local
            case .undialable: .undialable
            }
        }
        #expect((findings.first ?? .none) == form.finding, "\(findings)")
    }

    @Test func valuesWithoutAPhoneNumberAreNotRead() {
        for value in ["телефон", "звоните секретарю", "7522", "с 9 до 18", "(доб. 12)", "тел. 2-17", ""] {
            #expect(PhoneText(value) == nil, "'\(value)'")
        }
    }

    /// A value is read in time linear in its length, however it is built (a content file may hold
    /// 4 MiB): 40,000 characters take well under a second even in a debug build; a reading that
    /// went quadratic would take minutes.
    @Test func longValuesAreReadQuickly() {
        let values = [
            String(repeating: "(", count: 40_000) + "8 800", "8" + String(repeating: " ", count: 40_000) + "9",
            String(repeating: "1 ", count: 20_000), String(repeating: "+ (", count: 13_000),
            String(repeating: "2-17-79 доб. 1, ", count: 2_500),
        ]
        let clock = ContinuousClock()
        for value in values {
            let elapsed = clock.measure { _ = PhoneText(value) }
            #expect(elapsed < .seconds(8), "\(value.prefix(20))… took \(elapsed)")
        }
    }

    @Test func theLoaderSaysWhyANumberIsNotLinkedAndWhatToWrite() {
        let cases: [(String, DiagnosticCode, String)] = [
            ("тел.( 2-17-79 )", .phoneWithoutAreaCode, "write the area code before it"),
            ("8 (3452) 2-34-56", .phoneNotDialable, "after 8 it has 9 digits (area code 3452 and 5 more)"),
            ("+7 (0112) 12-34-56", .phoneNotDialable, "none begins with 011"),
            ("+375 29 123-45-67", .phoneNotDialable, "not a Russian number"),
            ("8 912 345 67 89 90", .phoneNotDialable, "separate two numbers with a comma"),
            ("7522", .malformedPhone, "write kind: sms"),
        ]
        for (value, code, words) in cases {
            let diagnostics = Self.load(phone: value)
            #expect(diagnostics.map(\.code) == [code.rawValue], "\(value): \(diagnostics)")
            #expect(diagnostics.first?.message.contains(words) == true, "\(diagnostics.first?.message ?? "")")
        }
        let column = Self.load(phone: "8 (3452) 12-34-56, 21-779").first?.location.column
        #expect(column == 13 + 19, "the finding points at the second number")
    }

    @Test func smsNumbersAreShortOrMobileAndTheMessageIsEncoded() {
        #expect(ChannelAddress.smsRecipient("7522") == .short("7522"))
        #expect(ChannelAddress.smsRecipient("84996") == .short("84996"))
        guard case .mobile(let mobile) = ChannelAddress.smsRecipient("+7 912 345-67-89") else {
            Issue.record("a mobile number takes an SMS")
            return
        }
        #expect(mobile.national == "9123456789")
        for landline in ["8 (3452) 12-34-56", "8-800-100-00-00"] {
            guard case .notMobile = ChannelAddress.smsRecipient(landline) else {
                Issue.record("\(landline) cannot take an SMS")
                continue
            }
        }
        for unreadable in ["75", "1234567", "СМС", "7522 или 7523", "+7 912 345-67-89 доб. 2"] {
            #expect(ChannelAddress.smsRecipient(unreadable) == .unreadable, "\(unreadable)")
        }
        #expect(
            ChannelAddress.smsURI(to: "7522", message: "баланс 12345")
                == "sms:7522?body=%D0%B1%D0%B0%D0%BB%D0%B0%D0%BD%D1%81%2012345")
        #expect(ChannelAddress.smsURI(to: "7522", message: "a&b=c?") == "sms:7522?body=a%26b%3Dc%3F")
        #expect(ChannelAddress.smsURI(to: "7522", message: nil) == "sms:7522")
    }

    /// The accepted fixture `phone-forms` renders one link per number and passes the check; an
    /// override that links the whole value to its first number (the template before parts) fails it.
    @Test func aChannelWithSeveralNumbersHasOneLinkPerNumberAndCheckJudgesEach() throws {
        try CorpusCase.withSite(of: AcceptedInputCorpusTests.corpus.appendingPathComponent("phone-forms")) { site in
            let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
            let contacts = try #require(result.files.first { $0.path == "contacts.html" }?.text)
            for html in [
                #"<a href="tel:+73452123456" itemprop="telephone">+7 (3452) 12-34-56</a>, "#
                    + #"<a href="tel:+73452123457" itemprop="telephone">12-34-57</a> (бухгалтерия)</span>"#,
                #"<a href="tel:+78001000000" itemprop="telephone">+7 800 100-00-00</a> (звонок бесплатный)</span>"#,
                #"data-value>тел.<span itemprop="telephone">( 2-17-79 )</span></span>"#,
                #"<a href="tel:+74951234567;ext=12" itemprop="telephone">+7 495 123-45-67 (доб. 12)</a>"#,
            ] {
                #expect(contacts.contains(html), "\(html)")
            }
            let published = SiteChecker(contentFolder: site, today: Fixtures.today).check().diagnostics
            #expect(!published.contains { ["BG410", "BG411"].contains($0.code) }, "\(Fixtures.render(published))")
            try Self.overrideChannelListWithOneLink(in: site)
            let broken = SiteChecker(contentFolder: site, today: Fixtures.today).check().diagnostics
            #expect(
                broken.contains {
                    $0.code == "BG410" && $0.item == "contact:office-phones"
                        && $0.message.contains(
                            "links '+7 (3452) 12-34-56, 12-34-57 (бухгалтерия)' to tel:+73452123456 "
                                + "(expected the link on '+7 (3452) 12-34-56')")
                }, "\(Fixtures.render(broken))")
        }
    }
}

extension PhoneTextTests {
    /// A site override of channel-list that links `display` to `href`, as the default did before parts.
    static func overrideChannelListWithOneLink(in site: URL) throws {
        let templates = site.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let source = try #require(DefaultTemplates.files["channel-list.mustache"])
        let start = try #require(source.range(of: "{{#parts}}")), end = try #require(source.range(of: "{{/parts}}"))
        let oneLink =
            #"{{#href}}<a href="{{href}}"{{#itemprop}} itemprop="{{itemprop}}"{{/itemprop}}>{{display}}</a>{{/href}}"#
            + #"{{^href}}<span>{{display}}</span>{{/href}}"#
        try source.replacingCharacters(in: start.lowerBound..<end.upperBound, with: oneLink)
            .write(to: templates.appendingPathComponent("channel-list.mustache"), atomically: true, encoding: .utf8)
    }

    /// The diagnostics of a content folder whose only extra channel is a phone with this value.
    static func load(phone value: String) -> [Diagnostic] {
        let site = Fixtures.makeTemporaryFolder("phone").appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try? FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try? Fixtures.overlay(Fixtures.baseSite, onto: site)
        let contacts = site.appendingPathComponent("contacts.yaml")
        let text = (try? String(contentsOf: contacts, encoding: .utf8)) ?? ""
        let channel = """
              - id: extra
                kind: phone
                value: "\(value)"
                audiences: [staff]

            """
        try? (text + channel).write(to: contacts, atomically: true, encoding: .utf8)
        let result = SiteBuilder(contentFolder: site, today: Fixtures.today).render()
        return result.diagnostics.filter { $0.location.file == "contacts.yaml" }
    }
}
