/// One regulation's file: the front matter (title, kind, approval with its stamps, uses, deadlines,
/// appendices, footnotes) and the Markdown body.
struct RegulationFile {
    let regulation: DraftRegulation
    let order: Int

    func make() -> String {
        var lines = ["---"]
        lines += DraftFiles.checks(regulation.checks, indent: "")
        lines.append("title: \(DraftFiles.q(regulation.title))")
        lines.append("kind: \(regulation.kind.rawValue)")
        lines.append("slug: \(regulation.slug)")
        lines.append("order: \(order)")
        lines.append("audiences: [\(regulation.audiences.map(\.rawValue).joined(separator: ", "))]")
        if let approval = regulation.approval { lines += self.approval(approval) }
        lines += uses()
        if !regulation.deadlines.isEmpty {
            lines.append("deadlines:")
            for deadline in regulation.deadlines {
                lines.append("  # из текста: «\(deadline.source)»")
                lines.append("  - id: \(deadline.id)")
                lines.append("    title: \(DraftFiles.q(deadline.title))")
                lines.append("    \(deadline.rule)")
            }
        }
        if !regulation.appendices.isEmpty {
            lines.append("appendices:")
            for form in regulation.appendices {
                lines.append("  - id: \(form.id)")
                lines.append("    label: \(DraftFiles.q(form.label))")
                lines.append("    title: \(DraftFiles.q(form.title))")
                lines.append("    columns: \(DraftFiles.list(form.columns))")
            }
        }
        if !regulation.footnotes.isEmpty {
            lines.append("footnotes:")
            lines += regulation.footnotes.map {
                "  - { mark: \(DraftFiles.q($0.mark)), text: \(DraftFiles.q($0.text)) }"
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + regulation.body.joined(separator: "\n\n") + "\n"
    }
}

private extension RegulationFile {
    func approval(_ approval: DraftApproval) -> [String] {
        var lines = ["approval:"]
        if let preamble = approval.preamble { lines.append("  preamble: \(DraftFiles.q(preamble))") }
        if let heading = approval.heading { lines.append("  heading: \(DraftFiles.q(heading))") }
        if let position = approval.position, let name = approval.name {
            lines.append("  approved_by: { position: \(DraftFiles.q(position)), name: \(DraftFiles.q(name)) }")
        }
        if let number = approval.orderNumber, let date = approval.orderDate {
            lines.append("  order: { number: \(DraftFiles.q(number)), date: \(date) }")
        }
        if !approval.adoptions.isEmpty {
            lines.append("  adopted_with:")
            for adoption in approval.adoptions {
                var fields = ["body: \(DraftFiles.q(adoption.body))"]
                if let number = adoption.protocolNumber { fields.append("protocol: \(DraftFiles.q(number))") }
                if let date = adoption.date { fields.append("date: \(date)") }
                lines.append("    - { \(fields.joined(separator: ", ")) }")
            }
        }
        lines.append("  # Блоки грифа так, как они напечатаны в документе (строка в строку).")
        lines.append("  stamps:")
        for stamp in approval.stamps {
            lines.append("    - side: \(stamp.side)")
            if stamp.side == "full" { lines.append("      kind: signature") }
            lines.append("      lines: \(DraftFiles.list(stamp.lines))")
        }
        return lines
    }

    func uses() -> [String] {
        let uses = regulation.uses
        let parts = [
            ("contacts", uses.contacts), ("people", uses.people), ("desks", uses.desks),
            ("timetables", uses.timetables),
        ]
        .filter { !$0.1.isEmpty }
        guard !parts.isEmpty else { return [] }
        return ["uses:"] + parts.map { "  \($0.0): [\($0.1.joined(separator: ", "))]" }
    }
}
