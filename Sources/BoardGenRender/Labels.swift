import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Every generated label, in the site's language. Templates read them as `{{labels.name}}`.
package struct Labels: Sendable {
    package var home, contacts, timetable, support, regulations, board: String
    package var whomToContact, forAudience, channel, hours, notSpecified, missingAddress: String
    package var nextSession, nextSessionFallback, noSessions, room, days, person, topics: String
    package var intake, processing, outOfHours, responseTime, responseTimeBlank, whatToTell: String
    package var requirements, rejectionReasons, escalation, escalatesTo, allAudiences: String
    package var approved, order, orderFrom, adoptedWith, protocolWord, deadlines, term, deadline: String
    package var appendices, footnotes, calendarFeeds, calendarAll, validFrom, validUntil, notPublished: String
    package var skipToContent, mainNavigation, byAppointment, printDate, validForYear, printBoard, noticeIndex: String
    package var scanForSite: String
    package var consultation: String
    package var schoolYearWord: String
    /// The accessible name of a Markdown table's scrolling box, numbered on the page: "Таблица 1".
    package var table: String
    /// A channel's fixed times ("по средам в 11:00"), said apart from opening hours.
    package var eventTimes: String
    /// A desk's registration time, and the worked example of its response times.
    package var registrationTime, responseExample: String
    /// The version for the visually impaired: its switch, the way back, and its settings' names and steps.
    package var lowVision, lowVisionOff, lowVisionSettings, lowVisionNoScript, textSize: String
    package var colourScheme, schemeBlackOnWhite, schemeWhiteOnBlack, schemeBlueOnLightBlue: String
    package var spacing, spacingNormal, spacingWide, images, imagesOn, imagesOff: String
    /// The language of these labels.
    package var language: SiteLanguage = .ru

    /// The labels for a language.
    package static func forLanguage(_ language: SiteLanguage) -> Labels {
        language == .en ? english : russian
    }
}

private extension Labels {
    static let russian = Labels(
        home: "Главная", contacts: "Контакты", timetable: "График консультаций", support: "Техническая поддержка",
        regulations: "Регламенты", board: "Информационный стенд",
        whomToContact: "Куда обращаться за помощью", forAudience: "Для", channel: "Способ связи", hours: "Часы работы",
        notSpecified: "не указано", missingAddress: "адрес не указан в регламенте",
        nextSession: "Ближайшая консультация", nextSessionFallback: "Расписание на неделю — в таблице ниже.",
        noSessions: "нет запланированных консультаций", room: "Кабинет", days: "Дни", person: "Специалист",
        topics: "Вопросы",
        intake: "Приём обращений", processing: "Обработка обращений", outOfHours: "В нерабочее время",
        responseTime: "Срок рассмотрения", responseTimeBlank: "срок в регламенте не указан",
        whatToTell: "Что сообщить при обращении", requirements: "Требования к обращению",
        rejectionReasons: "Причины отклонения обращения", escalation: "Если помочь не удалось",
        escalatesTo: "Обратитесь в", allAudiences: "Для всех",
        approved: "Утверждено", order: "приказом №", orderFrom: "от", adoptedWith: "Принято с учётом мнения",
        protocolWord: "протокол", deadlines: "Сроки по четвертям", term: "Период", deadline: "Срок",
        appendices: "Приложения", footnotes: "Примечания", calendarFeeds: "Календарь (iCalendar)",
        calendarAll: "Все консультации", validFrom: "действует с", validUntil: "по",
        notPublished: "Регламент ссылается на этот график, но сам график не опубликован.",
        skipToContent: "Перейти к содержанию", mainNavigation: "Основное меню",
        byAppointment: "по предварительной записи",
        printDate: "Дата печати", validForYear: "действительно на", printBoard: "Распечатать все объявления",
        noticeIndex: "Объявления для стенда", scanForSite: "Эта страница на сайте", consultation: "Консультация",
        schoolYearWord: "учебный год",
        table: "Таблица", eventTimes: "Время проведения", registrationTime: "Срок регистрации",
        responseExample: "Пример расчёта сроков",
        lowVision: "Версия для слабовидящих", lowVisionOff: "Обычная версия",
        lowVisionSettings: "Настройки версии для слабовидящих",
        lowVisionNoScript: "Включены крупный шрифт и высокая контрастность.", textSize: "Размер текста",
        colourScheme: "Цвета", schemeBlackOnWhite: "Чёрным по белому", schemeWhiteOnBlack: "Белым по чёрному",
        schemeBlueOnLightBlue: "Синим по голубому", spacing: "Интервалы", spacingNormal: "Обычные",
        spacingWide: "Увеличенные", images: "Изображения", imagesOn: "Показывать", imagesOff: "Скрыть")

    static let english = Labels(
        home: "Home", contacts: "Contacts", timetable: "Consultation timetable", support: "Technical support",
        regulations: "Regulations", board: "Notice board",
        whomToContact: "Where to get help", forAudience: "For", channel: "Channel", hours: "Hours",
        notSpecified: "not specified", missingAddress: "address not given in the regulation",
        nextSession: "Next consultation", nextSessionFallback: "See the weekly timetable below.",
        noSessions: "no consultations scheduled", room: "Room", days: "Days", person: "Consultant", topics: "Topics",
        intake: "Requests registered", processing: "Requests processed", outOfHours: "Out of hours",
        responseTime: "Response time", responseTimeBlank: "not stated in the regulation",
        whatToTell: "What to tell support", requirements: "Requirements", rejectionReasons: "Reasons for rejection",
        escalation: "If nobody could help", escalatesTo: "Contact", allAudiences: "For everyone",
        approved: "Approved", order: "by order No.", orderFrom: "of",
        adoptedWith: "Adopted taking into account the opinion of",
        protocolWord: "minutes", deadlines: "Deadlines by term", term: "Term", deadline: "Deadline",
        appendices: "Appendices", footnotes: "Notes", calendarFeeds: "Calendar (iCalendar)",
        calendarAll: "All consultations", validFrom: "valid from", validUntil: "to",
        notPublished: "The regulation refers to this timetable, but the timetable itself was not published.",
        skipToContent: "Skip to content", mainNavigation: "Main menu", byAppointment: "by appointment",
        printDate: "Printed", validForYear: "valid for", printBoard: "Print all notices",
        noticeIndex: "Notices for the board", scanForSite: "This page on the website", consultation: "Consultation",
        schoolYearWord: "school year",
        table: "Table", eventTimes: "Times", registrationTime: "Registration",
        responseExample: "Worked example",
        lowVision: "Version for the visually impaired", lowVisionOff: "Standard version",
        lowVisionSettings: "Settings of the version for the visually impaired",
        lowVisionNoScript: "Large type and high contrast are on.", textSize: "Text size",
        colourScheme: "Colours", schemeBlackOnWhite: "Black on white", schemeWhiteOnBlack: "White on black",
        schemeBlueOnLightBlue: "Dark blue on light blue", spacing: "Spacing", spacingNormal: "Normal",
        spacingWide: "Wide", images: "Images", imagesOn: "Show", imagesOff: "Hide", language: .en)
}
