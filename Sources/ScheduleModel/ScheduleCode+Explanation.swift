extension ScheduleCode {
    /// The severity a diagnostic or finding with this code has.
    public var defaultSeverity: ScheduleDiagnostic.Severity {
        switch self {
        case .unknownDay, .invalidTime, .endBeforeStart, .emptyNotation, .ambiguous, .overlappingRanges: .error
        case .roomDoubleBooked, .personDoubleBooked, .expired, .unexpectedText, .badDeadline: .error
        case .fixedTimeNotRange: .error
        case .outsideValidity, .expiresSoon, .missingCalendarData, .daysNotStated: .warning
        }
    }

    /// One line saying what the code means, as in the table of docs/schedule-model.md.
    public var summary: String {
        switch self {
        case .unknownDay: "unknown day name"
        case .invalidTime: "invalid time (25:00, 14:60, 24:30)"
        case .endBeforeStart: "end before start without a stated overnight"
        case .emptyNotation: "empty expression, days without times, empty range"
        case .ambiguous: "ambiguous notation (the message says the readings)"
        case .overlappingRanges: "overlapping ranges in one day / across midnight"
        case .roomDoubleBooked: "room double-booked"
        case .personDoubleBooked: "person booked twice"
        case .outsideValidity: "a timetable exception dated outside its validity, or a validity outside the school year"
        case .expired: "timetable expired before today"
        case .expiresSoon: "timetable expires within N days of today"
        case .unexpectedText: "unexpected text or token"
        case .badDeadline: "bad deadline rule or response time"
        case .missingCalendarData: "the production calendar has no data for a year of the school year"
        case .fixedTimeNotRange: "a fixed time where opening hours (ranges) are expected"
        case .daysNotStated: "times without any days, read as every day"
        }
    }

    /// What the code means and why boardgen refuses or flags it, in a few sentences.
    public var explanation: String {
        switch self {
        case .unknownDay:
            """
            A word stands where a day of the week is expected, but it is not a day name boardgen knows: \
            not an abbreviation (пн, вт, чет., Mo, Tue), not a full or inflected name (понедельник, по средам, \
            Monday) and not a unique prefix of one. boardgen refuses it instead of skipping it, because a \
            skipped day would silently drop those hours from what is published.
            """
        case .invalidTime:
            """
            A time must exist on a clock: hours 0-23 and minutes 00-59, written H:MM or H.MM, with 24:00 \
            allowed only as the end of a range, and 1-12 before am/pm. Times such as 25:00, 14:60, 24:30, \
            1400 or 13pm are refused rather than wrapped or guessed, because any guess would publish hours \
            nobody announced.
            """
        case .endBeforeStart:
            """
            The range ends earlier in the day than it starts, and nothing says that it runs past midnight. \
            OpenStreetMap would read such a range as overnight, but in a school's text it is far more often \
            a typo (18:00-09:00 for 09:00-18:00), so boardgen accepts an overnight range only when it is stated.
            """
        case .emptyNotation:
            """
            Hours were expected but there is nothing to publish: the text is empty, days are named without \
            any times (пн-пт), only the days off are named (сб, вс — выходной), or a range starts and ends at \
            the same time (14:00-14:00). boardgen does not read this as "closed" or as "all day", since either \
            reading could be wrong.
            """
        case .ambiguous:
            """
            The text can be read in more than one way, and boardgen will not pick one: "с 9 до 6" may end at \
            18:00 or at 06:00 the next day, "п" may be понедельник or пятница, a day given twice may replace \
            or add to its first hours, and a status such as "по записи" next to times says two things at once. \
            The message names the readings it sees.
            """
        case .overlappingRanges:
            """
            Two ranges of the same day overlap, or an overnight range runs into the first range of the next \
            day. An overlap usually hides a typo or a half-made change, and it leaves "open until" and the \
            next change unclear, so boardgen asks for ranges that do not overlap.
            """
        case .roomDoubleBooked:
            """
            Timetables of two different people put slots in the same room at overlapping times on the same \
            weekday while both timetables are valid. Visitors sent to that room would find only one of the \
            consultations, so this is an error. Overnight slots are compared across midnight.
            """
        case .personDoubleBooked:
            """
            One person has two slots that overlap in time on the same weekday, in timetables valid at the \
            same time. Nobody can hold two consultations at once, so at least one of the published times \
            is wrong.
            """
        case .outsideValidity:
            """
            A timetable has an extra slot or a cancellation dated outside the period the timetable is valid \
            for, or its validity starts before or ends after the school year. The dates are used as written, \
            but this is usually a typo in the year or a timetable carried over from last year, so boardgen warns.
            """
        case .expired:
            """
            The timetable's validity ended before the day the site is built for. Publishing it would show \
            consultation times that no longer hold, which is worse than showing none, so this is an error.
            """
        case .expiresSoon:
            """
            The timetable's validity ends within the warning period (14 days unless the site sets another) \
            after the day the site is built for. It is still correct today; the warning is a reminder to \
            prepare the next timetable before visitors find an expired one.
            """
        case .unexpectedText:
            """
            The text contains something the notation does not allow at that place: a stray word after the \
            times, a time without "-" or "до" before its end, a break without its range, or a quoted note \
            without its closing quote. boardgen stops there instead of dropping the text, because dropped \
            words often carry meaning ("кроме обеда").
            """
        case .badDeadline:
            """
            A deadline rule must say how much time it allows and what it is counted from: an amount with a \
            unit (2 недели, два дня, 3 рабочих дня) and "до конца/окончания …" or "после начала …", or a \
            frequency such as "не реже двух раз в неделю"; it is counted from the start or end of each \
            reporting period (четверть, триместр, полугодие), not from the end of the school year or a month. \
            A desk's registration or response time ("registration_time", "response_time") must say the same \
            of a request: "в день поступления", "не позднее следующего рабочего дня", "в течение 10 рабочих \
            дней с даты регистрации". A rule missing a part cannot be turned into dates, so boardgen refuses \
            it instead of guessing; the message names the word where it stopped.
            """
        case .missingCalendarData:
            """
            The school year reaches into a year for which the production calendar has no public holidays \
            or transferred days off. For that year only Saturdays and Sundays count as days off, so \
            timetables, deadlines and desk hours would ignore the holidays; boardgen warns so that the \
            calendar is completed before those dates come.
            """
        case .fixedTimeNotRange:
            """
            The text gives a moment ("в 15:00", "пн 14:00") where opening hours are expected. boardgen reads \
            fixed times as events of their own ("по вторникам в 15:00", OpenStreetMap's "Tu 15:00"), but hours, \
            consultation slots and desk hours need a start and an end: whether the visitor is helped at \
            15:30 cannot be told from a moment, and a forgotten end is the usual cause.
            """
        case .daysNotStated:
            """
            The text gives times but no days at all ("с 8 до 17"), so boardgen reads them as every day and \
            publishes "ежедневно". On real school pages such a line usually stands under a heading or next to \
            a line that names the days (Monday to Friday), which the value no longer has; a desk published as \
            open on Saturday and Sunday sends parents to a closed door. boardgen warns instead of guessing \
            either way.
            """
        }
    }
}
