import Foundation
import Testing
@testable import PlanCore

/// The demos' source notes, checked against the seed papers they cite: each quote is in its seed,
/// and each sourced value says what the quote says.
struct DemoSourcesTests {
    /// The seed papers beside the repository (`../shared/seeds`), or nil when that folder is absent.
    static let seedFolder: URL? = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = repo.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    /// Letters and digits only, lower-cased, `&` read as "and": punctuation, dashes and line breaks
    /// differ between a paper and its typed-up text.
    static func norm(_ s: String) -> String {
        String(s.lowercased().replacingOccurrences(of: "&", with: "and").unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The seeds' typed-up text marks italics with `<i>…</i>` and superscripts with `<sup>`: markup, not words.
    static func withoutMarkup(_ s: String) -> String {
        s.replacingOccurrences(of: "</?(i|sup)>", with: "", options: .regularExpression)
    }

    static func seedText(_ id: String) -> String? {
        guard let folder = seedFolder, let n = id.split(separator: " ").last else { return nil }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard let name = files.first(where: { $0.hasPrefix(n + "_") }) else { return nil }
        return try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The record a note's key names.
    static func record(_ key: String, in ws: Workspace) -> Any? {
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 1 { return key == "plan" ? ws.plan : key == "partnership" ? ws.partnership : nil }
        let id = parts[1]
        switch parts[0] {
        case "partner": return ws.partners.first { $0.id == id }
        case "body": return ws.governance.bodies.first { $0.id == id }
        case "proposedBody": return ws.governance.proposals.flatMap(\.bodies).first { $0.id == id }
        case "proposal": return ws.governance.proposals.first { $0.id == id }
        case "priority": return ws.priorities.first { $0.id == id }
        case "indicator": return ws.indicators.first { $0.id == id }
        case "risk": return ws.risks.risks.first { $0.id == id }
        case "fundingLine": return ws.budget.fundingLines.first { $0.id == id }
        case "carryForward": return ws.budget.carryForwards.first { $0.id == id }
        case "glossaryTerm": return ws.glossary.first { $0.id == id }
        case "engagement": return ws.engagement.first { $0.id == id }
        case "milestone": return ws.plan.timetable.first { $0.id == id }
        case "nationalPriority": return ws.plan.nationalPriorities.first { $0.id == id }
        case "strategicLink": return ws.partnership.strategicLinks.first { $0.id == id }
        case "meeting": return ws.governance.meetings.first { $0.id == id }
        case "agendaItem": return ws.governance.meetings.flatMap(\.agenda).first { $0.id == id }
        case "boardPaper": return ws.governance.papers.first { $0.id == id }
        case "approvalStep": return ws.plan.approval.first { $0.id == id }
        default: return nil
        }
    }

    /// The value's text: its description and every leaf below it.
    static func leaves(_ value: Any) -> [String] {
        let m = Mirror(reflecting: value)
        if m.displayStyle == .optional { return m.children.first.map { leaves($0.value) } ?? [] }
        return [String(describing: value)] + m.children.flatMap { leaves($0.value) }
    }

    static func field(_ name: String, of record: Any) -> Any? {
        Mirror(reflecting: record).children.first { $0.label == name }?.value
    }

    static let demos: [(name: String, workspace: Workspace)] = DemoWorkspaces.all

    @Test("each demo has provenance; a workspace the user makes has none")
    func demosAreSourced() {
        for (name, ws) in Self.demos {
            let p = ws.info.provenance ?? Provenance()
            #expect(p.notes.count > 20, "\(name)")
            // Every record is either vouched for by a note or listed as example data, never both.
            let noted = Set(p.notes.map(\.record))
            #expect(Set(p.examples).isDisjoint(with: noted), "\(name)")
            #expect(Set(ws.recordKeys).isSubset(of: noted.union(p.examples)), "\(name)")
        }
        #expect(DemoWorkspaces.haringey.info.provenance?.examples.contains("partner:council") == true)
        #expect(DemoWorkspaces.haringey.info.provenance?.examples.contains("priority:p-asb") == false)
        #expect(Workspace().info.provenance == nil)
    }

    @Test("each note names a record and field that exist, and cites a listed document")
    func notesNameRealRecords() {
        for (name, ws) in Self.demos {
            let p = ws.info.provenance ?? Provenance()
            for note in p.notes {
                let r = Self.record(note.record, in: ws)
                #expect(r != nil, "\(name): no record \(note.record)")
                if let r, let f = note.field { #expect(Self.field(f, of: r) != nil, "\(name): \(note.record) has no \(f)") }
                #expect(p.documents.contains { $0.id == note.source }, "\(name): \(note.source) not listed")
            }
        }
    }

    @Test("each quote is in the seed it cites, and each sourced value says what the quote says",
          .enabled(if: seedFolder != nil, "the seed papers (../shared/seeds beside the repository) are absent"))
    func quotesMatchSeedsAndValues() {
        for (name, ws) in Self.demos {
            for note in ws.info.provenance?.notes ?? [] {
                let seed = Self.seedText(note.source)
                #expect(seed != nil, "\(name): \(note.source) not found")
                let q = Self.norm(note.quote)
                let inSeed = Self.norm(Self.withoutMarkup(seed ?? "")).contains(q)
                #expect(inSeed, "\(name): \(note.source) lacks \"\(note.quote)\"")
                guard let field = note.field, let r = Self.record(note.record, in: ws),
                      let v = Self.field(field, of: r) else { continue }
                let texts = Self.leaves(v).map(Self.norm).filter { !$0.isEmpty }
                let joined = texts.dropFirst().joined()
                let agrees = texts.contains { $0.contains(q) } || texts.contains { $0.count >= 2 && q.contains($0) }
                    || (!joined.isEmpty && q.contains(joined))
                #expect(agrees, "\(name): \(note.record).\(field) = \(String(describing: v).prefix(80)) is not \"\(note.quote)\"")
            }
        }
    }

    @Test("the facts corrected against the seeds read as the seeds do")
    func correctedFacts() {
        let h = DemoWorkspaces.haringey
        #expect(h.meaning(of: "APACS") == "Assessment of Police and Community Safety")
        #expect(h.indicator("ni-21")?.laa == true)
        #expect(h.priority("p-asb")?.title.contains("focusing on young people") == true)
        #expect(h.risk("R05")?.title.hasPrefix("Lack of required level of co-operation") == true)
        let hf = DemoWorkspaces.herefordshire
        #expect(hf.priority("t-f")?.description == "Considered within each of the other 5 groups individually.")
        #expect(hf.partnership.strategicLinks.map(\.kind) == [.localAreaAgreement])
        #expect(h.partnership.strategicLinks.contains { $0.plan == "Cutting Crime – A new partnership 2008-2011" })
        #expect(DemoWorkspaces.spelthorne.plan.performanceFramework.contains("of which 30 of these are community safety related"))
        // Second pass: seeds 000, 001, 002, 003 and 004.
        #expect(h.partnership.strategicLinks.contains { $0.plan == "Delivering Safer Communities – A guide to effective partnership working" })
        #expect(!h.plan.performanceFramework.contains("the performance management group monitors projects and spend"))
        #expect(!hf.plan.versionLabel.contains("adopted"))
        #expect(DemoWorkspaces.spelthorne.governance.bodies.first { $0.id == "ciag" }?.purpose.contains("criminal or anti social behaviour") == true)
        #expect(h.governance.proposals.first?.description.contains("commissioning groups") == true)
        #expect(h.governance.bodies.first { $0.id == "pmg" }?.purpose.contains("joint picture to officer leads and the Cabinet Member") == true)
        // Seed 003 read in full.
        let s = DemoWorkspaces.spelthorne
        #expect(s.governance.bodies.first { $0.id == "ppomp" }?.purpose.contains("individuals in the community who cause harm") == true)
        #expect(s.partners.first { $0.id == "surrey-fire" }?.role.contains("contributes to the Surrey Community Strategy") == true)
        #expect(s.partners.first { $0.id == "surrey-fire" }?.contribution.contains("arson") == false)
        #expect(s.partnership.strategicLinks.first { $0.id == "link-laa" }?.relationship.contains("bulk of its funding") == true)
    }

    @Test("the facts seed 003 states that the Spelthorne demo held unsourced now cite it")
    func spelthorneFactsCiteTheirSeed() throws {
        let p = try #require(DemoWorkspaces.spelthorne.info.provenance)
        let sourced: [(String, String)] = [
            ("partnership", "area"), ("strategicLink:link-laa", "relationship"), ("nationalPriority:psa-1", "framework"),
            ("plan", "resourcing"), ("body:community-issues", "name"), ("body:ppomp", "purpose"),
            ("body:county-board", "purpose"), ("body:omg", "termsOfReference"), ("partner:gose", "contribution"),
            ("partner:magistrates", "contribution"), ("partner:cypp", "role"), ("partner:voluntary", "role"),
            ("partner:surrey-fire", "contribution"), ("engagement:eng-face-the-people", "description"),
        ]
        for (record, field) in sourced { #expect(!p.isExample(record, field: field), "\(record).\(field)") }
        #expect(!p.isExample("strategicLink:link-laa"))
        // Still example data: what the plan does not state.
        #expect(p.isExample("indicator:ni-20"))
        #expect(p.isExample("body:board", field: "chair"))
    }
}

/// A value a user changes no longer rests on its source: the note keeps the value it vouched for.
struct ChangedFromSourceTests {
    @Test func aDemoAsWrittenHasNoChangedValues() {
        for (name, ws) in DemoWorkspaces.all {
            let notes = ws.info.provenance?.notes ?? []
            let changed = ws.changedFromSource(notes)
            #expect(changed == [], "\(name)")
            // Every note on a field keeps the value it vouches for.
            #expect(notes.allSatisfy { $0.field == nil || $0.value != nil }, "\(name)")
        }
    }

    @Test func editingASourcedFieldLeavesItsNoteBehind() throws {
        var ws = DemoWorkspaces.herefordshire
        let i = try #require(ws.partners.firstIndex { $0.id == "council" })
        ws.partners[i].name = "Herefordshire County Council"
        ws.partnership.area = "The county"
        let changed = ws.changedFromSource(ws.info.provenance?.notes ?? [])
        #expect(changed.map { "\($0.record).\($0.field ?? "")" } == ["partnership.area", "partner:council.name"])
        // A field without a note, edited, changes nothing here.
        ws.partners[i].contribution = "Funds the community safety team"
        let still = ws.changedFromSource(ws.info.provenance?.notes ?? [])
        #expect(still.count == 2)
    }

    /// A risk register imported over a demo's, with one sourced title changed: that note no longer applies.
    @Test func anImportThatChangesASourcedValueLeavesItsNoteBehind() throws {
        var ws = DemoWorkspaces.herefordshire
        let json = try JSONExport.export(.risks, of: ws)
        let sourced = "Non-adoption of the plan puts the council in breach of a statutory requirement"
        #expect(json.contains(sourced))
        let edited = json.replacingOccurrences(of: sourced, with: "The plan is not adopted in time")
        let result = RiskImport.json(Array(edited.utf8), into: ws.risks)
        #expect(result.problems.isEmpty)
        ws.risks = result.register
        let changed = ws.changedFromSource(ws.info.provenance?.notes ?? [])
        #expect(changed.map { "\($0.record).\($0.field ?? "")" } == ["risk:R03.title"])
    }

    /// Read from disk and edited there (as an import or another hand would), the note still tells.
    @Test func theKeptValueSurvivesASaveAndAnEditOnDisk() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        var ws = try WorkspaceStore.load(folder: tmp.file("w")).workspace
        #expect(ws.info.provenance == DemoWorkspaces.herefordshire.info.provenance)
        let unchanged = ws.changedFromSource(ws.info.provenance?.notes ?? [])
        #expect(unchanged == [])
        let path = tmp.file("w/partnership.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"Herefordshire Primary Care Trust\",", with: "\"NHS Herefordshire\",")
            .write(toFile: path, atomically: true, encoding: .utf8)
        ws = try WorkspaceStore.load(folder: tmp.file("w")).workspace
        let edited = ws.changedFromSource(ws.info.provenance?.notes ?? [])
        #expect(edited.map(\.record) == ["partner:pct"])
    }

    /// Papers do not claim the seed for a changed value: it ends in † and the note says why.
    @Test func papersMarkAChangedValue() throws {
        var ws = DemoWorkspaces.herefordshire
        let options = PaperOptions(today: ExampleMarksPaperTests.today)
        let before = try Papers.render(.plan, format: .md, of: ws, options: options)
        #expect(!before.contains("\u{2020}"))
        let i = try #require(ws.partners.firstIndex { $0.id == "council" })
        ws.partners[i].name = "Herefordshire County Council"
        let md = try Papers.render(.plan, format: .md, of: ws, options: options)
        #expect(md.contains("Entries marked \u{2020} have been changed since they were taken from them."))
        #expect(md.contains("| Herefordshire County Council \u{2020} |"))
        #expect(md.contains("| West Mercia Constabulary |"))
    }
}

/// Papers mark example and changed entries by the record a row shows, not by the name it prints.
struct ExampleMarksByRecordTests {
    /// The first cells of the table rows that print `name`, with any mark after it.
    static func firstCells(_ md: String, _ name: String) -> [String] {
        md.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 2 else { return nil }
            let first = cells[1].trimmingCharacters(in: .whitespaces)
            return first.hasPrefix(name) && first.count <= name.count + 3 ? first : nil
        }
    }

    @Test func twoRecordsOfTheSameNameAreMarkedApart() throws {
        var ws = DemoWorkspaces.herefordshire
        var p = try #require(ws.info.provenance)
        // The fire service made example data, then named as the council is: only its row is marked.
        p.notes.removeAll { $0.record == "partner:fire" }
        p.examples.append("partner:fire")
        ws.info.provenance = p
        let fire = try #require(ws.partners.firstIndex { $0.id == "fire" })
        ws.partners[fire].name = "Herefordshire Council"
        let options = PaperOptions(today: ExampleMarksPaperTests.today)
        var md = try Papers.render(.plan, format: .md, of: ws, options: options)
        #expect(Self.firstCells(md, "Herefordshire Council").sorted() == ["Herefordshire Council", "Herefordshire Council \\*"])
        // A sourced record renamed after another's name is marked changed; the other keeps its source.
        ws = DemoWorkspaces.herefordshire
        let pct = try #require(ws.partners.firstIndex { $0.id == "pct" })
        ws.partners[pct].name = "Herefordshire Council"
        md = try Papers.render(.plan, format: .md, of: ws, options: options)
        #expect(Self.firstCells(md, "Herefordshire Council").sorted() == ["Herefordshire Council", "Herefordshire Council \u{2020}"])
    }

    /// The governance paper prints a body with its acronym, and the body it reports to by short name: the
    /// row is marked by its body, not by whichever cell happens to match an invented record's name.
    @Test func bodiesAtAGlanceAreMarkedByBody() throws {
        let md = try Papers.render(.governance, format: .md, of: DemoWorkspaces.haringey,
                                   options: PaperOptions(today: ExampleMarksPaperTests.today))
        #expect(md.contains("| Safer Communities Executive Board (SCEB) | Strategic board | 1 | HSP | four times a year |"))
        #expect(md.contains("| Drug and Alcohol Partnership Board (DAAT) \\* | Strategic board |"))
    }
}

/// Papers of a demo carry the example-data note and mark invented entries; a user's papers do not.
struct ExampleMarksPaperTests {
    static let today = Day(year: 2009, month: 11, day: 16) ?? Day(dayNumber: 0)

    @Test func demoPapersNoteAndMarkExampleData() throws {
        let ws = DemoWorkspaces.haringey
        let md = try Papers.render(.plan, format: .md, of: ws, options: PaperOptions(today: Self.today))
        // Markdown escapes the asterisk.
        #expect(md.contains("Entries marked \\* are example data, not from the partnership's documents; the rest is taken "
                            + "from 3-year Strategic Partnership Plan"))
        // Haringey's partners are example data; its priorities are the SCEB paper's own words.
        #expect(md.contains("| Haringey Teaching Primary Care Trust \\* |"))
        #expect(md.contains("Young people – prevention and support") && !md.contains("Young people – prevention and support \\*"))
        // The vision is invented; the link to the Community Strategy is the paper's.
        #expect(md.contains("without fear of crime. \\*"))
        #expect(md.contains("The plan supports Haringey's Community Strategy") && !md.contains("corporate performance management framework. \\*"))
        let html = try Papers.render(.plan, format: .html, of: ws, options: PaperOptions(today: Self.today))
        #expect(html.contains("Entries marked * are example data"))
        #expect(html.contains("Haringey Teaching Primary Care Trust *"))
        let docx = try Papers.file(.plan, format: .docx, of: ws, options: PaperOptions(today: Self.today))
        let xml = try UnzippedDocx(docx)["word/document.xml"]
        #expect(xml.contains("Entries marked * are example data"))
        #expect(xml.contains("Haringey Teaching Primary Care Trust *"))
    }

    @Test func planPaperShowsWhatEachChecklistItemRestsOn() throws {
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: Self.today))
        #expect(md.contains("Contents checklist"))
        #expect(md.contains("Good practice: not required by law"))
        #expect(md.contains("Law: Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 (SI 2007/1830)"))
    }

    @Test func aUsersPapersHaveNoMarks() throws {
        var ws = DemoWorkspaces.haringey
        ws.info.provenance = nil
        let md = try Papers.render(.plan, format: .md, of: ws, options: PaperOptions(today: Self.today))
        #expect(!md.contains("example data"))
        #expect(!md.contains(" \\*"))
    }
}
