import Foundation
import Testing
@testable import PlanCore

/// The workspace a new partnership starts from: a folder holding only a minimal partnership.json.
func emptyWorkspace() throws -> Workspace {
    let tmp = TempFolder()
    try tmp.write("""
        { "kind" : "saferplan.partnership", "schemaVersion" : 1,
          "partnership" : { "name" : "Newtown Community Safety Partnership" } }
        """, to: "partnership.json")
    return try WorkspaceStore.load(folder: tmp.path).workspace
}

/// Every demo and the empty workspace, by name.
func everyWorkspace() throws -> [(name: String, workspace: Workspace)] {
    DemoWorkspaces.all + [("empty", try emptyWorkspace())]
}

@Suite("Committee-report shape")
struct CommitteePaperTests {
    let today = day("2009-11-16")
    let cover = PaperCoverFields(meeting: "Safer Communities Executive Board", date: day("2009-12-10"),
                                 author: "Claire Kowalska", role: "Community Safety Strategic Manager")

    @Test func coverFieldsComeFromTheAuthorAndTheWorkspace() throws {
        let md = try Papers.render(.risks, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: today, cover: cover))
        #expect(md.hasPrefix("""
            | | |
            | --- | --- |
            | **Meeting** | Safer Communities Executive Board |
            | **Date** | 10 December 2009 |
            | **Title** | Risk register: report to the board |
            | **Report of** | Claire Kowalska, Community Safety Strategic Manager |
            | **Wards / area** | London Borough of Haringey |
            | **Status** | For information |
            """))
        #expect(md.contains("## 2. Recommendation\n\n1. That the Safer Communities Executive Board note the position of the risk register"))
        #expect(md.contains("- **Risk:** The risk register holds 6 open risks, 2 outside appetite; see the chair's risk brief."))
        #expect(md.contains("- **Legal:** Not stated: the author adds it as \"implications.legal\" in papers.json"))
    }

    @Test func statusChangesWhatIsRecommended() throws {
        var c = cover
        c.status = .decision
        c.implications[.legal] = "none identified"
        let md = try Papers.render(.actions, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: today, cover: c))
        #expect(md.contains("| **Status** | For decision |"))
        #expect(md.contains("1. That the Safer Communities Executive Board agree the responses to the exceptions listed."))
        #expect(md.contains("- **Legal:** none identified"))
    }

    @Test func missingCoverFieldsSayWhereToAddThem() throws {
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: today))
        #expect(md.contains("| **Meeting** | Not recorded: add it with --meeting or as \"meeting\" in papers.json |"))
        #expect(md.contains("| **Status** | For decision |"))
        #expect(md.contains("1. That the meeting approve the "))
    }

    @Test func everyPaperOfEveryWorkspaceHasTheShapeInEveryTextFormat() throws {
        for (name, ws) in try everyWorkspace() {
            for subject in ExportSubject.allCases where subject.hasPaper {
                for summary in subject == .plan ? [false, true] : [false] {
                    let options = PaperOptions(summary: summary, today: today, cover: cover)
                    let md = try Papers.render(subject, format: .md, of: ws, options: options)
                    let html = try Papers.render(subject, format: .html, of: ws, options: options)
                    let what = "\(name) \(subject)\(summary ? " summary" : "")"
                    for section in ["1. Purpose", ". Implications", ". Appendices"] {
                        #expect(md.contains("## ") && md.contains(section), "\(what) md lacks \(section)")
                        #expect(html.contains(section), "\(what) html lacks \(section)")
                    }
                    #expect(md.contains("| **Report of** | Claire Kowalska"), "\(what) md lacks its cover")
                    #expect(html.contains("<table class=\"cover\">"), "\(what) html lacks its cover")
                    for wrong in ["bodys", "authoritys", " 1 actions", "<br>", " Aug 2009"] {
                        #expect(!md.contains(wrong), "\(what) md says \(wrong)")
                    }
                    // No heading is followed straight by another heading of the same or a higher level.
                    let lines = md.split(separator: "\n").map(String.init)
                    for (i, line) in lines.enumerated() where line.hasPrefix("## ") || line.hasPrefix("### ") {
                        let next = lines[(i + 1)...].first { !$0.isEmpty } ?? ""
                        let level = line.prefix { $0 == "#" }.count
                        let nextLevel = next.hasPrefix("#") ? next.prefix { $0 == "#" }.count : 99
                        #expect(nextLevel > level, "\(what): \(line) has nothing under it")
                    }
                }
            }
        }
    }

    @Test func htmlCarriesThePrintRules() throws {
        let html = try Papers.render(.risks, format: .html, of: DemoWorkspaces.haringey, options: PaperOptions(today: today, cover: cover))
        for rule in ["@page { size: A4; margin: 20mm;",
                     "@top-left { content: \"Haringey Safer Communities Partnership — Risk register: report to the board\";",
                     "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);",
                     "@page wide { size: A4 landscape; }", "section.wide { page: wide; }",
                     "thead { display: table-header-group; }", "tr { break-inside: avoid; page-break-inside: avoid; }",
                     "table.whole { break-inside: avoid;", "h2 + *, h3 + * { break-before: avoid;",
                     "td.band-red, td.rag-red { background: #ef9a9a; font-weight: bold; text-decoration: underline; }"] {
            #expect(html.contains(rule), "missing \(rule)")
        }
        // The register's section turns the page; the heat map is kept whole.
        #expect(html.contains("<section class=\"wide\">\n<h2 id=\"appendix-1-the-register\">"))
        #expect(html.contains("<table class=\"whole\">\n<caption>Residual scores of open risks"))
        // The body opens with the cover table: LibreOffice adds a blank first page to html that does not.
        #expect(html.contains("<body>\n<table class=\"cover\">"))
    }

    @Test func theOrgChartStatesEveryLinkItCannotDraw() throws {
        let md = try Papers.render(.governance, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: today))
        let figure = try #require(md.components(separatedBy: "```").dropFirst().first)
        #expect(figure.contains("  Board is linked to Surrey Safer Stronger Partnership Board (Represented at county level)"))
        #expect(figure.split(separator: "\n").allSatisfy { $0.count <= 96 })
        let haringey = try Papers.render(.governance, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: today))
        #expect(haringey.contains("  DAAT also reports to HWB"))
    }

    @Test func englishFromTheData() {
        #expect(Plural.of("body") == "bodies")
        #expect(Plural.of("Responsible authority") == "Responsible authorities")
        #expect(Plural.of("Co-operating body") == "Co-operating bodies")
        #expect(Plural.of("survey") == "surveys")
        #expect(Plural.count(1, "action") == "1 action")
        #expect(Plural.count(2, "action") == "2 actions")
        #expect(PaperDate.long(day("2026-12-10")) == "10 December 2026")
    }

    @Test func partnersAreGroupedUnderPluralsAndPrioritiesCountTheirActions() throws {
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: today))
        #expect(md.contains("*Responsible authorities*"))
        #expect(!md.contains("Responsible authoritys"))
        let spelthorne = try Papers.render(.plan, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: today))
        #expect(spelthorne.contains("- **Action plan 2008-09:** 1 action\n"))
    }

    @Test func indicatorValuesCarryTheirUnits() throws {
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(summary: true, today: today))
        #expect(md.contains("from 1.62 offences per 1,000 population to "))
    }

    @Test func emptySectionsAreLeftOut() throws {
        let hereford = try Papers.render(.plan, format: .md, of: DemoWorkspaces.herefordshire, options: PaperOptions(today: today))
        #expect(DemoWorkspaces.herefordshire.partnership.vision.isEmpty)
        #expect(!hereford.contains("### Our vision"))
        let spelthorne = try Papers.render(.plan, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: today))
        #expect(!spelthorne.contains("| Risk | Owner | Residual | Main controls |"))
    }

    @Test func anEmptyRegisterGivesAOnePageBrief() throws {
        let md = try Papers.render(.risks, format: .md, of: try emptyWorkspace(), options: PaperOptions(today: today))
        #expect(md.contains("The risk register holds no risks yet: add them in the Risks view"))
        #expect(!md.contains("heat map"))
        #expect(!md.contains("Appendix 1"))
        #expect(md.split(separator: "\n").count < 40)
    }

    @Test func theActionsReportDefaultsToAQuarterInsideThePlan() {
        var ws = DemoWorkspaces.spelthorne
        for p in ws.actionPlans.indices { for a in ws.actionPlans[p].actions.indices { ws.actionPlans[p].actions[a].updates = [] } }
        for i in ws.indicators.indices { ws.indicators[i].actuals = [] }
        ws.indicators[0].actuals = [QuarterActual(quarter: Quarter(year: FinancialYear(2007), number: 4) ?? Quarter(containing: today), value: 3)]
        let q = PerformancePaper.defaultQuarter(ws, today: day("2008-06-01"))
        #expect(q.description == "2008-09 Q1")
        #expect(PerformancePaper.defaultQuarter(DemoWorkspaces.haringey, today: today).description == "2009-10 Q2")
    }

    @Test func exceptionsListEveryRedOverdueAndMissingUpdate() throws {
        let md = try Papers.render(.actions, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: today))
        #expect(md.contains("| A132 \\* | Joint estate walkabouts with Homes for Haringey | Neighbourhood Manager | no update | "
                            + "red; overdue since 30 September 2009; no update for 2009-10 Q2 |"))
        #expect(md.contains("| A142 \\* | Alcohol arrest referral in custody | Treatment Commissioner | no update | no update for 2009-10 Q2 |"))
        #expect(md.contains("2 of 12 actions have no update for 2009-10 Q2."))
    }
}

@Suite("Papers config and files")
struct PaperConfigTests {
    @Test func configIsReadAndWrittenBack() throws {
        let f = PaperCoverFields(meeting: "Cabinet", date: day("2008-05-01"), author: "Jo Bloggs", role: "Manager",
                                 wards: "County-wide", status: .decision, implications: [.legal: "none identified"])
        let back = try PaperConfig.parse(PaperConfig.serialize(f), file: "papers.json")
        #expect(back == f)
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.herefordshire,
                                   options: PaperOptions(today: day("2008-05-01"), cover: back))
        #expect(md.contains("1. That Cabinet approve the "))
        #expect(md.contains("| **Wards / area** | County-wide |"))
    }

    @Test func aBadConfigNamesFileLineFieldAndWhatWasExpected() {
        #expect(throws: ExportError("papers.json: line 2, column 11: date: expected YYYY-MM-DD, found \"soon\"")) {
            try PaperConfig.parse(Array("{\n  \"date\": \"soon\"\n}".utf8), file: "papers.json")
        }
        #expect(throws: ExportError("papers.json: line 1, column 13: status: expected decision or information, found \"maybe\"")) {
            try PaperConfig.parse(Array("{\"status\" : \"maybe\"}".utf8), file: "papers.json")
        }
        #expect(throws: ExportError.self) { try PaperConfig.parse(Array("{\"colour\": \"red\"}".utf8), file: "papers.json") }
    }

    @Test func papersFollowTheUmaskNeverReplaceAFolderAndWriteThroughALink() throws {
        let tmp = TempFolder()
        let old = umask(0o022)
        defer { umask(old) }
        try PaperFile.write(Array("x".utf8), to: tmp.file("paper.md"))
        let mode = try #require(FileManager.default.attributesOfItem(atPath: tmp.file("paper.md"))[.posixPermissions] as? Int)
        #expect(mode == 0o644)
        try FileManager.default.createDirectory(atPath: tmp.file("folder"), withIntermediateDirectories: false)
        #expect(throws: ExportError.self) { try PaperFile.write(Array("x".utf8), to: tmp.file("folder")) }
        try FileManager.default.createSymbolicLink(atPath: tmp.file("link"), withDestinationPath: tmp.file("paper.md"))
        try PaperFile.write(Array("y".utf8), to: tmp.file("link"))
        #expect(try tmp.read("paper.md") == "y", "the link's target is written")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: tmp.file("link")) == tmp.file("paper.md"), "and the link kept")
    }
}
