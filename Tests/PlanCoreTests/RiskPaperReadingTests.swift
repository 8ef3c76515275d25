import Foundation
import Testing
@testable import PlanCore

/// What a tester reading the Haringey demo's risk paper found: ids where references belong, example
/// scores and owners of sourced risks unmarked, and no word of the meeting the paper counts from.
struct RiskPaperReadingTests {
    static let today = Day(year: 2009, month: 11, day: 16) ?? Day(dayNumber: 0)

    /// The Haringey demo with a risk and an action added as the app adds them: ids unique without
    /// coordination, references the user gave.
    static func withAddedRecords() throws -> (ws: Workspace, riskID: String, actionID: String) {
        var ws = DemoWorkspaces.haringey
        let riskID = IDs.unique(prefix: "risk-")
        var r = Risk(id: riskID, title: "Venue for the youth forum lost", owner: "Youth Service Manager",
                     inherent: RiskScore(likelihood: 4, impact: 3), residual: RiskScore(likelihood: 3, impact: 3),
                     target: RiskScore(likelihood: 2, impact: 3), raisedOn: today,
                     reviews: [RiskReview(date: today, residual: RiskScore(likelihood: 3, impact: 3), note: "Raised")])
        r.ref = "R07"
        ws.risks.risks.append(r)
        let actionID = IDs.unique(prefix: "a-")
        let plan = try #require(ws.actionPlans.indices.first)
        ws.actionPlans[plan].actions.append(PlanAction(id: actionID, code: "YP9", title: "Find a new venue",
                                                       owner: "Youth Service Manager", due: today))
        return (ws, riskID, actionID)
    }

    @Test func papersNameAnAddedRiskByItsReferenceAndNoRecordByItsId() throws {
        let (ws, riskID, actionID) = try Self.withAddedRecords()
        let options = PaperOptions(today: Self.today)
        let risks = try Papers.render(.risks, format: .md, of: ws, options: options)
        // The heat-map cell lists the new risk by its reference.
        #expect(risks.contains(": R07") || risks.contains(", R07"),
                "\(risks.split(separator: "\n").filter { $0.contains("risk") && $0.hasPrefix("| ") })")
        for subject in [ExportSubject.risks, .plan, .actions, .indicators, .budget, .governance] {
            for format in [ExportFormat.md, .html] {
                let text = try Papers.render(subject, format: format, of: ws, options: options)
                #expect(!text.contains(riskID), "\(subject.rawValue) \(format.rawValue) prints the risk's id")
                #expect(!text.contains(actionID), "\(subject.rawValue) \(format.rawValue) prints the action's id")
            }
        }
        let xml = try UnzippedDocx(try Papers.file(.risks, format: .docx, of: ws, options: options))["word/document.xml"]
        #expect(!xml.contains(riskID))
        #expect(xml.contains(": R07") || xml.contains(", R07"))
    }

    /// A sourced risk's title stands on its seed; its owner and scores are example data and are marked
    /// cell by cell, in Markdown, HTML and Word alike; an invented risk is marked once, by its title.
    @Test func exampleCellsOfASourcedRiskAreMarked() throws {
        let ws = DemoWorkspaces.haringey
        let r03 = try #require(ws.risk("R03"))
        let options = PaperOptions(today: Self.today)
        let md = try Papers.render(.risks, format: .md, of: ws, options: options)
        let row = try #require(md.split(separator: "\n").first { $0.hasPrefix("| R03 | ") && $0.contains("Cause:") })
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        // Risk, title and cause (R03's cause is not in the seed), category, owner, three scores, controls, status, review.
        #expect(cells[0] == "R03")
        #expect(cells[1].hasPrefix(r03.title + "; Cause: ") && cells[1].hasSuffix(" \\*"))
        #expect(cells[3] == r03.owner + " \\*")
        #expect(cells[5].hasSuffix(" \\*"))
        let html = try Papers.render(.risks, format: .html, of: ws, options: options)
        #expect(html.contains(">" + r03.owner + " *<"))
        let xml = try UnzippedDocx(try Papers.file(.risks, format: .docx, of: ws, options: options))["word/document.xml"]
        #expect(xml.contains(r03.owner + " *"))
        // R05's cause is sourced: its title-and-cause cell is not marked.
        let r05 = try #require(md.split(separator: "\n").first { $0.hasPrefix("| R05 | ") && $0.contains("Cause:") })
        #expect(!r05.split(separator: "|")[1].contains("\\*"))
    }

    @Test func theRiskPaperSaysItCountsFromTheLastMeetingAndGoesToTheNext() throws {
        let ws = DemoWorkspaces.haringey
        let last = try #require(ws.lastBoardMeeting(onOrBefore: Self.today))
        let next = try #require(ws.nextBoardMeeting(onOrAfter: Self.today))
        let board = try #require(ws.body(next.body))
        let p = try Papers.paper(.risks, of: ws, options: PaperOptions(today: Self.today))
        #expect(p.cover.meeting == board.name)
        #expect(p.cover.date == next.date)
        let md = try Papers.render(.risks, format: .md, of: ws, options: PaperOptions(today: Self.today))
        #expect(md.contains("changes since the last meeting on \(PaperDate.long(last.date))"))
        #expect(!md.contains("Not recorded: add it with --meeting"))
        // A date of the author's choosing is not the last meeting, and a meeting the author names wins.
        let given = PaperOptions(since: Day(year: 2009, month: 7, day: 1), today: Self.today,
                                 cover: PaperCoverFields(meeting: "Cabinet"))
        let other = try Papers.paper(.risks, of: ws, options: given)
        #expect(other.cover.meeting == "Cabinet")
        #expect(other.cover.date == nil)
        #expect(other.subtitle.contains { $0.hasSuffix("changes since 1 July 2009") })
    }
}
