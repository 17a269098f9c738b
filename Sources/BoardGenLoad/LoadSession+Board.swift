import BoardGenModel
import BoardGenSupport

/// Decoding `board.yaml`.
extension LoadSession {
    func loadBoard() -> BoardDefinition? {
        guard folder.exists("board.yaml"), let file = loadObject("board.yaml", what: "board.yaml") else { return nil }
        defer { file.finish() }
        let notices = file.list("notices").compactMap { node -> NoticeSpec? in
            guard let object = YAMLObject(node, what: "a notice", sink: sink) else { return nil }
            defer { object.finish() }
            return decodeNotice(object)
        }
        let unique = uniqueByID(
            notices.map { (item: $0, id: $0.id, location: $0.location) }, what: "a notice", file: "board.yaml")
        return BoardDefinition(printDate: date(file, "print_date"), notices: unique, location: file.location)
    }
}

private extension LoadSession {
    func decodeNotice(_ object: YAMLObject) -> NoticeSpec? {
        // Every field is judged even when the id or the kind is wrong; the entry is dropped after.
        let validID = id(object)
        guard let kind: NoticeSpec.Kind = choice(object, "kind") else {
            _ = (text(object, "title"), object.string("audience").flatMap(audience), object.int("rows", in: 1...60))
            _ = object.strings("channels")
            return nil
        }
        let id = validID ?? "?"
        let targetKey: String? =
            switch kind {
            case .contacts: nil
            case .timetable: "timetable"
            case .desk, .tell: "desk"
            case .regulation, .document: "regulation"
            case .form: "form"
            }
        let target = targetKey.flatMap { object.string($0, required: true) }.map {
            Reference($0.value, at: $0.location)
        }
        if kind == .contacts && !object.has("audience") {
            sink.report(
                .missingKey, "a contacts notice needs 'audience' (staff, parents or pupils)", at: object.location)
        }
        var notice = NoticeSpec(
            id: id, kind: kind, title: text(object, "title"), audience: object.string("audience").flatMap(audience),
            target: target, rows: object.int("rows", in: 1...60)?.value, location: object.location)
        notice.channels = channels(object, kind: kind)
        return validID == nil ? nil : notice
    }

    /// `channels: [id, …]`: which contacts a contacts or regulation notice shows.
    func channels(_ object: YAMLObject, kind: NoticeSpec.Kind) -> [Reference]? {
        guard object.has("channels") else { return nil }
        let ids = object.strings("channels").map { Reference($0.value, at: $0.location) }
        switch kind {
        case .contacts, .regulation:
            // `channels: []` is a choice too: a notice without contacts.
            return ids
        case .timetable, .desk, .tell, .document, .form:
            if let location = object.keyLocation("channels") {
                sink.report(
                    .invalidValue,
                    "'channels' chooses the contacts of a contacts or regulation notice; a \(kind.rawValue) notice "
                        + "shows what its \(kind == .document ? "document" : kind.rawValue) says",
                    at: location)
            }
            return nil
        }
    }
}
