// Sources: stored copies of public pages of schools, kindergartens, libraries and state offices
// (consulted for this work, not fetched live), surveyed on 2026-12-03: 124 notations from 62 pages were
// run through `boardgen hours`. The forms below are restated in our own words and values.
// [P1] https://24gim.ru/grafik-raboty-biblioteki (a gymnasium's library)
// [P2] http://pytyahlib.ru/?page_id=14804 (a city library)
// [P3] http://r21.fss.ru/174645/index.shtml (a state office)
// [P4] https://ds2-miloslavskoe-r62.gosweb.gosuslugi.ru (a kindergarten)
// [P5] http://dou69spb.petersburgedu.ru/contacts (a kindergarten)
// [P6] https://kimmdou16.ucoz.ru/faq (a kindergarten)
// [P7] https://dpcity.ru/?p=2948 (a kindergarten)
// [P8] http://all-docs.ru/index.php?page=7&vi1=143286 (a state service's regulation)
// [P9] https://ds14-uzlovaya-r71.gosweb.gosuslugi.ru (a kindergarten)
// [P10] http://bizino.tobmrobr.ru/ (a school's notice of the exam hotline)
// [P11] https://tyumen-news.net/society/2024/09/03/407833-amp.html (city libraries)
// [P12] https://pt-zapovednik.ru/individualnyj-priem-grazhdan/ (a director's reception hours)
// [P13] https://sh42-tomsk-r69.gosweb.gosuslugi.ru/bibliotechno-informatsionnyy-tsentr/biblioteka (a school library)
// [P14] https://licey24.moy.su/news/2015-02-24 (a lyceum's admissions)
// [P15] https://starica.tverlib.ru/node/269 (a library)
// [P16] https://museum-schvarz.ru/contact-information/opening-hours/ (a museum)

@testable import ScheduleModel

/// Notations from real pages that the first parser lost or refused, class by class (2026-12-03 survey).
extension NotationCorpus {
    /// Every dash a word processor or a web page puts between days or times, and the quotes Word types.
    static let dashesAndQuotes: [(String, String)] = [
        ("пн\u{2011}пт 9:00\u{2011}18:00", "Mo-Fr 09:00-18:00"),  // non-breaking hyphen
        ("пн\u{2010}пт 9:00\u{2010}18:00", "Mo-Fr 09:00-18:00"),  // hyphen
        ("пн\u{2012}пт 9:00\u{2013}18:00", "Mo-Fr 09:00-18:00"),  // figure dash, en dash
        ("пн\u{2015}пт 9:00\u{2212}18:00", "Mo-Fr 09:00-18:00"),  // horizontal bar, minus sign
        ("пн\u{FE63}пт 9:00\u{FF0D}18:00", "Mo-Fr 09:00-18:00"),  // small and full-width hyphen-minus
        ("пн-пт 9-18 \u{201C}звонить завучу\u{201D}", "Mo-Fr 09:00-18:00 \"звонить завучу\""),  // as Word types them
        ("пн-пт 9-18 \u{201E}кроме каникул\u{201C}", "Mo-Fr 09:00-18:00 \"кроме каникул\""),
        ("по записи \u{201C}звонить завучу\u{201D}", "\"by appointment: звонить завучу\""),
    ]

    /// Day names as pages write them: "со", "каждую", the misspelling "воскресение".
    static let dayWordings: [(String, String)] = [
        // "со вторника по пятницу ... с 10 до 19 часов" [P11]
        ("со вторника по пятницу с 10 до 19 часов", "Tu-Fr 10:00-19:00"),
        ("со среды по субботу 11-18", "We-Sa 11:00-18:00"),
        // "Каждую среду, с 09-00 до 12-00" [P12]
        ("каждую среду, с 10-00 до 12-00", "We 10:00-12:00"),
        ("каждый понедельник и четверг 15:00-17:00", "Mo,Th 15:00-17:00"),
        ("every Tuesday 9am-11am", "Tu 09:00-11:00"),
        // "воскресение" for "воскресенье" [P6], [P7]
        ("пн-пт 8-17; воскресение 10-14", "Mo-Fr 08:00-17:00; Su 10:00-14:00"),
    ]

