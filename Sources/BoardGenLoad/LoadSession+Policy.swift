import BoardGenModel
import BoardGenSupport

/// Decoding `policy.yaml`.
extension LoadSession {
    func loadPolicy() -> PublicationPolicy {
        var policy = PublicationPolicy.default
        guard folder.exists("policy.yaml"), let file = loadObject("policy.yaml", what: "policy.yaml") else {
            return policy
        }
        defer { file.finish() }
        if file.has("audiences") { policy.audiences = file.strings("audiences").compactMap(audience) }
        if file.has("per_audience") {
            policy.perAudience = file.strings("per_audience").compactMap { text -> Channel.Kind? in
                if let kind = Channel.Kind(rawValue: text.value) { return kind }
                sink.report(
                    .invalidValue,
                    "unknown channel kind '\(text.value)' in per_audience; use \(Channel.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: text.location)
                return nil
            }
        }
        policy.contacts = places(file, "contacts") ?? policy.contacts
        policy.timetables = places(file, "timetables") ?? policy.timetables
        policy.deskHours = places(file, "desk_hours") ?? policy.deskHours
        policy.requiresApproval = file.bool("approval")?.value ?? policy.requiresApproval
        if file.has("approval_kinds") {
            policy.approvalKinds = Set(
                file.strings("approval_kinds").compactMap { text -> DocumentKind? in
                    if let kind = DocumentKind(rawValue: text.value.lowercased()) { return kind }
                    sink.report(
                        .invalidValue,
                        "unknown document kind '\(text.value)' in approval_kinds; use \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))",
                        at: text.location)
                    return nil
                })
        }
        policy.expiryWarningDays = file.int("expiry_warning_days", in: 0...365)?.value ?? policy.expiryWarningDays
        return policy
    }

    private func places(_ file: YAMLObject, _ key: String) -> [PublicationPolicy.Place]? {
        guard file.has(key) else { return nil }
        return file.strings(key).compactMap { text in
            if let place = PublicationPolicy.Place(rawValue: text.value) { return place }
            sink.report(.invalidValue, "'\(text.value)' is not a place; use site and/or board", at: text.location)
            return nil
        }
    }
}
