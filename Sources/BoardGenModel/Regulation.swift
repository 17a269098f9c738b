import BoardGenDiagnostics
import BoardGenSupport
import ScheduleModel

/// A regulation: front matter plus a Markdown body.
///
/// Its fields live in one shared box, copied on the first change of a shared copy (copy on write):
/// a site's regulations are copied many times between loading and the pages, and a copy is then one
/// retain instead of one per field (a tenth of a rebuild of 10,000 unchanged pages went to copying them).
package struct Regulation: Sendable, Identifiable, Codable {
    /// The slug, used as the page name (`regulations/<slug>.html`).
    package var id: String {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    package var title: String {
        get { box.fields.title }
        set { update { $0.title = newValue } }
    }
    /// The kind of document ("положение", "памятка"); `регламент` unless the front matter says.
    package var kind: DocumentKind {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    package var order: Int {
        get { box.fields.order }
        set { update { $0.order = newValue } }
    }
    package var audiences: [Audience] {
        get { box.fields.audiences }
        set { update { $0.audiences = newValue } }
    }
    package var approval: Approval? {
        get { box.fields.approval }
        set { update { $0.approval = newValue } }
    }
    package var uses: [UsedItem] {
        get { box.fields.uses }
        set { update { $0.uses = newValue } }
    }
    package var deadlines: [DeadlineSpec] {
        get { box.fields.deadlines }
        set { update { $0.deadlines = newValue } }
    }
    package var appendices: [LogForm] {
        get { box.fields.appendices }
        set { update { $0.appendices = newValue } }
    }
    package var footnotes: [Footnote] {
        get { box.fields.footnotes }
        set { update { $0.footnotes = newValue } }
    }
    /// Which notice the regulation asks for on the board (front matter `board:`).
    package var boardNotice: BoardNoticeMode {
        get { box.fields.boardNotice }
        set { update { $0.boardNotice = newValue } }
    }
    /// The rules the document marks for its board notice (`board: { rules: [...] }`), in its order.
    package var boardRules: [NumberedRule] {
        get { box.fields.boardRules }
        set { update { $0.boardRules = newValue } }
    }
    /// The Markdown body; read from the file when first used if the build cache kept the rest
    /// of the regulation (`deferBody(to:)`).
    package var body: String {
        get { box.fields.deferredBody?.text ?? box.fields.storedBody }
        set {
            update {
                $0.storedBody = newValue
                $0.deferredBody = nil
            }
        }
    }
    /// The line in the file where the body starts (for Markdown diagnostics).
    package var bodyFirstLine: Int {
        get { box.fields.bodyFirstLine }
        set { update { $0.bodyFirstLine = newValue } }
    }
    /// The file, relative to the content folder.
    package var path: String {
        get { box.fields.path }
        set { update { $0.path = newValue } }
    }
    package var location: SourceLocation {
        get { box.fields.location }
        set { update { $0.location = newValue } }
    }
    /// Where `slug:` is written, if it is.
    package var slugLocation: SourceLocation? {
        get { box.fields.slugLocation }
        set { update { $0.slugLocation = newValue } }
    }

    private var box: Box

    /// True while the body is a deferred one that nothing has read yet (the build cache kept the
    /// regulation and no page that needs its body was rendered).
    package var isBodyUnread: Bool {
        box.fields.deferredBody.map { !$0.isRead } ?? false
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        title: String,
        order: Int,
        audiences: [Audience],
        approval: Approval? = nil,
        uses: [UsedItem],
        deadlines: [DeadlineSpec],
        appendices: [LogForm],
        footnotes: [Footnote],
        boardNotice: BoardNoticeMode,
        body: String,
        bodyFirstLine: Int,
        path: String,
        location: SourceLocation,
        slugLocation: SourceLocation? = nil
    ) {
        box = Box(
            Fields(
                id: id, title: title, order: order, audiences: audiences, approval: approval, uses: uses,
                deadlines: deadlines, appendices: appendices, footnotes: footnotes, boardNotice: boardNotice,
                storedBody: body, bodyFirstLine: bodyFirstLine, path: path, location: location,
                slugLocation: slugLocation))
    }

    /// Everything but the body: the build cache keeps a regulation without it and reads the body
    /// from the file only for a page it renders (`deferBody(to:)`).
    package init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    package func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    /// Replaces the body with one read when first used (the build cache kept the rest of the
    /// regulation, decoded from the same file, whose body it does not keep).
    package mutating func deferBody(to text: DeferredText) {
        update {
            $0.storedBody = ""
            $0.deferredBody = text
        }
    }
}

private extension Regulation {
    /// The stored fields.
    struct Fields: Codable {
        var id: String
        var title: String
        var kind: DocumentKind = .regulation
        var order: Int
        var audiences: [Audience]
        var approval: Approval?
        var uses: [UsedItem]
        var deadlines: [DeadlineSpec]
        var appendices: [LogForm]
        var footnotes: [Footnote]
        var boardNotice: BoardNoticeMode
        var boardRules: [NumberedRule] = []
        var storedBody: String = ""
        var deferredBody: DeferredText? = nil
        var bodyFirstLine: Int
        var path: String
        var location: SourceLocation
        var slugLocation: SourceLocation?

        init(
            id: String, title: String, order: Int, audiences: [Audience], approval: Approval?, uses: [UsedItem],
            deadlines: [DeadlineSpec], appendices: [LogForm], footnotes: [Footnote], boardNotice: BoardNoticeMode,
            storedBody: String, bodyFirstLine: Int, path: String, location: SourceLocation,
            slugLocation: SourceLocation?
        ) {
            (self.id, self.title, self.order, self.audiences, self.approval) = (id, title, order, audiences, approval)
            (self.uses, self.deadlines, self.appendices, self.footnotes) = (uses, deadlines, appendices, footnotes)
            (self.boardNotice, self.storedBody, self.bodyFirstLine) = (boardNotice, storedBody, bodyFirstLine)
            (self.path, self.location, self.slugLocation) = (path, location, slugLocation)
        }

        /// Everything but the body (see `Regulation.init(from:)`).
        enum CodingKeys: String, CodingKey {
            case id, title, kind, order, audiences, approval, uses, deadlines, appendices, footnotes, boardNotice
            case boardRules, bodyFirstLine, path, location, slugLocation
        }
    }

    /// The shared box. `@unchecked Sendable`: its fields change only through `update`, on a box no
    /// other value shares (a shared one is copied first), so no two threads ever change one box.
    final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// Changes the fields, copying the box first when another value shares it.
    mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }
}
