// Desks are on the support page and on two kinds of notices; see TimetableView+TemplateFields.swift for why
// they list their fields. TemplateFieldsTests keeps each list equal to the struct's stored properties.

extension DeskView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "anchor": anchor, "item": item, "name": name, "isPlatform": isPlatform, "channels": channels,
            "intake": intake, "intakeItem": intakeItem, "processingItem": processingItem, "intakeOSM": intakeOSM,
            "intakeNote": intakeNote, "processing": processing, "processingOSM": processingOSM,
            "outOfHours": outOfHours, "hasResponseTime": hasResponseTime, "responseTime": responseTime,
            "responseTimeIsBlank": responseTimeIsBlank, "registrationTime": registrationTime,
            "responseExample": responseExample, "tell": tell, "requirements": requirements,
            "rejectionReasons": rejectionReasons, "escalation": escalation,
        ]
    }
}

extension TellView: TemplateFields {
    package var templateFields: [String: Any?] { ["item": item, "audience": audience, "items": items] }
}

extension EscalationView: TemplateFields {
    package var templateFields: [String: Any?] { ["deskName": deskName, "deskID": deskID, "when": when] }
}
