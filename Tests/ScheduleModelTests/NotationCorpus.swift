// Sources: stored copies of public pages that show each form (consulted for this work, not fetched
// live). The forms below are restated in our own words and values.
// [S1] https://gist.github.com/f0f23d4729494096743d8bcdb4641062
// [S2]
// https://dgbstr.ru/o-bolnice/obyavleniya/grafik-raboty-ambulatorno-poliklinicheskih-podrazdelenij-v-prazdnichnye-dni
// [S3] https://learn.microsoft.com/en-ie/partner-center/support/support-hours
// [S4] https://blog.wedos.com/extension-of-customer-support-time
// [S5] http://rosttech.online/index.php?&id=109
// [S6] http://saratov-gov.ru/doc/57195
// [S7] https://gist.github.com/anonymous/1c08ab63a539426677f9209880e72947
// [S8] https://alfa.top/ru/article/what-are-support-staff-working-hours-and-when-do-i-get-reply-my-ticket
// [S9] https://news.hostdb.ru/index/printable/id/12188
// [S10] https://dnepr.news/news/kak-v-dnepre-budet-rabotat-edinaya-goryachaya-liniya-na-novogodnie-prazdniki
// [S11] https://www.jcat.ru/realty/news/209/
// [S12]
// opso66.ru/na-povestke-dnya/novosti-nko/758-obshchestvennaya-palata-rf-otkryla-goryachuyu-liniyu-dlya-nko.html
// [S13] https://kirovgradart.ru/?p=356
// [S14] http://www.xn--80aidrd5bg.xn--p1ai/index/rezhim_raboty/0-44
// [S15] https://cheretyanka.schools.by/pages/rezhim-raboty-uchrezhdenija-obrazovanija
// [S16] https://kheprysunflower.wixsite.com/enteacher-olga/post/уточнена-дата-общероссийского-родительского-собрания

/// Notations of issue 13 item 5, class by class, each with the OpenStreetMap form it must read as.
///
/// Real forms are restated in our own words and values; the page that shows the form is named in
/// the comment above it (the stored copies consulted for this work, not fetched live).
enum NotationCorpus {
    /// Bare hours with "часов", "ч.", "час.", and "ч. … мин.".
    static let hourUnits: [(String, String)] = [
        // Hours written "с 8 до 20 часов" per weekday [S1]
        ("пн с 8 до 20 часов", "Mo 08:00-20:00"),
        ("с 9 до 17 часов", "Mo-Su 09:00-17:00"),
        ("пн-пт 9-18 ч.", "Mo-Fr 09:00-18:00"),
        ("с 9 ч. до 18 ч.", "Mo-Su 09:00-18:00"),
        // "с 08:00 час. до 17:00 час." in a clinic's holiday notice [S2]
        ("пт с 08:00 час. до 16:00 час.", "Fr 08:00-16:00"),
        ("пн-чт с 8 ч. 30 мин. до 17 ч.", "Mo-Th 08:30-17:00"),
        ("ср 10-12 час.", "We 10:00-12:00"),
    ]

    /// Days written after the times, also after a comma or "и".
    static let daysAfterTimes: [(String, String)] = [
        ("14:00–15:00 по средам и пятницам", "We,Fr 14:00-15:00"),
        ("с 8.00 до 16.00 ежедневно", "Mo-Su 08:00-16:00"),
        ("10:00-12:00, по субботам", "Sa 10:00-12:00"),
        ("с 9 до 18 по будним дням", "Mo-Fr 09:00-18:00"),
        // English with "through" and "excluding holidays" [S3]
        ("from 8:00 AM to 4:00 PM, Monday through Friday, excluding holidays", "Mo-Fr 08:00-16:00; PH off"),
        ("8am-4pm (local time), Mon thru Thu", "Mo-Th 08:00-16:00"),
    ]

    /// Weekday and working-day phrases with times.
    static let workingDayPhrases: [(String, String)] = [
        ("по будним дням 8:30-17:00", "Mo-Fr 08:30-17:00"),
        ("в будние дни с 9 до 17", "Mo-Fr 09:00-17:00"),
        ("будние дни: 9:00-16:00", "Mo-Fr 09:00-16:00"),
        ("по рабочим дням с 10 до 16", "Mo-Fr 10:00-16:00; PH off"),
        ("в рабочие дни 8-17", "Mo-Fr 08:00-17:00; PH off"),
        // "working days: 7:00 – 23:00", "weekends: 12:00 – 20:00" [S4]
        ("working days: 8:00 – 22:00; weekends: 11:00 – 19:00", "Mo-Fr 08:00-22:00; Sa,Su 11:00-19:00; PH off"),
    ]

