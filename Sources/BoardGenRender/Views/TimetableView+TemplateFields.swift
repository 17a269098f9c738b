// Timetables are on the home page, the timetable page and their notices; reflecting their rows and cells with
// Mirror on every render cost more than rendering them. TemplateFieldsTests keeps each list equal to the struct's
// stored properties.

extension TimetableView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "anchor": anchor, "item": item, "title": title, "isGrid": isGrid, "isList": isList,
            "isPublished": isPublished, "note": note, "validity": validity, "days": days, "gridRows": gridRows,
            "listRows": listRows, "feedHref": feedHref,
        ]
    }
}

extension TimetableView.GridRow: TemplateFields {
    package var templateFields: [String: Any?] { ["room": room, "who": who, "personItem": personItem, "cells": cells] }
}

extension TimetableView.GridCell: TemplateFields {
    package var templateFields: [String: Any?] { ["text": text, "isEmpty": isEmpty, "pieces": pieces] }
}

extension TimetableView.ListRow: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "personItem": personItem, "name": name, "role": role, "topics": topics, "hours": hours,
            "room": room, "feedHref": feedHref,
        ]
    }
}
