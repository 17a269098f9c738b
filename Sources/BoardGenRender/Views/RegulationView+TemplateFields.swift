import BoardGenModel
import BoardGenSupport

// The views converted most often (every regulation page, every channel list) list their fields
// themselves: reflecting them with Mirror was the larger part of converting them. TemplateFieldsTests keeps every
// list equal to the struct's stored properties.

extension RegulationView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "item": item, "title": title, "href": href, "audiences": audiences, "approval": approval,
            "bodyHTML": bodyHTML, "deadlines": deadlines, "hasDeadlines": hasDeadlines, "deadlinesItem": deadlinesItem,
            "appendices": appendices,
            "footnotes": footnotes,
        ]
    }
}

extension ApprovalView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "item": item, "preamble": preamble, "heading": heading, "position": position, "name": name, "line": line,
            "adoptions": adoptions, "stamps": stamps,
        ]
    }
}

extension DeadlineView: TemplateFields {
    package var templateFields: [String: Any?] { ["title": title, "rule": rule, "dates": dates] }
}

extension DeadlineView.TermDate: TemplateFields {
    package var templateFields: [String: Any?] { ["term": term, "date": date, "iso": iso] }
}

extension FormView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "item": item, "label": label, "title": title, "columns": columns, "rows": rows,
        ]
    }
}

extension FormView.FormRow: TemplateFields {
    package var templateFields: [String: Any?] { ["cells": cells] }
}

extension DeadlineTable: TemplateFields {
    package var templateFields: [String: Any?] {
        ["columns": columns, "rows": rows, "hasRows": hasRows, "recurring": recurring]
    }
}

extension DeadlineTable.Row: TemplateFields {
    package var templateFields: [String: Any?] { ["term": term, "dates": dates] }
}

extension DeadlineTable.Cell: TemplateFields {
    package var templateFields: [String: Any?] { ["date": date, "iso": iso] }
}

extension Footnote: TemplateFields {
    package var templateFields: [String: Any?] { ["mark": mark, "text": text] }
}

extension ChannelView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "item": item, "kind": kind, "isWide": isWide, "kindLabel": kindLabel, "label": label,
            "display": display,
            "href": href, "itemprop": itemprop, "isPhone": isPhone, "isMissing": isMissing, "missingNote": missingNote,
            "hours": hours, "events": events, "note": note, "audiences": audiences, "parts": parts,
            "operatorName": operatorName, "contactType": contactType, "openingHours": openingHours,
            "schoolProperties": schoolProperties,
        ]
    }
}

extension ChannelView.Part: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "partText": partText, "partHref": partHref, "partItemprop": partItemprop, "isPlainText": isPlainText,
            "schoolItemprop": schoolItemprop,
        ]
    }
}

extension ChannelView.OpeningHoursView: TemplateFields {
    package var templateFields: [String: Any?] { ["dayOfWeek": dayOfWeek, "opens": opens, "closes": closes] }
}

extension ChannelView.SchoolProperty: TemplateFields {
    package var templateFields: [String: Any?] { ["schoolItemprop": schoolItemprop, "schoolContent": schoolContent] }
}
