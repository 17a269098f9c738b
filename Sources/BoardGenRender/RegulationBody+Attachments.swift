import BoardGenDiagnostics
import BoardGenLoad
import BoardGenMarkdown
import BoardGenModel
import BoardGenSupport
import Foundation

/// Links from a regulation to files of the content folder (issue 13, item 8): `[Инструкция](../files/a.pdf)`
/// and `![схема](files/plan.png)` publish the file with the site at the same path, and a link shows
/// the file's type and size: "Инструкция (PDF, 240 КБ)".
extension RegulationBody {
    /// Folders of the output that boardgen generates itself; a content file there would clash.
    static let generatedFolders: Set<String> = ["assets", "board", "calendar"]

    /// The attachment a link points to and the HTML that labels the link, or nil when the link is
    /// not to a file of the content folder or the file cannot be published (that is reported).
    /// An image without alt text is reported too, wherever it comes from.
    func attachmentLabel(
        for link: CommonMark.Link, in regulation: Regulation, at location: SourceLocation
    ) -> (Attachment, String)? {
        if link.isImage, link.text.trimmedSpacesAndNewlines.isEmpty {
            sink.report(
                .imageWithoutAlt,
                "the image '\(link.url.prefix(80))' has no alt text; "
                    + "say what it shows: ![Схема проезда](\(link.url.prefix(80)))",
                at: location)
        }
        switch LinkTarget(link.url) {
        case .elsewhere:
            return nil
        case .absolutePath(let path):
            sink.report(
                .attachmentNotPublished,
                "'\(path)' is a path from the site's root, which breaks when the site is published in a folder; "
                    + "link the file relative to the regulation (files in content/files/ are '../files/NAME' from a "
                    + "regulation)",
                at: location)
            return nil
        case .file(let path, let ext):
            guard let kind = publishedKind(ext, path: path, isImage: link.isImage, at: location),
                let attachment = attachment(path, linkedFrom: regulation.path, at: location)
            else { return nil }
            let info = "\(kind.label), \(views.labels.fileSize(attachment.size))"
            return (attachment, "<span class=\"attachment-info\"> (\(info.htmlEscaped))</span>")
        }
    }
}

private extension RegulationBody {
    /// The kind of a linked file, or nil after reporting why such a file is not published.
    func publishedKind(_ ext: String, path: String, isImage: Bool, at location: SourceLocation) -> AttachmentKind? {
        guard let kind = AttachmentKind(rawValue: ext) else {
            let message =
                switch ext {
                case "svg":
                    "SVG files are not published: an SVG can carry scripts that would run on the school's site "
                        + "when it is opened; export '\(path)' as PNG (or PDF) and link that"
                case "md":
                    "'\(path)' is a content file, not a page; link the regulation's page (its slug followed by .html)"
                default:
                    "'\(path)': .\(ext) files are not published; link a file of one of these types: "
                        + "\(AttachmentKind.list)"
                }
            sink.report(.attachmentNotPublished, message, at: location)
            return nil
        }
        guard !isImage || kind.isImage else {
            sink.report(
                .attachmentNotPublished,
                "a \(kind.label) file cannot be shown as a picture; link it without the '!': "
                    + "[\(kind.label)](\(path)), or show a PNG, JPEG or GIF",
                at: location)
            return nil
        }
        return kind
    }

    /// The linked file's place in the content folder and size, or nil after reporting the problem.
    func attachment(_ target: String, linkedFrom source: String, at location: SourceLocation) -> Attachment? {
        let path: String
        switch ContentFiles.resolve(target, from: source) {
        case .success(let resolved): path = resolved
        case .failure:
            sink.report(
                .attachmentOutsideContent,
                "the link '\(target)' leads outside the content folder; copy the file into the content folder (for "
                    + "example files/) and link it from there",
                at: location)
            return nil
        }
        if let problem = placeProblem(path) {
            sink.report(.attachmentNotPublished, problem, at: location)
            return nil
        }
        switch files.size(of: path) {
        case .success(let size): return Attachment(path: path, size: size, location: location)
        case .failure(let problem):
            report(problem, path: path, target: target, at: location)
            return nil
        }
    }

    /// Why a file at this place of the content folder is not published, or nil.
    func placeProblem(_ path: String) -> String? {
        let components = path.split(separator: "/").map(String.init)
        if let hidden = components.first(where: { $0.hasPrefix(".") }) {
            return
                "'\(path)' is hidden ('\(hidden)' starts with a dot), and hidden files are not published; move it "
                + "to a visible folder such as files/"
        }
        if components.count > 1, let first = components.first, Self.generatedFolders.contains(first) {
            return
                "boardgen generates the folder '\(first)/' of the site itself, so '\(path)' cannot be published "
                + "there; move it to another folder such as files/"
        }
        return nil
    }

    func report(_ problem: ContentFiles.Problem, path: String, target: String, at location: SourceLocation) {
        switch problem {
        case .missing:
            let name = String(path.split(separator: "/").last ?? "")
            let hint = Suggestion.didYouMean(name, in: files.siblings(of: path)).map { " (\($0))" } ?? ""
            sink.report(
                .attachmentMissing,
                "the linked file '\(path)' is not in the content folder\(hint); put the file there or correct the "
                    + "link '\(target)'",
                at: location)
        case .danglingLink(let destination):
            sink.report(
                .attachmentMissing,
                "'\(path)' is a symbolic link to '\(destination)', which does not exist; replace it with the file",
                at: location)
        case .outside(let resolved):
            sink.report(
                .attachmentOutsideContent,
                "'\(path)' is a symbolic link to '\(resolved)', outside the content folder; copy the file into the "
                    + "content folder instead",
                at: location)
        case .folder, .notAFile:
            sink.report(.attachmentMissing, "'\(path)' is not a file; link a file", at: location)
        case .tooLarge(let bytes):
            let size = String(format: "%.1f", Double(bytes) / 1_048_576)
            sink.report(
                .attachmentNotPublished,
                "'\(path)' is \(size) MiB, larger than the \(ContentFiles.maximumBytes / 1_048_576) MiB published "
                    + "with the site; compress it (a scan at 150 dpi is enough) or split it",
                at: location)
        case .unreadable:
            sink.report(
                .attachmentMissing, "'\(path)' cannot be read; fix its permissions (chmod a+r)", at: location)
        }
    }
}
