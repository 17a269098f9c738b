import BoardGenDiagnostics

/// A reference by id from one piece of content to another, with where it is written.
public struct Reference: Sendable, Hashable {
    /// The referenced id.
    public var id: String
    /// Where the reference is written.
    public var location: SourceLocation

    /// Makes a reference.
    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}
