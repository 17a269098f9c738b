import BoardGenRender
import Synchronization

/// The board's notices converted for the templates, each once and only when a page needs it: the
/// print page, the index and a notice's own page share the conversion, and a build that takes
/// every board page from the cache converts none.
final class PreparedNotices: Sendable {
    private let notices: [NoticeView]
    private let converted: Mutex<[PreparedContext?]>

    init(_ notices: [NoticeView]) {
        self.notices = notices
        converted = Mutex(Array(repeating: nil, count: notices.count))
    }

    /// The notice at `index`, converted.
    subscript(index: Int) -> PreparedContext {
        if let done = converted.withLock({ $0[index] }) { return done }
        // Converted outside the lock: two pages asking at once may both convert; the first kept wins.
        let made = PreparedContext(view: notices[index])
        return converted.withLock { converted in
            if let done = converted[index] { return done }
            converted[index] = made
            return made
        }
    }

    /// Every notice, converted, in board order.
    var all: [PreparedContext] {
        notices.indices.map { self[$0] }
    }
}
