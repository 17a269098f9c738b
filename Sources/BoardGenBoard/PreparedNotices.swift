import BoardGenRender
import Synchronization

/// The board's notices as its pages need them, each made once and only when asked for: converted
/// for the templates (the print page, the index and a notice's own page share the conversion, and
/// a build that takes every board page from the cache converts none), and written out in full for
/// the build cache's keys (a build without a cache writes none).
final class PreparedNotices: Sendable {
    private let notices: [NoticeView]
    private let converted: Mutex<[PreparedContext?]>
    private let descriptions: Mutex<[String??]>
    private let describe: (@Sendable (NoticeView) -> String?)?

    /// `describe` writes a notice out in full for the keys, telling every two different notices apart;
    /// without it no notice has a description (its pages are rendered every time).
    init(_ notices: [NoticeView], describe: (@Sendable (NoticeView) -> String?)?) {
        self.notices = notices
        self.describe = describe
        converted = Mutex(Array(repeating: nil, count: notices.count))
        descriptions = Mutex(Array(repeating: nil, count: notices.count))
    }

    /// The notice at `index`, converted.
    subscript(index: Int) -> PreparedContext {
        Self.once(index, in: converted) { PreparedContext(view: notices[index]) }
    }

    /// Every notice, converted, in board order.
    var all: [PreparedContext] {
        notices.indices.map { self[$0] }
    }

    /// The notice at `index` written out in full (by `describe`): besides the site-wide inputs, what
    /// its page shows. Nil if it cannot be written; the page is then rendered every time.
    func description(_ index: Int) -> String? {
        Self.once(index, in: descriptions) { describe?(notices[index]) }
    }

    /// Every notice written out, in board order (what the index and the printed board show); nil
    /// if one cannot be written.
    var everyDescription: String? {
        let each = notices.indices.map(description)
        return each.contains { $0 == nil } ? nil : each.compactMap { $0 }.joined(separator: "\n")
    }
}

private extension PreparedNotices {
    /// The value kept at `index`, made by `make` the first time. Made outside the lock: two pages
    /// asking at once may both make it; the first kept wins.
    static func once<Value: Sendable>(_ index: Int, in kept: borrowing Mutex<[Value?]>, make: () -> Value) -> Value {
        if let done = kept.withLock({ $0[index] }) { return done }
        let made = make()
        return kept.withLock { kept in
            if let done = kept[index] { return done }
            kept[index] = made
            return made
        }
    }
}
