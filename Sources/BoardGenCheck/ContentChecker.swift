import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport
import ScheduleModel

/// Content-quality findings: promises without an address, blanks, timetables referenced but not
/// published, consultants without slots, clashes, and timetables expired or about to expire; and
/// published timetables without people or with grid days that drop slots, incomplete approvals and
/// hours that are a status instead of times (in `ContentChecker+*.swift`).
package struct ContentChecker {
    let site: Site
    let today: LocalDate

    package func check() -> [Diagnostic] {
        audienceGaps() + missingAddresses() + blanks() + unpublishedTimetables() + emptyConsultants() + deskHours()
            + missingApprovals() + consistency() + timetablesWithoutPeople() + gridDaysDroppingSlots()
            + incompleteApprovals() + stampsMissingFacts() + hoursWithoutTimes() + nothingRequired()
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        site: Site,
        today: LocalDate
    ) {
        self.site = site
        self.today = today
    }
}

private extension ContentChecker {
    var policy: PublicationPolicy { site.policy }

    /// BG417: a site with no contact, timetable or desk at all would pass every other rule with
    /// "0 required items"; unless the policy requires no channel, that is a finding.
    func nothingRequired() -> [Diagnostic] {
        guard site.channels.isEmpty, site.timetables.isEmpty, site.desks.isEmpty, !policy.perAudience.isEmpty else {
            return []
        }
        return [
            Diagnostic(
                .nothingRequired,
                "nothing is required: the site publishes no contact, timetable or desk, so there is nothing for "
                    + "readers and nothing to check; add contacts.yaml with at least one phone (see docs/content.md), "
                    + "or set per_audience: [] in policy.yaml if the site really publishes no contact",
                at: site.settings.location)
        ]
    }

    /// One finding per channel kind, naming every audience left without it. An audience whose
    /// only such channel is announced without an address is reported by BG402 instead.
    func audienceGaps() -> [Diagnostic] {
        policy.perAudience.compactMap { kind -> Diagnostic? in
            let uncovered = policy.servedAudiences(of: site).filter { audience in
                let channels = site.channels.filter { $0.kind == kind && $0.audiences.contains(audience) }
                return channels.isEmpty
            }
            guard !uncovered.isEmpty else { return nil }
            let names = uncovered.map(\.rawValue).joined(separator: ", ")
            let noun = kind.noun
            var finding = Diagnostic(
                .audienceWithoutChannel,
                "no \(noun) is given for \(names); add a channel with kind: \(kind.rawValue) and audiences: [\(names)] to contacts.yaml",
                at: SourceLocation(file: "contacts.yaml"))
            finding.item = PublishedItem.channelKind(kind).mark
            finding.audience = uncovered.map(\.rawValue).joined(separator: ",")
            return finding
        }
    }

    func missingAddresses() -> [Diagnostic] {
        let served = Set(policy.servedAudiences(of: site))
        return site.channels.compactMap { channel -> Diagnostic? in
            guard case .missing(let note) = channel.address else { return nil }
            let isRequired =
                policy.perAudience.contains(channel.kind) && channel.audiences.contains(where: served.contains)
            let reason = note.isEmpty ? "" : " (\(note))"
            var finding = Diagnostic(
                .channelAddressMissing,
                "channel '\(channel.id)' (\(channel.kind.rawValue)) is announced but its address is missing\(reason); "
                    + "add 'value' once it is known",
                at: channel.valueLocation, severity: isRequired ? .error : .warning)
            finding.item = PublishedItem.contact(channel.id).mark
            finding.audience = channel.audiences.map(\.rawValue).joined(separator: ",")
            return finding
        }
    }

