import BoardGenDiagnostics

/// A reference by id from one piece of content to another, with where it is written.
package struct Reference: Sendable, Hashable, Codable {
    /// The referenced id.
    package var id: String
    /// Where the reference is written.
    package var location: SourceLocation

    /// Makes a reference.
    package init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}
