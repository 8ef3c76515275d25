import Testing
@testable import PlanCore

@Suite("Board papers")
struct PaperTests {
    let options = PaperOptions(since: day("2009-08-16"), today: day("2009-11-16"))

    @Test func riskBriefHasEverySectionAndTheRegister() throws {
        let md = try Papers.render(.risks, format: .md, of: DemoWorkspaces.haringey, options: options)
        for heading in ["## 1. Purpose", "## 2. Recommendation", "## 3. Summary", "## 4. Residual heat map", "## 5. New risks",
                        "## 6. Closed risks", "## 7. Scores that moved", "## 8. Overdue reviews", "## 9. Outside appetite",
                        "## 10. Top ten by residual score", "## 11. Implications", "## 12. Appendices",
                        "## Appendix 1: The register", "## Appendix 2: Scoring"] {
            #expect(md.contains(heading), "missing \(heading)")
        }
        #expect(md.contains("changes since 16 August 2009"))
        #expect(md.contains("| R03 | Reductions in resources for Safer Communities delivery | 12 (3×4) \\* | 16 (4×4) \\* | Rising \\* |"))
        // Every heat-map cell names its band, so the map reads in greyscale.
        #expect(md.contains("| 4 Likely | Low | Medium | High | Very high; 1 risk: R03 | Very high |"))
    }

    @Test func htmlPrintsOnA4AndEscapesText() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks[0].title = "<script>alert(1)</script> & \u{1B}[31mred"
        let html = try Papers.render(.risks, format: .html, of: ws, options: options)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; [31mred"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("class=\"num band-red\">16 Very high *</td>"))
    }

    @Test func markdownEscapesTableCells() {
        let t = PaperTable(header: ["A", "B"], rows: [["x | y", "*bold*\nnext"]])
        let md = MarkdownPaper.render(Paper(title: "T", blocks: [.table(t)]))
        #expect(md.contains("| x \\| y | \\*bold\\*; next |"))
        #expect(!md.contains("<br>"))
    }

    @Test func defaultSinceIsAQuarterBeforeTodayWithoutAHeldBoardMeeting() throws {
        let md = try Papers.render(.risks, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: day("2009-11-16")))
        #expect(md.contains("changes since 16 August 2009"))
        // Haringey records the SCEB's meetings as held, the last before the as-at date on 24 September
        // 2009 (example data: no seed dates a board meeting between March 2008 and then): the brief counts from it.
        let haringey = try Papers.render(.risks, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: day("2009-11-16")))
        #expect(haringey.contains("changes since the last meeting on 24 September 2009"))
    }
}

@Suite("Governance, performance and plan papers")
struct MorePaperTests {
    let today = day("2009-11-16")

    @Test func orgChartDrawsBoxesTopDownAndFallsBackToATree() {
        let chart = OrgChart(DemoWorkspaces.spelthorne.governance.bodies).draw(width: 80)
        #expect(chart.contains { $0.contains("│ Board │") })
        #expect(chart.contains { $0.contains("├──│ JAG │") })
        #expect(chart.allSatisfy { $0.count <= 80 })
        let narrow = OrgChart(DemoWorkspaces.spelthorne.governance.bodies).draw(width: 30)
        #expect(narrow.contains("   └─ Operational Management Group (OMG)"))
        let ascii = OrgChart(DemoWorkspaces.spelthorne.governance.bodies, ascii: true).draw(width: 80)
        #expect(ascii.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } || $0.contains("…") })
    }

    @Test func aBodyWithTwoParentsIsMarked() throws {
        let ws = DemoWorkspaces.haringey
        let proposal = try #require(ws.governance.proposals.first)
        let twoParents = try #require(proposal.bodies.first { $0.parents.count >= 2 })
        let tree = OrgChart(proposal.bodies).tree()
        #expect(tree.contains { $0.contains(twoParents.name) && $0.contains("also reports to") })
    }

    @Test func proposalComparisonNamesWhatChanges() throws {
        let ws = DemoWorkspaces.haringey
        let proposal = try #require(ws.governance.proposals.first)
        let c = StructureComparison(current: ws.governance.bodies, proposed: proposal.bodies)
        #expect(c.added.map(\.bodyID) == ["jlg", "hwb", "sab", "lscb", "siwg", "iom", "gag", "asb-casework", "tdb", "tfg"])
        #expect(c.removed.map(\.bodyID) == ["hsp", "acb", "vcb", "asbb"])
        let md = MarkdownPaper.render(GovernancePaper.paper(ws, today: today))
        #expect(md.contains(". Proposal: "))
        #expect(md.contains("| Added |"))
        #expect(md.contains("| Removed |"))
        #expect(md.contains(". Decisions and escalation"))
    }

    @Test func actionsReportCountsRAGAndListsExceptions() throws {
        let md = try Papers.render(.actions, format: .md, of: DemoWorkspaces.haringey,
                                   options: PaperOptions(quarter: Quarter(text: "2009-10 Q2"), today: today))
        #expect(md.contains("# Performance report: action plans, 2009-10 Q2"))
        #expect(md.contains("| **Total** | **6** | **3** | **1** | **2** |"))
        #expect(md.contains("| A121 \\* | Weapon sweeps and knife arches at transport hubs | Chief Inspector, Operations | Red | red | Knife offences up 6% on last year |"))
    }

