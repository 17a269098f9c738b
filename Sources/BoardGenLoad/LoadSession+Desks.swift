import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Decoding support desks.
extension LoadSession {
    func decodeDesk(_ object: YAMLObject) -> Desk? {
        let validID = id(object)
        let id = validID ?? object.string("id")?.value ?? "?"
        var desk = Desk(
            id: id, name: text(object, "name", required: true) ?? id,
            operatorKind: choice(object, "operator", default: Desk.Operator.school) ?? .school,
            channels: references(object, "channels"),
            intake: hours(object, "intake"), intakeNote: text(object, "intake_note"),
            processing: hours(object, "processing"), outOfHours: text(object, "out_of_hours"),
            responseTime: object.optionalText("response_time"),
            tell: decodeTell(object), requirements: object.strings("requirements").map(\.value),
            rejectionReasons: object.strings("rejection_reasons").map(\.value),
            escalatesTo: object.string("escalates_to").map { Reference($0.value, at: $0.location) },
            escalationWhen: text(object, "escalation_when"), location: object.location)
        desk.audiences = audiences(object)
        desk.registrationTime = object.string("registration_time")
        desk.responsePolicy = ResponsePolicy(
            registration: desk.registrationTime.flatMap(registrationRule), answer: desk.responseTime.flatMap(answerRule)
        )
        return validID == nil ? nil : desk
    }
}

private extension LoadSession {
    /// `registration_time` exists to be counted: a wording boardgen cannot read is an error (BG214).
    func registrationRule(_ text: Located<String>) -> ResponseRule? {
        switch ResponseRule.parse(text.value) {
        case .success(let rule): return rule
        case .failure(let failure):
            sink.report(failure.diagnostics.map { Diagnostic($0, in: text.value, at: text.location) })
            return nil
        }
    }

    /// `response_time` is the school's wording and is published as written; when it is not a rule
    /// boardgen can count, the page shows no worked example and a warning says why (BG126).
    func answerRule(_ text: Located<String>) -> ResponseRule? {
        guard !text.value.trimmedSpaces.isEmpty else { return nil }  // a blank is BG405
        switch ResponseRule.parse(text.value) {
        case .success(let rule): return rule
        case .failure(let failure):
            let finding = failure.diagnostics.first
            let column = max((finding?.column ?? 1) - 1, 0)
            sink.report(
                .responseTimeNotRule,
                "response_time '\(text.value)' is published as written, but boardgen cannot count it, so the page "
                    + "shows no worked example: \(finding?.message ?? "")",
                at: text.location.advanced(by: column))
            return nil
        }
    }
}

private extension LoadSession {
    func decodeTell(_ desk: YAMLObject) -> [TellList] {
        guard let node = desk.node("tell") else { return [] }
        guard case .mapping(let entries, _) = node else {
            sink.report(
                .wrongType, "'tell' must map audiences (staff, parents, pupils, all) to lists of items",
                at: node.location)
            return []
        }
        return entries.compactMap { entry in
            let audience: Audience?
            if entry.key == "all" {
                audience = nil
            } else if let known = self.audience(Located(entry.key, at: entry.keyLocation)) {
                audience = known
            } else {
                return nil
            }
            guard case .sequence(let items, _) = entry.value else {
                sink.report(.wrongType, "'tell.\(entry.key)' must be a list of items", at: entry.value.location)
                return nil
            }
            let texts = items.compactMap { item -> String? in
                if case .scalar(let text, false, _) = item { return text }
                sink.report(.wrongType, "each item of 'tell.\(entry.key)' must be text", at: item.location)
                return nil
            }
            return TellList(audience: audience, items: texts)
        }
    }
}