    /// Working days (or weekdays) named without times: days known, hours unknown.
    static let daysWithoutTimes: [(String, String)] = [
        ("по рабочим дням", "Mo-Fr unknown; PH off"),
        ("в рабочие дни", "Mo-Fr unknown; PH off"),
        ("по будним дням", "Mo-Fr unknown"),
        ("в будние дни", "Mo-Fr unknown"),
        ("по рабочим дням «время согласуйте по телефону»", "Mo-Fr unknown; PH off \"время согласуйте по телефону\""),
        ("пн, ср, время уточняется", "Mo,We unknown"),
        ("Mo-Fr unknown; PH off", "Mo-Fr unknown; PH off"),
        ("пн-пт: время уточняется", "Mo-Fr unknown"),
        ("on working days", "Mo-Fr unknown; PH off"),
    ]

    /// Abbreviations with dots and mixed dashes.
    static let abbreviations: [(String, String)] = [
        ("пн.-чт. 9.00-18.00", "Mo-Th 09:00-18:00"),
        ("Пн.–Пт. 9:00–17:00", "Mo-Fr 09:00-17:00"),
        ("пн—пт 10−19", "Mo-Fr 10:00-19:00"),
        ("Пн.- Пт.: 8.00 – 16.30", "Mo-Fr 08:00-16:30"),
        ("вт., чт. — 15.00-16.00", "Tu,Th 15:00-16:00"),
    ]

    /// Lunch breaks in parentheses or as phrases, and "no lunch break".
    static let breaks: [(String, String)] = [
        ("пн-пт 9:00-18:00 (перерыв 13:00-14:00)", "Mo-Fr 09:00-13:00,14:00-18:00"),
        ("пн-пт 9-18, обеденный перерыв с 13 до 14", "Mo-Fr 09:00-13:00,14:00-18:00"),
        // "10-00 до 19-00 обед 13-00 до 14-00" and "(без обеда)" in a cash office table [S5]
        ("пн, вт, чт 10-00 до 19-00 обед 13-00 до 14-00", "Mo,Tu,Th 10:00-13:00,14:00-19:00"),
        ("пн-сб с 11:00 до 19:00 (без обеда)", "Mo-Sa 11:00-19:00"),
        ("ежедневно 8-20, без перерыва на обед", "Mo-Su 08:00-20:00"),
        ("пн-пт 8.30-17.30 (обед с 12.30 до 13.18)", "Mo-Fr 08:30-12:30,13:18-17:30"),
        // One line per day, "выходной день", then "Перерыв на обед с 13.00 до 13.48" for every day:
        // [S6]
        (
            "Понедельник с 9.00 до 18.00\nВторник с 9.00 до 18.00\nПятница с 9.00 до 17.00\n"
                + "Суббота выходной день\nПерерыв на обед с 13.00 до 13.48",
            "Mo,Tu 09:00-13:00,13:48-18:00; Fr 09:00-13:00,13:48-17:00"
        ),
        ("пн-пт 9-18, технический перерыв 15:00-15:15", "Mo-Fr 09:00-15:00,15:15-18:00"),
    ]

    /// A time-zone note: Moscow time or MSK±n (the times stay as written; `zone` records the note).
    static let zones: [(String, String)] = [
        ("пн-пт 9:00-18:00 (время московское)", "Mo-Fr 09:00-18:00"),
        ("с 9 до 18 по московскому времени", "Mo-Su 09:00-18:00"),
        // "с 07 до 16 MSK" [S7]
        ("с 08 до 17 MSK", "Mo-Su 08:00-17:00"),
        ("пн-пт 9-18 МСК+2", "Mo-Fr 09:00-18:00"),
        ("пн-пт 9-18 (МСК-1)", "Mo-Fr 09:00-18:00"),
        // "с Понедельника по Пятницу с 08:00 UTC+3 до 22:00 UTC+3 … Время московское." [S8]
        ("с понедельника по пятницу с 09:00 UTC+3 до 21:00 UTC+3. Время московское.", "Mo-Fr 09:00-21:00"),
        ("Mon-Fri 10:00-19:00 Moscow time", "Mo-Fr 10:00-19:00"),
        ("пн-пт 9-18 по местному времени", "Mo-Fr 09:00-18:00"),
        ("По московскому времени: пн-пт 9-18", "Mo-Fr 09:00-18:00"),
        ("пн 9-18 по времени МСК+4", "Mo 09:00-18:00"),
        ("пн-пт 9:00-18:00 UTC+5, кроме праздничных дней", "Mo-Fr 09:00-18:00; PH off"),
    ]