    /// Days off named in a list that also names the public holidays.
    static let holidaysAmongDaysOff: [(String, String)] = [
        // "Выходные дни - суббота, воскресенье, праздничные дни." [P4]
        ("пн-пт 7:30-18:00; выходные дни - суббота, воскресенье, праздничные дни.", "Mo-Fr 07:30-18:00; PH off"),
        // "выходные дни: суббота, воскресенье, общегосударственные праздники" [P5]
        (
            "с 07.00 - 19.00, выходные дни: суббота, воскресенье, общегосударственные праздники.",
            "Mo-Fr 07:00-19:00; PH off"
        ),
        // "Нерабочие дни - суббота, воскресение, а также праздничные дни, установленные законодательством РФ" [P6]
        (
            "пн-пт 7-19\nНерабочие дни - суббота, воскресение, а также праздничные дни, установленные законодательством РФ",
            "Mo-Fr 07:00-19:00; PH off"
        ),
        // "выходные дни: суббота, воскресение и праздничные дни, установленные законодательством
        // Российской Федерации" [P7]
        (
            "Понедельник — пятница с 07.00 до 19.00 часов, выходные дни: суббота, воскресение и праздничные дни, "
                + "установленные законодательством Российской Федерации.", "Mo-Fr 07:00-19:00; PH off"
        ),
        // "в рабочие дни ... кроме выходных дней: суббота, воскресенье и праздничные дни" [P8]
        (
            "ежедневно с 9 до 18, кроме выходных дней: суббота, воскресенье и праздничные дни",
            "Mo-Fr 09:00-18:00; PH off"
        ),
        ("ежедневно 10-18, кроме выходных дней: понедельник, вторник", "We-Su 10:00-18:00"),
        ("пн-пт 9-18; праздничные дни — выходной", "Mo-Fr 09:00-18:00; PH off"),
        ("пн-сб 9-17\nв праздники: закрыто", "Mo-Sa 09:00-17:00; PH off"),
    ]

    /// "ежедневно, кроме воскресенья, с 9 до 17": an exception between a rule's days and its times.
    static let exceptionsInRule: [(String, String)] = [
        ("ежедневно кроме воскресенья 9:00-17:00", "Mo-Sa 09:00-17:00"),
        ("ежедневно, кроме выходных, с 9:00 до 17:00", "Mo-Fr 09:00-17:00"),
        ("ежедневно, кроме выходных и праздничных дней, с 9 до 17 ч.", "Mo-Fr 09:00-17:00; PH off"),
        ("пн-сб кроме среды 10-18; ср 12-20", "Mo,Tu,Th-Sa 10:00-18:00; We 12:00-20:00"),
        ("ежедневно, кроме субботы и воскресенья, 8.30-17.00", "Mo-Fr 08:30-17:00"),
        ("daily except Sunday 9am-5pm", "Mo-Sa 09:00-17:00"),
    ]

    /// Breaks and remarks as pages write them: before or after the times, after a dash.
    static let breaksAndRemarks: [(String, String)] = [
        // "с перерывом на обед с 13.00 до 14.30" [P8]
        (
            "в рабочие дни с 9.00 до 18.30 часов, с перерывом на обед с 13.00 до 14.30 часов",
            "Mo-Fr 09:00-13:00,14:30-18:30; PH off"
        ),
        ("пн-пт 8-17 с обеденным перерывом 12-13", "Mo-Fr 08:00-12:00,13:00-17:00"),
        // "С 12:00 - 12:30 – обеденный перерыв" on the line after the hours [P1]
        ("пн-пт 8:30-17:00\nс 12:00 - 12:30 – обеденный перерыв", "Mo-Fr 08:30-12:00,12:30-17:00"),
        ("пн-пт 9-18\n13:00-14:00 обед", "Mo-Fr 09:00-13:00,14:00-18:00"),
        // "Понедельник — пятница: с 09:00 до 19:00 — без перерыва" [P2]
        ("Понедельник — пятница: с 09:00 до 19:00 — без перерыва", "Mo-Fr 09:00-19:00"),
    ]

    /// Times written with an hour unit after hyphenated minutes, and a zone without "по".
    static let timesAndZones: [(String, String)] = [
        // "с 7-00 ч. до 17-30 ч с понедельника по пятницу включительно" [P9]
        ("с 7-00 ч. до 17-30 ч с понедельника по пятницу включительно", "Mo-Fr 07:00-17:30"),
        // "с понедельника по пятницу с 9.00 до 18.00 московского времени" [P10]
        ("с понедельника по пятницу с 9.00 до 18.00 московского времени", "Mo-Fr 09:00-18:00"),
        // Days off only next to the hours of the other days [P2], [P16]
        (
            "Понедельник — пятница: с 11:00 до 19:00\nВыходной: суббота\nВоскресенье: с 10.00 до 18.00",
            "Mo-Fr 11:00-19:00; Su 10:00-18:00"
        ),
    ]

