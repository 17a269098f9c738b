import BoardGenSupport
import Mustache

/// Turns view structs into template tables once, before rendering. Mustache reflects a struct with
/// `Mirror` on every variable lookup (and on every level of the context stack it climbs), which
/// dominated directive-heavy pages; a `TemplateObject` answers each lookup by hashing, and text
/// becomes `TemplateText`, which the library renders without its chain of failed casts.
enum TemplateData {
    /// The value with every nested struct turned into `[String: Any]` and every nil dropped.
    static func convert(_ value: Any) -> Any {
        convertPresent(value) ?? value
    }

    /// The fields of a converted view or table (empty for anything else).
    static func table(_ value: Any) -> [String: Any] {
        (convertPresent(value) as? TemplateObject)?.values ?? [:]
    }

    /// The converted value, or nil for an empty optional, so that `{{#field}}` sections see
    /// "absent", not "nil". The common cases come first: a Mirror per value was most of the cost
    /// of a page.
    private static func convertPresent(_ value: Any) -> Any? {
        // The common types by identity first: a cast to a protocol or a generic type costs a lookup
        // in the runtime's conformance tables, and these are most of the values of every page.
        switch ValueType(of: value) {
        case .string: return TemplateText(value as! String)
        case .text, .bool, .int, .table, .context, .labels: return value
        case .list: return (value as! [Any]).compactMap(convertPresent)
        case .dictionary: return TemplateObject((value as! [String: Any]).compactMapValues(convertPresent))
        case .position, .other: return convertOther(value)
        }
    }

    /// Any other value, by what it conforms to (the order decides for a value that matches several). Views and
    /// lists of views come first: each failed cast before them was a lookup in the runtime's conformance tables.
    private static func convertOther(_ value: Any) -> Any? {
        switch value {
        case let view as TemplateFields:
            return TemplateObject(view.templateFields.compactMapValues { $0.flatMap(convertPresent) })
        case let list as AnyArray: return list.elements.compactMap(convertPresent)
        case let text as String: return TemplateText(text)
        case let text as TemplateText: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let object as TemplateObject: return object
        case let parent as MustacheParent where !(parent is [String: Any]): return parent
        case let dictionary as [String: Any]: return TemplateObject(dictionary.compactMapValues(convertPresent))
        case let optional as AnyOptional: return optional.wrappedValue.flatMap(convertPresent)
        default: return reflect(value)
        }
    }

    /// A struct or class as a table of its stored properties; anything else as it is.
    private static func reflect(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .struct || mirror.displayStyle == .class else { return value }
        var table: [String: Any] = [:]
        for child in mirror.children {
            guard let name = child.label, let converted = convertPresent(child.value) else { continue }
            table[name] = converted
        }
        return TemplateObject(table)
    }
}

/// A view that lists its stored properties for templates itself (name → value), so that
/// `TemplateData` need not reflect it; for the views converted on every page.
package protocol TemplateFields {
    var templateFields: [String: Any?] { get }
}

/// Lets `TemplateData` take any array's elements with one cast (`as? [Any]` looks up bridging first).
private protocol AnyArray {
    var elements: [Any] { get }
}

extension Array: AnyArray {
    fileprivate var elements: [Any] { map { $0 } }
}

/// Lets `TemplateData` see through an `Optional` held in `Any` without building a `Mirror`.
private protocol AnyOptional {
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}

/// Template data converted once and shared by many renders: the context every regulation page
/// and directive shares (labels, site, navigation). A page adds its own values on top, so only
/// those are converted per page. Mustache reads it as a parent object, by name.
/// `@unchecked Sendable`: immutable after init, but swift-mustache's `MustacheParent` hands out
/// `Any` values, which the compiler cannot prove Sendable.
package final class PreparedContext: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]

    /// Converts `values` once (see `TemplateData.convert`).
    package init(_ values: [String: Any]) {
        self.values = TemplateData.table(values)
    }

    /// A view converted once for the many renders that show it (a notice on its own page, in the
    /// board index and on the print page).
    package init(view: Any) {
        self.values = TemplateData.table(view)
    }

    private init(converted values: [String: Any], base: PreparedContext) {
        // The shared values copied under the page's own: each lookup is one hash, not two.
        self.values = values.merging(base.values) { own, _ in own }
    }

    /// This context with `values` on top (converted now; the shared part is not converted again).
    func adding(_ values: [String: Any]) -> PreparedContext {
        PreparedContext(converted: TemplateData.table(values), base: self)
    }

    package func child(named name: String) -> Any? {
        values[name]
    }

    /// A value by name, for Swift code that needs it (the relative `root`); text as a `String`.
    subscript(name: String) -> Any? {
        let value = child(named: name)
        return (value as? TemplateText)?.text ?? value
    }
}
