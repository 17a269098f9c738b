import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport

/// Content rules for regulations' approval blocks.
extension ContentChecker {
    /// BG414: an approval block without its order number, order date or approver (a blank value
    /// counts as missing). A regulation without any block is BG409.
    func incompleteApprovals() -> [Diagnostic] {
        guard site.policy.requiresApproval else { return [] }
        return site.regulations.compactMap { regulation -> Diagnostic? in
            guard let approval = regulation.approval else { return nil }
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

private extension ContentChecker {
    /// The parts an approval must carry and does not, and what to write for them.
    func missingParts(of approval: Approval) -> (parts: [String], fixes: [String]) {
        let noNumber = isBlank(approval.orderNumber), noDate = approval.orderDate == nil
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
