import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel

/// Content rules for regulations' approval blocks.
extension ContentChecker {
    /// BG414: an approval block without its order number, order date or approver (a blank value
    /// counts as missing). A regulation without any block is BG409.
    func incompleteApprovals() -> [Diagnostic] {
        site.regulations.compactMap { regulation -> Diagnostic? in
            guard let approval = regulation.approval, site.policy.requiresApproval(of: regulation) else { return nil }
            let missing = missingParts(of: approval)
            guard !missing.parts.isEmpty else { return nil }
            var finding = Diagnostic(
                .approvalIncomplete,
                "the approval block lacks \(listed(missing.parts)) (missing or blank), so the published approval "
                    + "is incomplete; write \(listed(missing.fixes))",
                at: approval.location)
            finding.item = PublishedItem.approval(regulation: regulation.id).mark
            return finding
        }
    }
}

extension ContentChecker {
    /// BG416: an approval printed as stamps whose lines do not show a fact it declares (the order
    /// number, its date, the approver's name): the page would promise what it does not print.
    func stampsMissingFacts() -> [Diagnostic] {
        site.regulations.compactMap { regulation -> Diagnostic? in
            guard let approval = regulation.approval, !approval.stamps.isEmpty else { return nil }
            let printed = approval.stamps.flatMap(\.lines).joined(separator: " ")
            let facts = [
                approval.orderNumber.map { ("the order number '\($0)'", [$0]) },
                approval.orderDate.map { ("the order date \($0.dottedString)", Self.spellings(of: $0)) },
                approval.approvedByName.map { ("the approver '\($0)'", [$0]) },
                approval.approvedByDate.map { ("the approval date \($0.dottedString)", Self.spellings(of: $0)) },
            ].compactMap { $0 }
            let unshown = facts.filter { _, spellings in !spellings.contains { printed.contains($0) } }.map(\.0)
            guard !unshown.isEmpty else { return nil }
            var finding = Diagnostic(
                .stampsMissingFact,
                "the approval's stamps do not show \(listed(unshown)) as written; add it to the stamp's lines "
                    + "exactly as the document prints it, or correct the fact under order:/approved_by:",
                at: approval.stamps.first?.location ?? approval.location)
            finding.item = PublishedItem.approval(regulation: regulation.id).mark
            return finding
        }
    }

    /// How documents print a date: 06.06.2018, 6.06.2018, «06» июня 2018.
    static func spellings(of date: LocalDate) -> [String] {
        let months = [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря",
        ]
        let month = months[max(0, min(11, date.month - 1))]
        return [
            date.dottedString, String(date.dottedString.drop { $0 == "0" }), "\(date.day) \(month) \(date.year)",
            String(format: "«%02d» %@ %d", date.day, month, date.year), date.iso,
        ]
    }
}

private extension ContentChecker {
    /// The parts an approval must carry and does not, and what to write for them.
    func missingParts(of approval: Approval) -> (parts: [String], fixes: [String]) {
        // Approved by an official's own signature and date ("УТВЕРЖДАЮ"): there is no order to cite.
        let personal = approval.approvedByDate != nil
        let noNumber = !personal && isBlank(approval.orderNumber), noDate = !personal && approval.orderDate == nil
        var parts: [String] = [], fixes: [String] = []
        if noNumber { parts.append("the order number") }
        if noDate { parts.append("the order date") }
        switch (noNumber, noDate) {
        case (true, true): fixes.append("order: { number: \"…\", date: YYYY-MM-DD }")
        case (true, false): fixes.append("number: \"…\" under order:")
        case (false, true): fixes.append("date: YYYY-MM-DD under order:")
        case (false, false): break
        }
        if isBlank(approval.approvedByPosition) && isBlank(approval.approvedByName) {
            parts.append("the approver")
            fixes.append("approved_by: { position: \"Директор\", name: \"И. О. Фамилия\" }")
        }
        return (parts, fixes)
    }

    /// "a", "a and b", "a, b and c".
    func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    func isBlank(_ text: String?) -> Bool {
        text?.trimmedSpacesAndNewlines.isEmpty ?? true
    }
}
