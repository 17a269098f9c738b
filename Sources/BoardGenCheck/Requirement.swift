import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport

/// One item the policy requires to be published, and how to recognise and locate it.
package struct Requirement {
    /// The mark it carries in the output (`contact:it-phone`).
    package var item: String
    /// The audiences it is required for.
    package var audiences: [Audience]
    /// A short human description ("phone for parents").
    package var description: String
    /// Where it must appear.
    package var places: [PublicationPolicy.Place]
    /// HTML fragments the marked element must contain (the phone as displayed, escaped, …).
    package var texts: [String]
    /// The content that defines it.
    var contentLocation: SourceLocation
    /// Templates that render it on the website and on the board, and the placeholder of its value.
    var siteTemplates: [String]
    var boardTemplates: [String]
    var placeholder: String
    /// The partial every rendering of the item goes through (its mark and value live there).
    var leafTemplate: String { siteTemplates.first ?? boardTemplates.first ?? "" }
    /// The template text that writes the item's mark.
    var markNeedle: String = "data-item=\"{{item}}\""
}
