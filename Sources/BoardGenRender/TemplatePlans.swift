import Mustache
import Synchronization

/// The plans of one template set: each template of the library and each directive wrapper that
/// `TemplatePlan` can read. A template without a plan, or a render that meets a value the plan
/// does not know, is rendered by swift-mustache (`TemplateSet.render`).
struct TemplatePlans: Sendable {
    /// Template name → plan.
    let templates: [String: TemplatePlan]
    /// Wrapped template's name → the plan of `{{#value}}{{> name}}{{/value}}`.
    let wrappers: [String: TemplatePlan]
    /// Every template name of the library (partials by these names exist).
    let names: Set<String>
    /// How many renders of this set swift-mustache had to do (tests expect none for the defaults).
    private let fallbacks = FallbackCount()

    /// Reads the plans of the library's templates and of the wrappers.
    init(library: MustacheLibrary, names: some Sequence<String>, wrappers: [String: MustacheTemplate]) {
        var templates: [String: TemplatePlan] = [:]
        var known: Set<String> = []
        for name in names {
            guard let template = library.getTemplate(named: name) else { continue }
            known.insert(name)
            templates[name] = TemplatePlan(template)
        }
        self.templates = templates
        self.wrappers = wrappers.compactMapValues(TemplatePlan.init)
        self.names = known
    }

    /// The output of `plan` for `object`, or nil when only swift-mustache can render it exactly.
    func render(_ plan: TemplatePlan?, object: Any) -> String? {
        var renderer = PlanRenderer(plans: templates, names: names)
        guard let plan, let output = try? renderer.render(plan, object: object) else {
            fallbacks.count.add(1, ordering: .relaxed)
            return nil
        }
        return output
    }

    /// How many renders fell back to swift-mustache so far.
    var fallbackCount: Int { fallbacks.count.load(ordering: .relaxed) }
}

private final class FallbackCount: Sendable {
    let count = Atomic<Int>(0)
}
