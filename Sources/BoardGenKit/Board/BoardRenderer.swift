import ScheduleModel

/// Renders the notice board pages into the site (`board/`).
struct BoardRenderer {
    let site: Site
    let templates: TemplateSet
    let today: LocalDate
    let sink: DiagnosticSink

    func renderAll() -> [OutputFile] { [] }
}
