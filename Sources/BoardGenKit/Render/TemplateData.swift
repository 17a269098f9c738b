import Mustache

/// Turns view structs into dictionaries once, before rendering. Mustache reflects a struct with
/// `Mirror` on every variable lookup (and on every level of the context stack it climbs), which
/// dominated directive-heavy pages; a dictionary answers each lookup by hashing.
enum TemplateData {
    /// The value with every nested struct turned into `[String: Any]` and every nil dropped.
    static func convert(_ value: Any) -> Any {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let parent as MustacheParent where !(parent is [String: Any]): return parent
        case let dictionary as [String: Any]: return dictionary.compactMapValues(convertOptional)
        case let array as [Any]: return array.compactMap(convertOptional)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var table: [String: Any] = [:]
            for child in mirror.children {
                guard let name = child.label, let converted = convertOptional(child.value) else { continue }
                table[name] = converted
            }
            return table
        case .optional:
            return mirror.children.first.map { convert($0.value) } ?? value
        default:
            return value
        }
    }

    /// nil for an empty optional, so that `{{#field}}` sections see "absent", not "nil".
    private static func convertOptional(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return convert(wrapped)
        }
        return convert(value)
    }
}