    func blanks() -> [Diagnostic] {
        let bodyBlanks = site.regulations.flatMap { regulation -> [Diagnostic] in
            let bytes = Array(regulation.body.utf8)
            return ["[[пропуск]]", "[[gap]]"].flatMap { marker -> [Diagnostic] in
                let needle = Array(marker.utf8)
                var hits: [Diagnostic] = []
                var from = 0
                while let found = ByteSearch.find(needle, in: bytes, from: from) {
                    let before = bytes[..<found]
                    let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
                    let line = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                    let column = String(decoding: bytes[lineStart..<found], as: UTF8.self).count + 1
                    let location = SourceLocation(
                        file: regulation.path, line: regulation.bodyFirstLine + line, column: column)
                    hits.append(
                        Diagnostic(
                            .blankInRegulation,
                            "the regulation leaves a blank here (\(marker)): the promise has no value (e.g. a response time); fill it in when the school decides",
                            at: location))
                    from = found + needle.count
                }
                return hits
            }
        }
        let deskBlanks = site.desks.compactMap { desk -> Diagnostic? in
            guard let response = desk.responseTime, response.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                return nil
            }
            return Diagnostic(
                .responseTimeBlank,
                "desk '\(desk.id)' has an empty response_time: the regulation leaves the response time blank",
                at: response.location)
        }
        return bodyBlanks + deskBlanks
    }

    func unpublishedTimetables() -> [Diagnostic] {
        site.regulations.flatMap { regulation in
            regulation.uses.filter { $0.kind == .timetables }.compactMap { used -> Diagnostic? in
                guard let timetable = site.timetable(used.reference.id), !timetable.isPublished else { return nil }
                var finding = Diagnostic(
                    .timetableNotPublished,
                    "the regulation relies on the timetable '\(timetable.title)', which is not published; add its people and set published: true in timetables.yaml",
                    at: used.reference.location)
                finding.item = PublishedItem.timetable(timetable.id).mark
                return finding
            }
        }
    }

    func emptyConsultants() -> [Diagnostic] {
        site.timetables.filter(\.isPublished).flatMap { timetable in
            timetable.people.compactMap { reference -> Diagnostic? in
                guard let person = site.person(reference.id), person.slots.isEmpty else { return nil }
                return Diagnostic(
                    .consultantWithoutSlots,
                    "'\(person.displayName)' is in the timetable '\(timetable.id)' but has no slots; add 'hours' or 'slots' in people.yaml",
                    at: person.location)
            }
        }
    }

    /// A desk that states one layer of its hours must state the other (seed 003's intake and
    /// processing). Desks that only defer to the platform's rules state neither and are not flagged.
    func deskHours() -> [Diagnostic] {
        guard policy.deskHours.isEmpty == false else { return [] }
        return site.desks.flatMap { desk -> [Diagnostic] in
            guard desk.intake != nil || desk.processing != nil else { return [] }
            return [(PublishedItem.DeskLayer.intake, desk.intake), (.processing, desk.processing)].compactMap {
                layer, hours -> Diagnostic? in
                guard hours == nil else { return nil }
                var finding = Diagnostic(
                    .deskHoursIncomplete,
                    "desk '\(desk.id)' does not say its \(layer.rawValue) hours; add '\(layer.rawValue):' (e.g. \"пн-пт 9:00-18:00\", or \"круглосуточно\") to desks.yaml",
                    at: desk.location)
                finding.item = PublishedItem.deskHours(desk: desk.id, layer: layer).mark
                return finding
            }
        }
    }

    func missingApprovals() -> [Diagnostic] {
        site.regulations.filter { $0.approval == nil && policy.requiresApproval(of: $0) }.map { regulation in
            var finding = Diagnostic(
                .approvalMissing,
                "the \(regulation.kind == .regulation ? "regulation" : "document (\(regulation.kind.rawValue))") has no approval data (approved by, order number and date); add an "
                    + "'approval' block to its front matter, or, if the document is not approved by an order, set "
                    + "its 'kind' (инструкция, памятка, объявление) or approval_kinds in policy.yaml",
                at: regulation.location)
            finding.item = PublishedItem.approval(regulation: regulation.id).mark
            return finding
        }
    }

    func consistency() -> [Diagnostic] {
        let entries = site.timetables.filter(\.isPublished).flatMap { timetable in
            timetable.people.compactMap { site.person($0.id) }.map {
                ($0.makeTimetable(validity: timetable.validity), timetable)
            }
        }
        var seen = Set<String>()
        let unique = entries.filter { seen.insert($0.0.id).inserted }
        let findings = ConsistencyChecker.check(
            unique.map(\.0), today: today, warningDays: policy.expiryWarningDays,
            schoolYear: site.settings.schoolYear, holidays: site.settings.holidays)
        return findings.map { finding in
            let definition = unique.first { finding.timetableIDs.contains($0.0.id) }?.1
            let person = finding.timetableIDs.first.flatMap(site.person)
            let location =
                definition?.validityLocation ?? person?.slots.first?.location ?? definition?.location
                ?? SourceLocation(file: "timetables.yaml")
            return Diagnostic(finding, at: location)
        }
    }
}
