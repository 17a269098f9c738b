import BoardGenRender

/// One A4 notice for the hall's information stand, as templates see it.
public struct NoticeView: Sendable {
    public var id: String
    public var item: String
    public var kind: String
    public var title: String
    public var audience: String?
    public var isLandscape: Bool
    /// The absolute URL of this notice on the website (also in the QR code).
    public var url: String
    public var qrSVG: String
    public var channels: [ChannelView]
    public var hasChannels: Bool
    public var timetable: TimetableView?
    public var desk: DeskView?
    public var tell: [TellView]
    public var hasTell: Bool
    public var deadlines: DeadlineTable?
    public var hasDeadlines: Bool
    public var form: FormView?
    public var summaryLines: [String]
    /// "Утверждено приказом № 143 от 06.06.2018".
    public var approvalLine: String?
    /// "действительно на 2026/27 учебный год".
    public var validFor: String?
    /// "Дата печати: 22.11.2026".
    public var printDate: String
    public var schoolName: String
}
