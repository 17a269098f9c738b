import BoardGenRender

/// One A4 notice for the hall's information stand, as templates see it.
package struct NoticeView: Sendable, Encodable {
    package var id: String
    package var item: String
    package var kind: String
    package var title: String
    package var audience: String?
    package var isLandscape: Bool
    /// The absolute URL of this notice on the website (also in the QR code, `qrSVG`).
    package var url: String
    package var channels: [ChannelView]
    package var hasChannels: Bool
    package var timetable: TimetableView?
    package var desk: DeskView?
    package var tell: [TellView]
    package var hasTell: Bool
    package var deadlines: DeadlineTable?
    package var hasDeadlines: Bool
    /// The mark of the regulation's deadlines table on a regulation notice.
    package var deadlinesItem: String?
    package var form: FormView?
    /// "Утверждено приказом № 143 от 06.06.2018".
    package var approvalLine: String?
    /// "действительно на 2026/27 учебный год".
    package var validFor: String?
    /// "Дата печати: 22.11.2026".
    package var printDate: String
    package var schoolName: String

    /// The rules the document marks for its notice, rendered from its Markdown.
    package var rules: [String] = []
    package var hasRules = false
    /// "Главное из регламента".
    package var rulesHeading: String?
    /// A sheet of a document printed in full: its part of the text, rendered.
    package var documentHTML: String?
    /// What the QR code opens, said above its address ("Эта страница на сайте").
    package var urlCaption: String = ""
}

extension NoticeView {
    /// The QR code of `url` as inline SVG, titled with the caption and the address. Made when a page
    /// that prints the notice is rendered, not when the notice is made: a rebuild whose board pages
    /// all come from the build cache makes none (the cache's key holds the URL and the caption).
    package var qrSVG: String {
        QRCode.svg(for: url, title: "\(urlCaption): \(url)") ?? ""
    }
}
