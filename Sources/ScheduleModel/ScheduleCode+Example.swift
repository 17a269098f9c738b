extension ScheduleCode {
    /// An input that raises the code: for the codes of `OpeningHours.parse` the notation itself, for
    /// BG214 the text of a deadline rule, and for consistency findings the situation in one line.
    public var example: String {
        switch self {
        case .unknownDay: "Пнедельник 14:00-15:00"
        case .invalidTime: "пн 25:00-26:00"
        case .endBeforeStart: "пн 18:00-09:00"
        case .emptyNotation: "пн-пт"
        case .ambiguous: "с 9 до 6"
        case .overlappingRanges: "пн 9:00-13:00, 12:00-18:00"
        case .unexpectedText: "пн 9:00-10:00 привет"
        case .badDeadline: "за 2 недели"
        case .fixedTimeNotRange: "по вторникам в 15:00"
        case .daysNotStated: "с 8 до 17"
        case .roomDoubleBooked:
            "Абжелова А.Д has Monday 14:00-15:00 in \"Каб. 7\" and Одрин В.В has Monday 14:30-15:30 in \"Каб. 7\""
        case .personDoubleBooked:
            "two timetables give Абжелова А.Д both Monday 14:00-15:00 and Monday 14:30-15:30"
        case .outsideValidity: "a timetable valid 01.09.2026–31.05.2027 cancels its slot on 02.06.2027"
        case .expired: "a timetable valid until 26.05.2026, on a site built on 22.11.2026"
        case .expiresSoon: "a timetable valid until 01.12.2026, on a site built on 22.11.2026 (9 days left)"
        case .missingCalendarData:
            "the school year 2027/2028 ends on 31.05.2028, but the production calendar has no data for 2028"
        }
    }

    /// What to write instead, with corrected examples. For the codes of `OpeningHours.parse` and
    /// `DeadlineRule.parse`, every text between backticks is a complete input that they accept.
    public var fix: String {
        switch self {
        case .unknownDay:
            """
            Check the spelling or use a standard form: `Понедельник 14:00-15:00` or `пн 14:00-15:00`. Days are \
            written пн вт ср чт пт сб вс (also пон., вт., чет.), as full names in any case (понедельник, \
            по средам) or as Mo-Su / Mon-Sun.
            """
        case .invalidTime:
            """
            Write a real clock time with a colon or a dot: `пн 14:00-15:00`, `пн 14.00-15.00`. Use 24:00 only \
            to end a range at midnight, `пт 18:00-24:00`; state a range that runs past midnight, \
            `пт 22:00-02:00 (следующего дня)`.
            """
        case .endBeforeStart:
            """
            Swap the times if they are reversed: `пн 09:00-18:00`. If the range really runs past midnight, \
            say so after its end: `пн 18:00-09:00 (следующего дня)` or `Mo 18:00-09:00 (next day)`.
            """
        case .emptyNotation:
            """
            Give the times after the days: `пн-пт 9:00-18:00`. To say that days are closed, write it next to \
            the hours of the others: `пн-пт 9:00-18:00; сб, вс выходной`, or `закрыто` for the whole value; for \
            hours that are not fixed write `по записи` or `уточняется`.
            """
        case .ambiguous:
            """
            Write the reading you mean: `с 9 до 18`, or `с 21:00 до 06:00 (следующего дня)` for a night. Use a \
            standard abbreviation, `пн 10:00-11:00` rather than "п 10:00-11:00"; list each day once with all \
            its ranges, `пн 9:00-12:00, 14:00-15:00`; give either times or a status such as `по записи`, not both.
            """
        case .overlappingRanges:
            """
            Make the ranges follow each other, `пн 9:00-13:00, 14:00-18:00`, or merge them into one, \
            `пн 9:00-18:00`; for a break inside the hours write `пн 9:00-18:00, перерыв 13:00-14:00`.
            """
        case .unexpectedText:
            """
            Remove the stray text or make it a quoted note after the hours: `пн 9:00-10:00 "привет"`. Join a \
            range with a dash or "до", `пн 9:00-10:00` or `пн с 9:00 до 10:00`, and give a break its range, \
            `пн 9:00-18:00, перерыв 13:00-14:00`.
            """
        case .badDeadline:
            """
            Say what the deadline is counted from: `за 2 недели до конца четверти` or \
            `через 5 дней после начала четверти`, or give a frequency, `не реже двух раз в неделю`; in \
            English, `2 weeks before the end of the term`.
            """
        case .roomDoubleBooked:
            """
            Move one of the slots to another room or time, e.g. Одрин В.В on Monday 15:00-16:00 in "Каб. 7" or \
            14:30-15:30 in "Каб. 8"; if one timetable replaces the other, end the old one's validity \
            (valid_until) before the new one starts.
            """
        case .personDoubleBooked:
            """
            Keep one of the two slots and move or remove the other, e.g. Monday 14:00-15:00 and Monday \
            15:00-16:00; if a new timetable replaces an old one, end the old one's validity (valid_until) the \
            day before the new one starts.
            """
        case .outsideValidity:
            """
            Correct the exception's date so that it falls inside the validity (e.g. 02.12.2026 instead of \
            02.06.2027), or extend the validity if the timetable really continues; keep the validity inside \
            the school year, e.g. valid_from: 2026-09-01 and valid_until: 2027-05-31 for 2026/2027.
            """
        case .expired:
            """
            Publish the new timetable with a current validity (e.g. valid_until: 2027-05-31), extend \
            valid_until if the times are unchanged, or set published: false until the new times are known.
            """
        case .expiresSoon:
            """
            Prepare the next timetable (e.g. valid_from: 2026-12-02) or extend valid_until if the times carry \
            on; nothing has to change if the timetable really ends then.
            """
        case .fixedTimeNotRange:
            """
            Give the end of each time: `по вторникам с 15:00 до 16:00` or `вт 15:00-16:00`. If the text really \
            announces events that start at fixed times, publish it where events are expected (boardgen hours \
            shows how such a text is read).
            """
        case .daysNotStated:
            """
            Name the days: `пн-пт с 8 до 17`, `с 8 до 17, кроме выходных и праздничных дней`, or, when the \
            times really hold every day, `ежедневно с 8 до 17`.
            """
        case .missingCalendarData:
            """
            Until boardgen's built-in calendar covers the year, list that year's holidays and transfers as \
            the school's own days in the settings: holidays: extra_days_off: [2028-01-03, 2028-01-04, …] and \
            extra_working_days for working Saturdays. The warning stays until boardgen's calendar has the year.
            """
        }
    }
}