    /// Always open, in long forms.
    static let alwaysOpen: [(String, String)] = [
        ("круглосуточно, без выходных и праздников", "24/7"),
        ("24 часа в сутки, 7 дней в неделю", "24/7"),
        ("круглосуточно и ежедневно", "24/7"),
        // "работает круглосуточно и без выходных" [S9]
        ("круглосуточно и без выходных", "24/7"),
        // "круглосуточно, 7 дней в неделю" [S10]
        ("круглосуточно, 7 дней в неделю", "24/7"),
        ("ежедневно, круглосуточно", "24/7"),
        ("круглосуточно, ежедневно, без выходных", "24/7"),
        ("без выходных и праздничных дней, круглосуточно", "24/7"),
        // "без перерывов и выходных" [S11]
        ("без перерывов и выходных, круглосуточно", "24/7"),
        ("24 hours a day, 7 days a week", "24/7"),
        ("ежедневно с 8 до 20, без выходных", "Mo-Su 08:00-20:00"),
        ("круглосуточно (без выходных и праздников)", "24/7"),
    ]

    /// Several groups of days, separated by ";", commas and dashes, and labels before them.
    static let groups: [(String, String)] = [
        ("пн-чт 9-18; пт 9-16:45", "Mo-Th 09:00-18:00; Fr 09:00-16:45"),
        ("пн–пт: 8.30–17.30, сб: 9.00–14.00", "Mo-Fr 08:30-17:30; Sa 09:00-14:00"),
        // Days, a dash, then the times [S12]
        (
            "с понедельника по четверг — с 10:00 до 17:00, в пятницу — с 10:00 до 15:45",
            "Mo-Th 10:00-17:00; Fr 10:00-15:45"
        ),
        // A label with the school's name before the days [S13]
        (
            "Режим работы школы: понедельник-пятница с 8.00 до 19.00, суббота с 09.00 до 15.00",
            "Mo-Fr 08:00-19:00; Sa 09:00-15:00"
        ),
        // "с 08-00 до 15-00, выходной: суббота, воскресенье" [S14]
        ("с 08-00 до 16-00, выходной: суббота, воскресенье.", "Mo-Fr 08:00-16:00"),
        ("пн-пт 9-18; сб, вс – выходные дни", "Mo-Fr 09:00-18:00"),
        ("Пн-Пт: 09.00 - 18.00 Сб-Вс: выходной", "Mo-Fr 09:00-18:00"),
        ("понедельник – пятница: с 8.00 до 17.00, перерыв: с 12.00 до 12.48", "Mo-Fr 08:00-12:00,12:48-17:00"),
        ("часы приёма: вт, чт 14-17", "Tu,Th 14:00-17:00"),
        ("пн-сб 9-18\nСуббота выходной день", "Mo-Fr 09:00-18:00"),
        ("график работы: пн-пт 9-18. Выходные: сб, вс.", "Mo-Fr 09:00-18:00"),
        // "с 7.30-18.00" (a "с" before a dashed range) [S15]
        ("пн-пт с 7.30-18.00", "Mo-Fr 07:30-18:00"),
    ]

    /// Fixed times (events), read by `ScheduleNotation.parse` and refused by `OpeningHours.parse` (BG216).
    static let events: [(String, String)] = [
        ("ежедневно в 14:15 и в 17:15", "Mo-Su 14:15,17:15"),
        ("по вторникам в 15:00", "Tu 15:00"),
        // A start "в 11:00 по московскому времени" [S16]
        ("по средам в 11:00 по московскому времени", "We 11:00"),
        // "занятия начинаются в 9.00" [S15]
        ("по будням в 9.00", "Mo-Fr 09:00"),
        ("пн, ср в 10:00, 12:00 и 15:30", "Mo,We 10:00,12:00,15:30"),
        ("в 9 часов по субботам", "Sa 09:00"),
        ("ежедневно в 10, 12 и 14 часов", "Mo-Su 10:00,12:00,14:00"),
        ("Tu 15:00", "Tu 15:00"),
        ("Mo-Fr 09:00,17:00; PH off", "Mo-Fr 09:00,17:00; PH off"),
        ("вт в 15:00; чт в 16:00", "Tu 15:00; Th 16:00"),
        ("daily at 14:15 and 17:15", "Mo-Su 14:15,17:15"),
    ]

    /// Every opening-hours notation above (the events apart).
    static let hours =
        hourUnits + daysAfterTimes + workingDayPhrases + daysWithoutTimes + abbreviations + breaks
        + zones + alwaysOpen + groups + realPages

    /// Every notation above.
    static let all = hours + events
}