    /// Found by an adversarial review of the rules above (2026-12-03): days off before the hours,
    /// "кроме выходных" next to a named Saturday, a range before a dashed remark.
    static let reviewed: [(String, String)] = [
        ("Выходные дни: суббота, воскресенье\nРежим работы: 8.00-17.00", "Mo-Fr 08:00-17:00"),
        ("Выходной — понедельник, 10:00-18:00", "Tu-Su 10:00-18:00"),
        ("Выходной день: воскресенье. Ежедневно с 9 до 18", "Mo-Sa 09:00-18:00"),
        ("пн-вс 9:00-18:00; сб, вс - выходной", "Mo-Fr 09:00-18:00"),
        (
            "пн-пт 8:00-17:00, сб 9:00-13:00, кроме выходных и праздничных дней",
            "Mo-Fr 08:00-17:00; Sa 09:00-13:00; PH off"
        ),
        ("пн-пт 9-18 — без перерыва", "Mo-Fr 09:00-18:00"),
        ("пн-пт с 9 до 18\n12-13 – обед", "Mo-Fr 09:00-12:00,13:00-18:00"),
        ("пн-пт 9-15 - 18-00", "Mo-Fr 09:15-18:00"),
        ("пн 10-12 “каб. 12”", "Mo 10:00-12:00 \"каб. 12\""),
        ("пн-пт 9:00 МСК – 18:00 МСК", "Mo-Fr 09:00-18:00"),
        ("пн-пт 9-18; сб 10-16\r\nПерерыв 13-14", "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-13:00,14:00-16:00"),
        ("сб 10:00-14:00 «по предварительной записи»", "Sa 10:00-14:00 \"по предварительной записи\""),
        ("Ежедневно с 9 до 18 без выходных", "Mo-Su 09:00-18:00"),
        ("пн-пт 9-18; суббота, воскресенье, праздничные дни - выходные", "Mo-Fr 09:00-18:00; PH off"),
        ("пн-пт 9-18; сб, вс и праздничные дни — выходной", "Mo-Fr 09:00-18:00; PH off"),
        ("пн-пт 9-18; сб, вс, праздники: закрыто", "Mo-Fr 09:00-18:00; PH off"),
        ("с 9 до 18, вс - выходной", "Mo-Sa 09:00-18:00"),
        ("Ежедневно, кроме воскресенья: с 9 до 18", "Mo-Sa 09:00-18:00"),
    ]

    /// Every class of this survey.
    static let realPages =
        dashesAndQuotes + dayWordings + holidaysAmongDaysOff + exceptionsInRule + breaksAndRemarks + timesAndZones
        + reviewed

    /// Refused, each with the code and column of its one finding: a notation that says something weekly
    /// hours cannot (a day of the month), only the days off, or words the notation does not know.
    static let realRefusals: [(String, ScheduleCode, Int)] = [
        // "последний понедельник месяца — санитарный день" [P1], [P15]
        ("Последняя пятница месяца – санитарный день", .unexpectedText, 1),
        ("пн-пт 10-19\nпоследний четверг месяца - санитарный день", .unexpectedText, 13),
        ("2-я среда каждого месяца – методический день", .unexpectedText, 1),
        ("в первый понедельник месяца — закрыто", .unexpectedText, 3),
        // Only the days off: "Суббота, воскресенье - выходной" alone [P3], "Выходной: суббота" [P2]
        ("Суббота, воскресенье - выходной", .emptyNotation, 1),
        ("Выходной: суббота", .emptyNotation, 1),
        ("Понедельник, вторник — выходной", .emptyNotation, 1),
        // "Суббота - методический день" [P13]: the words after the day, not the day, are unknown
        ("пн-пт 8.30-16.30\nСуббота - методический день", .unexpectedText, 28),
        // A room inside the text [P14]; a table's "|" [Table rows copied from pages]
        ("по вторникам и четвергам в кабинете № 30 с 13.00 до 15.00", .unexpectedText, 26),
        ("Понедельник | 14.40-15.20", .unexpectedText, 13),
        // A misspelt day before times is still a misspelt day
        ("пн-пятнца 9-18", .unknownDay, 4),
        // Remarks in parentheses or after a dash [P1], [P16]: the message offers the quoted note
        ("Среда – Суббота с 11:00 до 18:00 (касса закрывается на 1 час раньше)", .unexpectedText, 34),
        ("С 8:30 - 10:00 – внутрибиблиотечная работа", .unexpectedText, 16),
        ("ежедневно, кроме пн, вт, ср, чт, пт, сб, вс, 9-18", .emptyNotation, 1),
        // A day with hours that is also a day off; a note that never closes on its line; 9-13 - 14-18
        ("сб 10-14; сб, вс — выходной", .ambiguous, 11),
        ("выходной: суббота; сб 10-14", .ambiguous, 20),
        ("пн 10-12 «каб. 12\nвт 14-16 «каб. 14»", .unexpectedText, 10),
        ("пн-пт 9-13 - 14-18", .ambiguous, 7),
        ("по рабочим дням 9-18, включая праздничные дни", .ambiguous, 23),
    ]
}
