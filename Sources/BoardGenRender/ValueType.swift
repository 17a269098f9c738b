/// The types of template data (`TemplateData` makes them, `PlanRenderer` reads them), told apart by their
/// metadata: comparing type identities, where a cast to an array or dictionary type looks up generic metadata
/// and bridging conformances first. After that, `as!` to the same type is the runtime's cheapest cast. The
/// commonest types come first: texts (as converted and before), tables, then the rest.
enum ValueType {
    case table, context, labels, text, string, int, bool, list, dictionary, position
    /// Anything else: rendered by swift-mustache.
    case other

    init(of value: Any) {
        let type = ObjectIdentifier(Swift.type(of: value))
        self =
            switch type {
            case ObjectIdentifier(TemplateText.self): .text
            case ObjectIdentifier(String.self): .string
            case ObjectIdentifier(TemplateObject.self): .table
            case ObjectIdentifier(PreparedContext.self): .context
            case ObjectIdentifier(Bool.self): .bool
            case ObjectIdentifier(Int.self): .int
            case ObjectIdentifier(LabelTable.self): .labels
            case ObjectIdentifier([Any].self): .list
            case ObjectIdentifier([String: Any].self): .dictionary
            case ObjectIdentifier(PlanRenderer.SequencePosition.self): .position
            default: .other
            }
    }
}
