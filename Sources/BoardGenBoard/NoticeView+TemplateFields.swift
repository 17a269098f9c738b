import BoardGenRender

// A notice is converted for its own page, the board index and the print page on every build; reflecting it with
// Mirror was most of that. TemplateFieldsTests keeps the list equal to the struct's stored properties, plus the
// QR code, which is made from two of them when a page shows it.
extension NoticeView: TemplateFields {
    package var templateFields: [String: Any?] {
        [
            "id": id, "item": item, "kind": kind, "title": title, "audience": audience, "isLandscape": isLandscape,
            "url": url, "qrSVG": qrSVG, "channels": channels, "hasChannels": hasChannels, "timetable": timetable,
            "desk": desk, "tell": tell, "hasTell": hasTell, "deadlines": deadlines, "hasDeadlines": hasDeadlines,
            "deadlinesItem": deadlinesItem, "form": form, "approvalLine": approvalLine, "validFor": validFor,
            "printDate": printDate, "schoolName": schoolName, "rules": rules, "hasRules": hasRules,
            "rulesHeading": rulesHeading, "documentHTML": documentHTML, "urlCaption": urlCaption,
        ]
    }
}
