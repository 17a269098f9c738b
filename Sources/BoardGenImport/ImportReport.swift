import BoardGenDiagnostics
import Foundation

/// IMPORT.md: what was drafted from which document, what to confirm and the document's gaps, each
/// with its paragraph or line, and the review to do before publishing.
package struct ImportReport {
    let draft: Draft
    let paths: [String]
    let units: [String: SourceDocument.LocationUnit]

    /// "reglament.docx, абзац 12" / "reglament.txt, строка 40".
    static func place(_ location: SourceLocation) -> String {
        let isText = ["txt", "text", ""].contains((location.file as NSString).pathExtension.lowercased())
        return "\((location.file as NSString).lastPathComponent), \(isText ? "строка" : "абзац") \(location.line)"
    }

    static func short(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    func markdown() -> String {
        var lines = [
            "# Отчёт об импорте", "", "Черновик сайта составлен командой `boardgen import` из документов:", "",
        ]
        lines += paths.map { "- `\($0)`" }
        lines += ["", "## Что составлено", ""]
        lines.append(
            "- документов: \(draft.regulations.count) ("
                + draft.regulations.map { "«\(Self.short($0.title, 70))» — \($0.kind.rawValue)" }.joined(
                    separator: "; ") + ")")
        lines.append(
            "- каналов связи: \(draft.channels.filter { $0.value != nil }.count), из них названных без адреса: "
                + "\(draft.channels.filter { $0.value == nil }.count)"
        )
        lines.append(
            "- графиков: \(draft.timetables.count), консультантов: \(draft.people.count), служб помощи: "
                + "\(draft.desks.count)"
        )
        let rules = draft.regulations.flatMap(\.body).filter { $0.first?.isNumber == true }.count
        lines.append(
            "- нумерованных пунктов: \(rules); сроков: \(draft.regulations.flatMap(\.deadlines).count); "
                + "приложений-форм: \(draft.regulations.flatMap(\.appendices).count)"
        )
        let confirm = draft.findings.filter { $0.code == DiagnosticCode.importToConfirm.rawValue }
        let gaps = draft.findings.filter { $0.code == DiagnosticCode.importDocumentGap.rawValue }
        let notes = draft.findings.filter { $0.code == DiagnosticCode.importEncodingConverted.rawValue }
        lines += [
            "", "## Проверьте (\(confirm.count))", "",
            "В файлах черновика эти места отмечены комментарием `# проверьте: …`.", "",
        ]
        lines += confirm.map { "- \(Self.place($0.location)): \(Self.short($0.message, 300))" }
        lines += [
            "", "## Пробелы документа (\(gaps.count))", "", "Их сообщит `boardgen check`, пока школа их не заполнит.",
            "",
        ]
        lines += gaps.map { "- \(Self.place($0.location)): \(Self.short($0.message, 300))" }
        if !notes.isEmpty {
            lines += ["", "## Кодировка", ""]
            lines += notes.map { "- \(Self.place($0.location)): \($0.message)" }
        }
        lines += [
            "", "## Что сделать перед публикацией", "",
            "1. Сверьте каждый канал в `contacts.yaml` с исходной фразой (она в комментарии над каналом): "
                + "значение, подпись, адресатов.",
            "2. Сверьте гриф (`approval`) каждого документа с оригиналом: строки `stamps` должны совпадать "
                + "буква в букву.",
            "3. Заполните `site.yaml`: адрес сайта, часовой пояс, даты четвертей и каникул.",
            "4. Запустите `boardgen build --content <папка>` и `boardgen check --content <папка>`: check "
                + "перечислит пробелы документа.",
            "5. Удалите комментарии `# проверьте` по мере проверки и этот файл перед публикацией (он не публикуется).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
