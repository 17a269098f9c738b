import Testing

@testable import BoardGenBoard

/// Tokens a reader copies from a printed notice stay on one line. The forms are the ones real school documents
/// use: times with a dot and spaced dashes ("8.30 – 9.15", "9.25 - 10.10": the bell timetable at
/// http://www.toccii.ru/studentam/grafik-raboty-raspisaniya-zanyatiy), day ranges and ordinals ("Понедельник-суббота:
/// 7.00 - 19.00", "3-ей четверти", "2-4, 9, 11 классах": http://lyceum52.ru/page10.htm), an order number
/// ("№ 126/А": http://gimnazia86.ru/file/card?id=1645), and the rooms, phones and e-mails of the seeds.
struct UnbreakableTokensTests {
    @Test(arguments: [
        ("Кабинет: каб. 3-05", "каб. 3-05"),
        ("кабинет № 12, 2 этаж", "кабинет № 12"),
        ("в ауд. 210а", "ауд. 210а"),
        ("Каб.105 (учебная часть)", "Каб.105"),
        ("приказ № 126/А от 27.08.2021", "№ 126/А"),
        ("Часы: 15:30–17:00", "15:30–17:00"),
        ("1 урок 8.30 – 9.15", "8.30 – 9.15"),
        ("2 урок 9.25 - 10.10", "9.25 - 10.10"),
        ("пн–пт 8:00-17:00", "пн–пт"),
        ("Понедельник-суббота: 7.00 - 19.00", "Понедельник-суббота"),
        ("Пн.-Пт. приём", "Пн.-Пт."),
        ("в середине 3-ей четверти", "3-ей"),
        ("во 2-4, 9, 11 классах", "2-4"),
        ("Телефон +7 (3412) 55-12-40, добавочный", "+7 (3412) 55-12-40"),
        ("звоните 8 800 100-10-10 бесплатно", "8 800 100-10-10"),
        ("пишите на ezh-help@school27.example.ru сегодня", "ezh-help@school27.example.ru"),
    ])
    func tokenIsKeptOnOneLine(_ text: String, _ token: String) {
        let html = "<p>\(text)</p>"
        let protected = UnbreakableTokens.protect(html)
        #expect(protected.contains("<span class=\"nobr\">\(token)</span>"), "\(protected)")
        #expect(Self.text(protected) == text, "the words must not change")
    }

    @Test func markupAndSkippedElementsAreUntouched() {
        let html = """
            <title>каб. 3-05</title><a href="tel:+73412551240" data-x="15:30–17:00">15:30–17:00</a>\
            <script>var t = "15:30–17:00";</script><svg><text>8:00</text></svg><span class="nobr">9:00–10:00</span>
            """
        let protected = UnbreakableTokens.protect(html)
        #expect(protected.hasPrefix("<title>каб. 3-05</title><a href=\"tel:+73412551240\" data-x=\"15:30–17:00\">"))
        #expect(protected.contains("<script>var t = \"15:30–17:00\";</script><svg><text>8:00</text></svg>"))
        #expect(protected.contains("<span class=\"nobr\">9:00–10:00</span>") && !protected.contains("nobr\"><span"))
        #expect(protected.components(separatedBy: "class=\"nobr\"").count == 3)
    }

    @Test func textWithoutTokensIsReturnedAsItIs() {
        let html = "<p>Обратитесь к классному руководителю.</p><p>ИС «ЭлЖур», e-mail, Ростов-на-Дону</p>"
        #expect(UnbreakableTokens.protect(html) == html)
    }

    static func text(_ html: String) -> String {
        html.replacing(/<[^>]*>/, with: "")
    }
}
