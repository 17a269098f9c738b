import BoardGenDiagnostics
import Foundation

/// site.yaml's facts: the school from the approval ("Директор МАОУ «Гимназия № 1»") or the
/// organisation line, the journal system from the title and text, the organisation code.
enum SiteFacts {
    static func fill(_ draft: inout Draft, from documents: [SourceDocument]) {
        let text = documents.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        for regulation in draft.regulations {
            guard let approval = regulation.approval else { continue }
            if draft.site.director == nil { draft.site.director = approval.name }
            if draft.site.shortName == nil, let position = approval.position {
                let school = position.replacing(
                    /^(?i)(директор|и\.\s?о\.\s?директора|заведующ[а-я]*|руководител[а-я]*)\s*/, with: "")
                if !school.isEmpty { draft.site.shortName = school }
            }
        }
        if let match = text.firstMatch(of: /Образовательная организация:\s*([a-z0-9_\-]+),\s*([^\n]+)/) {
            draft.site.organisationCode = String(match.output.1)
            if draft.site.shortName == nil {
                draft.site.shortName = String(match.output.2).trimmingCharacters(in: .whitespaces)
            }
        }
        if draft.site.shortName == nil,
            let match = text.firstMatch(
                of: /(?:МБОУ|МАОУ|МКОУ|ГБОУ|МОУ|МБОУ СОШ|ГБОУ СОШ)\s[^\n,.;:()]{0,40}?(?:«[^»\n]+»|№\s*\d+|СОШ)/)
        {
            draft.site.shortName = String(match.output)
        }
        draft.site.systemName = system(in: text)
        if let match = text.firstMatch(of: /(?:Информационн[а-я]+ систем[а-я]+|ИС)\s+«Электронный журнал\s+«?ЭлЖур»+/) {
            draft.site.systemFullName = "Информационная система " + String(match.output).drop { $0 != "«" }
        }
    }

    /// The journal platform the documents name.
    static func system(in text: String) -> String? {
        let known: [(String, String)] = [
            ("элжур", "ЭлЖур"), ("сэдиж", "СЭДиЖ"), ("школьн портал", "Школьный портал"),
            ("школьном портале", "Школьный портал"),
            ("дневник.ру", "Дневник.ру"), ("dnevnik.ru", "Дневник.ру"), ("сферум", "Сферум"), ("барс", "БАРС"),
            ("моя школа", "ФГИС «Моя школа»"), ("электронная школа", "Электронная школа"), ("эш 2.0", "ЭШ 2.0"),
            ("сетевой город", "Сетевой город"), ("сгo", "Сетевой город"), ("мэш", "МЭШ"), ("эпос", "ЭПОС"),
        ]
        let lower = text.lowercased()
        return known.first { lower.contains($0.0) }?.1
    }
}
