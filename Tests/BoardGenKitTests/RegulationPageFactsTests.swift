import Testing

@testable import BoardGenDiagnostics
@testable import BoardGenModel
@testable import BoardGenRender

/// The facts the build cache keys every regulation page by write every field of a form, so that no
/// change of another document's form is missed.
@Suite struct RegulationPageFactsTests {
    @Test func aFormIsWrittenOutWithEveryField() {
        let location = SourceLocation(file: "regulations/a.md", line: 3, column: 5)
        let form = LogForm(
            id: "log", label: "Приложение 1", title: "Журнал", columns: ["Дата", "Подпись"], rows: 12,
            location: location)
        // A new field of LogForm or SourceLocation must be added to `describe` (and then here).
        #expect(
            Mirror(reflecting: form).children.map(\.label) == ["id", "label", "title", "columns", "rows", "location"])
        #expect(Mirror(reflecting: location).children.map(\.label) == ["file", "line", "column"])
        let described = RegulationPageFacts.describe(form)
        for (index, changed) in [
            LogForm(
                id: "log2", label: "Приложение 1", title: "Журнал", columns: ["Дата", "Подпись"], rows: 12,
                location: location),
            LogForm(id: "log", title: "Журнал", columns: ["Дата", "Подпись"], rows: 12, location: location),
            LogForm(
                id: "log", label: "Приложение 1", title: "Журнал!", columns: ["Дата", "Подпись"], rows: 12,
                location: location),
            LogForm(
                id: "log", label: "Приложение 1", title: "Журнал", columns: ["Дата, Подпись"], rows: 12,
                location: location),
            LogForm(
                id: "log", label: "Приложение 1", title: "Журнал", columns: ["Дата", "Подпись"], rows: 13,
                location: location),
            LogForm(
                id: "log", label: "Приложение 1", title: "Журнал", columns: ["Дата", "Подпись"], rows: 12,
                location: SourceLocation(file: "regulations/a.md", line: 4, column: 5)),
        ].enumerated() {
            #expect(RegulationPageFacts.describe(changed) != described, "change \(index) is seen")
        }
    }
}
