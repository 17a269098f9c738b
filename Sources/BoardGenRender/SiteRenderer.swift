import BoardGenDiagnostics
import BoardGenLoad
import BoardGenMarkdown
import BoardGenModel
import BoardGenSupport
import Foundation
import ScheduleModel

/// Renders the website pages of a loaded site. Pure: returns files and diagnostics, writes nothing.
package struct SiteRenderer: Sendable {
    let site: Site
    let templates: TemplateSet
    let views: ViewFactory
    package let pages: PageContext
    package let sink: DiagnosticSink
    let directives = DirectiveCache()
    /// The attachments already handed on by one of the regulation pages that link them.
    let attachments = AttachmentClaims()
    /// What every regulation page shares (they all sit in `regulations/`), converted once.
    let regulationContext: PreparedContext
    /// The content folder's files that regulation pages link, resolved once per build.
    let files: ContentFiles

    package init(site: Site, templates: TemplateSet, today: LocalDate, sink: DiagnosticSink) {
        self.site = site
        self.templates = templates
        self.views = ViewFactory(site: site, today: today)
        self.pages = PageContext(site: site, labels: views.labels)
        self.sink = sink
        self.regulationContext = PreparedContext(pages.make(title: "", depth: 1, current: "regulations/"))
        self.files = ContentFiles(contentRoot: site.contentRoot)
    }

    /// Every page, asset and calendar feed of the site as jobs for `runAll(emit:)`, which hands each
    /// file on as soon as it is rendered, so that no build holds all its pages in memory.
    /// `judgedOnly` leaves out what a check does not judge: the feeds, assets and attachments.
    package func jobs(judgedOnly: Bool = false) -> [RenderJob] {
        // Jobs share one copy of the renderer: a copy in each of 10,000 closures cost ~45 MB.
        let shared = Shared(self)
        let renderer = self
        // These pages show the site-wide data (which the build cache fingerprints as a whole) and
        // of the regulations only what their front matter says.
        var jobs: [RenderJob] = [
            .file(.siteWide("index.html")) { renderer.renderHome() },
            .file(.siteWide("contacts.html")) { renderer.renderContacts() },
            .file(.siteWide("support.html")) { renderer.renderSupport() },
            .file(.siteWide("regulations/index.html")) { renderer.renderRegulationIndex() },
        ]
        if site.timetables.contains(where: \.isPublished) {
            jobs.append(.file(.siteWide("timetable.html")) { renderer.renderTimetablePage() })
        }
        jobs += site.regulations.indices.map { index in
            // A regulation's page reads its own file and the site's data, of the other regulations only
            // `RegulationPageFacts`: a change to one document does not render the others again.
            RenderJob(.regulationFile(site.regulations[index].path)) {
                shared.renderer.renderRegulation(shared.renderer.site.regulations[index], withFiles: !judgedOnly)
            }
        }
        guard !judgedOnly else { return jobs }
        jobs.append(
            RenderJob(.siteWide("calendar")) {
                RenderJob.Output(files: CalendarFeeds(site: renderer.site, views: renderer.views).makeFiles())
            })
        jobs.append(
            RenderJob {
                renderer.templates.assets.sorted { $0.key < $1.key }.map { name, text in
                    OutputFile(path: "assets/\(name.replacingOccurrences(of: "assets/", with: ""))", text: text)
                }
            })
        return jobs
    }

    /// The files of the attachments that no page handed on yet in this build, byte for byte.
    package func attachmentFiles(_ linked: [Attachment]) -> [OutputFile] {
        linked.filter { attachments.claim($0.path) }.compactMap { attachment in
            switch files.contents(of: attachment.path) {
            case .success(let data):
                return OutputFile(path: attachment.path, contents: data)
            case .failure:
                sink.report(
                    .attachmentMissing,
                    "'\(attachment.path)' could not be read when the site was written (was it changed "
                        + "meanwhile?); build again",
                    at: attachment.location)
                return nil
            }
        }
    }
}

private extension SiteRenderer {
    func renderHome() -> OutputFile {
        var context = pages.make(title: views.labels.home, depth: 0, current: "index.html")
        context["heading"] = site.settings.shortName
        context["intro"] = site.settings.systemFullName ?? site.settings.systemName
        context["audiences"] = audienceSections(depth: 0, withDesks: true)
        let consultants = publishedPeople()
        context["consultants"] = consultants.map { person -> [String: Any] in
            compact([
                "id": person.id, "personItem": PublishedItem.person(person.id).mark, "name": person.displayName,
                "hours": views.formatSlots(person), "room": person.room,
            ])
        }
        context["scheduleJSON"] = NextSessionData(site: site, people: consultants, today: views.today).makeJSON()
        context["regulations"] = site.regulations.map { ["title": $0.title, "href": "regulations/\($0.id).html"] }
        return OutputFile(path: "index.html", text: templates.render("home", context))
    }

