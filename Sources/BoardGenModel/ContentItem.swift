import BoardGenDiagnostics

/// A piece of content with a unique id and a place where it is defined.
package protocol ContentItem: Identifiable, Sendable where ID == String {
    /// Where the item is defined.
    var location: SourceLocation { get }
}

extension Channel: ContentItem {}
extension Person: ContentItem {}
extension TimetableDefinition: ContentItem {}
extension Desk: ContentItem {}
extension Regulation: ContentItem {}
extension NoticeSpec: ContentItem {}
extension LogForm: ContentItem {}