    @Test func indicatorsReportHonoursPolarityAndFlagsGaps() throws {
        var ws = DemoWorkspaces.haringey
        ws.indicators[0].baseline = nil
        let md = try Papers.render(.indicators, format: .md, of: ws, options: PaperOptions(quarter: Quarter(text: "2009-10 Q2"), today: today))
        #expect(md.contains("| NI 111 | Preventing young people aged 10 – 17 from entering the Youth Justice System | 2,210 per 100,000 population aged 10–17 | "
                            + "1,990 per 100,000 population aged 10–17 | 2,120 per 100,000 population aged 10–17 (2009-10 Q2) | Red | Worsening |"))
        #expect(md.contains(". Indicators that cannot be monitored yet"))
        #expect(md.contains("no baseline"))
    }

    @Test func planDocumentFollowsThePublishedOrder() throws {
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: today))
        let order = ["## 1. Purpose", "## 2. Recommendation", "## 3. Background", "## 4. Introduction and vision",
                     "## 5. Priorities and areas for action", "## 6. Governance", "## 7. Resources", "## 8. Community engagement",
                     "## 9. Performance management", "## 10. Partners and their roles", "## 11. Glossary", "## 12. Implications",
                     "## 13. Appendices", "## Appendix 1: Approval and timetable"]
        let positions = order.compactMap { md.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(md.contains("- 4. Introduction and vision"))
        // Spelthorne's register is empty: no header-only risk table.
        #expect(!md.contains("Risks to delivery"))
        // Projected funding is set in italics, as the plan prints it.
        #expect(md.contains("| *£"))
        let html = try Papers.render(.plan, format: .html, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: today))
        #expect(html.contains("class=\"num projected\""))
        #expect(html.contains("<nav><h2 class=\"contents\">Contents</h2>"))
    }

    @Test func summaryIsShortAndPublic() throws {
        let md = try Papers.render(.plan, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(summary: true, today: today))
        #expect(md.contains(". Have your say"))
        #expect(!md.contains("Risks to delivery"))
        #expect(md.split(separator: "\n").count < 60)
    }
}

@Suite("Structure comparison and proposals")
struct ProposalDomainTests {
    @Test func reParentingCadenceAndMembershipAreNamed() throws {
        var gov = DemoWorkspaces.spelthorne.governance
        let id = gov.startProposal(title: "Review", on: day("2008-02-15"))
        let k = try #require(gov.proposals.firstIndex { $0.id == id })
        let j = try #require(gov.proposals[k].bodies.firstIndex { $0.id == "jag" })
        gov.proposals[k].bodies[j].parents = ["omg"]
        gov.proposals[k].bodies[j].cadence = .weekly(2, "every two weeks")
        gov.proposals[k].bodies[j].members.append(Member(id: "m", role: "Inspector", organisation: "Surrey Police"))
        let c = StructureComparison(current: gov.bodies, proposed: gov.proposals[k].bodies)
        let change = try #require(c.changed.first { $0.bodyID == "jag" })
        #expect(change.details.contains("re-parented: Community Issues → OMG"))
        #expect(change.details.contains("cadence: monthly → every two weeks"))
        #expect(change.details.contains("membership: +1 −0"))
        #expect(c.added.isEmpty && c.removed.isEmpty)
    }

    @Test func adoptingKeepsTheFormerStructureAndActivatesProposedBodies() throws {
        var gov = DemoWorkspaces.haringey.governance
        let before = gov.bodies
        let p = try #require(gov.proposals.first)
        try gov.adopt(p.id, on: day("2012-04-01"))
        #expect(gov.formerStructures.last?.bodies == before)
        #expect(gov.bodies.allSatisfy { $0.status != .proposed })
        #expect(gov.proposals.first?.status == .adopted)
        #expect(throws: ProposalError.self) { try gov.adopt(p.id, on: day("2012-04-02")) }
        #expect(gov.partnershipBoard.map { id in gov.bodies.contains { $0.id == id } } ?? true)
    }
}

@Suite("Budget paper")
struct BudgetPaperTests {
    @Test func everySubjectHasAPaper() throws {
        for subject in ExportSubject.allCases where subject.hasPaper {
            let md = try Papers.render(subject, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: day("2008-02-15")))
            // The whole cover: what is not recorded says how to record it; the area and status are the workspace's.
            let cover = md.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(String.init)
            #expect(cover.count == 8)
            #expect(Array(cover.prefix(4)) == ["| | |", "| --- | --- |",
                                               "| **Meeting** | Not recorded: add it with --meeting or as \"meeting\" in papers.json |",
                                               "| **Date** | Not recorded: add it with --date or as \"date\" in papers.json |"],
                    "\(subject) paper's cover")
            #expect(cover.count == 8 && cover[4].hasPrefix("| **Title** | ") && cover[4].count > 20)
            #expect(Array(cover.suffix(3).prefix(2)) == ["| **Report of** | Not recorded: add it with --author or as \"author\" in papers.json |",
                                                         "| **Wards / area** | Borough of Spelthorne, Surrey |"], "\(subject) paper's cover")
            // The plan goes for decision; the reports are for information.
            #expect(cover.last == (subject == .plan ? "| **Status** | For decision |" : "| **Status** | For information |"), "\(subject) status")
            #expect(md.contains("\n# "), "\(subject) paper has no title")
        }
    }

    @Test func budgetPaperTotalsAndCommitments() throws {
        let md = try Papers.render(.budget, format: .md, of: DemoWorkspaces.spelthorne, options: PaperOptions(today: day("2008-02-15")))
        #expect(md.contains("| **Total 2008-09 (includes projected)** |  |  | **£241,037 plus a carried-forward sum not yet known** |  |"))
        #expect(md.contains(". Funding lines committed to actions"))
    }
}