    func renderContacts() -> OutputFile {
        var context = pages.make(title: views.labels.contacts, depth: 0, current: "contacts.html")
        context["audiences"] = audienceSections(depth: 0, withDesks: false)
        return OutputFile(path: "contacts.html", text: templates.render("contacts", context))
    }

    func renderSupport() -> OutputFile {
        var context = pages.make(title: views.labels.support, depth: 0, current: "support.html")
        context["desks"] = site.desks.map(views.makeDesk)
        return OutputFile(path: "support.html", text: templates.render("support", context))
    }

    func renderTimetablePage() -> OutputFile {
        var context = pages.make(title: views.labels.timetable, depth: 0, current: "timetable.html")
        let published = site.timetables.filter(\.isPublished)
        context["timetables"] = published.map { views.makeTimetable($0, root: "") }
        context["people"] = publishedPeople().map { person -> [String: Any] in
            compact([
                "id": person.id, "personItem": PublishedItem.person(person.id).mark, "name": person.displayName,
                "role": person.name == nil ? nil : person.role,
                "hours": views.formatSlots(person), "room": person.room, "feedHref": "calendar/\(person.id).ics",
            ])
        }
        context["hasFeeds"] = !published.isEmpty
        return OutputFile(path: "timetable.html", text: templates.render("timetable-page", context))
    }

    func renderRegulationIndex() -> OutputFile {
        var context = pages.make(title: pages.documentsTitle, depth: 1, current: "regulations/index.html")
        // Documents grouped by kind, in the kinds' order; one kind needs no group headings.
        let kinds = site.documentKinds
        context["hasGroups"] = kinds.count > 1
        context["groups"] = kinds.map { kind -> [String: Any] in
            [
                "heading": views.labels.documents(kind),
                "regulations": site.regulations.filter { $0.kind == kind }.map { regulation -> [String: Any] in
                    let line = regulation.approval.flatMap { views.makeApproval($0, regulationID: regulation.id).line }
                    return compact(["title": regulation.title, "href": "\(regulation.id).html", "approvalLine": line])
                },
            ]
        }
        return OutputFile(path: "regulations/index.html", text: templates.render("regulations-index", context))
    }

    /// The page of a regulation and, `withFiles`, the attachments it links.
    func renderRegulation(_ regulation: Regulation, withFiles: Bool) -> RenderJob.Output {
        let path = "regulations/\(regulation.id).html"
        var body = RegulationBody(
            site: site, views: views, templates: templates, shared: regulationContext, sink: sink, files: files)
        body.cache = directives
        let rendered = body.renderWithAttachments(regulation)
        let hasDeadlines = !regulation.deadlines.isEmpty && !regulation.body.containsBytes("```deadlines")
        let view = RegulationView(
            id: regulation.id, item: PublishedItem.regulation(regulation.id).mark, title: regulation.title, href: path,
            audiences: regulation.audiences.map(views.labels.audience).joined(separator: ", "),
            approval: regulation.approval.map { views.makeApproval($0, regulationID: regulation.id) },
            bodyHTML: rendered.html,
            // The page shows the table unless the body placed it with a `deadlines` directive.
            deadlines: hasDeadlines
                ? views.makeDeadlineTable(regulation)
                : DeadlineTable(columns: [], rows: [], hasRows: false, recurring: []),
            hasDeadlines: hasDeadlines,
            deadlinesItem: PublishedItem.deadlines(regulation: regulation.id).mark,
            appendices: regulation.appendices.filter { !regulation.body.containsBytes("```form \($0.id)") }.map {
                views.makeForm($0)
            },
            footnotes: regulation.footnotes)
        let context = regulationContext.adding(["title": regulation.title, "regulation": view])
        let page = OutputFile(path: path, text: templates.render("regulation", context))
        return RenderJob.Output(files: [page], attachments: withFiles ? rendered.attachments : [])
    }

    func audienceSections(depth: Int, withDesks: Bool) -> [[String: Any]] {
        let served = Audience.allCases.filter { audience in
            site.channels.contains { $0.audiences.contains(audience) }
                || site.regulations.contains { $0.audiences.contains(audience) }
        }
        return served.map { audience in
            var section: [String: Any] = [
                "key": audience.rawValue, "name": views.labels.audience(audience),
                "channels": views.makeChannels(for: audience),
            ]
            if withDesks {
                section["desks"] = site.desks.filter { $0.serves(audience) }.map {
                    compact(["id": $0.id, "name": $0.name, "processing": $0.processing.map(views.formatHours)])
                }
            }
            return section
        }
    }

    /// Mustache shows a nil stored in `Any` as "nil"; absent keys render as nothing.
    func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }

    func publishedPeople() -> [Person] {
        var seen: Set<String> = []
        return site.timetables.filter(\.isPublished).flatMap(\.people).compactMap { reference in
            guard seen.insert(reference.id).inserted else { return nil }
            return site.person(reference.id)
        }
    }
}

/// The renderer behind a reference, for the jobs of one build to share.
private final class Shared: Sendable {
    let renderer: SiteRenderer

    init(_ renderer: SiteRenderer) {
        self.renderer = renderer
    }
}
