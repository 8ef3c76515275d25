import Foundation
import Testing
@testable import PlanCore

/// A partnership starting its own workspace: what `init` writes and what it refuses.
struct NewWorkspaceTests {
    let request = NewWorkspaceRequest(name: "Northshire Community Safety Partnership", area: "Northshire", startYear: 2027)

    @Test func writesAnEmptyWorkspaceThatValidatesAndLoads() throws {
        let dir = TempFolder()
        let folder = dir.file("northshire")
        try NewWorkspace.write(request, into: folder, today: day("2027-05-10"))
        let loaded = try WorkspaceStore.load(folder: folder)
        let ws = loaded.workspace
        #expect(loaded.readOnlyReasons == [])
        #expect(ws.partnership.name == "Northshire Community Safety Partnership")
        #expect(ws.partnership.shortName == "Northshire CSP")
        #expect(ws.partnership.area == "Northshire")
        #expect(ws.plan.period == PlanPeriod(startYear: 2027, endYear: 2030))
        #expect(ws.plan.currentYear == FinancialYear(2027))
        #expect(ws.plan.approval.isEmpty && ws.plan.approvalStage == "draft")
        #expect(ws.risks.matrix == .standard)
        #expect(ws.priorities.isEmpty && ws.risks.risks.isEmpty && ws.governance.bodies.isEmpty && ws.indicators.isEmpty)
        #expect(ws.validate(today: day("2027-05-10")).filter { $0.level == .error }.map(\.message) == [])
        // The responsible authorities the law names, as partners to confirm.
        #expect(ws.partners.map(\.authority) == [.council, .police, .fireAndRescue, .health, .probation])
        #expect(ws.partners.allSatisfy { $0.kind == .responsibleAuthority && $0.name.hasSuffix("(to confirm)") })
        let ignore = try dir.read("northshire/.gitignore")
        #expect(ignore.contains(".saferplan.lock\n") && ignore.contains(".saferplan-recovery.json\n"))
        #expect(try dir.read("northshire/.gitattributes") == "# SaferPlan (saferplan git-setup)\n*.json merge=saferplan\nchanges-*.jsonl merge=saferplan\n")
    }

    @Test func theChecklistNamesWhatIsUnmetOnAnEmptyWorkspace() {
        let ws = NewWorkspace.make(request, today: day("2027-05-10"))
        let items = ws.statutoryChecklist(today: day("2027-05-10"))
        let unmet = items.filter { !$0.result.satisfied }
        // Nothing is satisfied vacuously: no priorities means no projects support them.
        #expect(items.first { $0.id == "projects" }?.result.satisfied == false)
        #expect(items.first { $0.id == "projects" }?.result.reason == "there are no priorities yet, so no projects support them")
        #expect(unmet.allSatisfy { !$0.result.reason.isEmpty })
        #expect(unmet.count >= 20)
    }

    @Test func nextStepsFollowTheEmptySections() {
        var ws = NewWorkspace.make(request, today: day("2027-05-10"))
        let first = ws.nextSteps(today: day("2027-05-10"))
        #expect(first.map(\.location.section) == [.partners, .governance, .priorities, .risks, .indicators, .budget, .timetable, .plan])
        #expect(first[0].text == "Confirm the 5 responsible authorities marked \"to confirm\" (8 Partners, e)")
        #expect(first.last?.location == PlanLocation(.plan, record: "checklist"))
        ws.risks.risks = [Risk(id: "R01", title: "Funding ends", inherent: RiskScore(likelihood: 4, impact: 4),
                               residual: RiskScore(likelihood: 3, impact: 4), target: RiskScore(likelihood: 2, impact: 2))]
        ws.partners[0].name = "Northshire County Council"
        let later = ws.nextSteps(today: day("2027-05-10"), checklist: false)
        #expect(!later.contains { $0.location.section == .risks })
        #expect(later[0].text == "Confirm the 4 responsible authorities marked \"to confirm\" (8 Partners, e)")
        #expect(later.last?.location.section == .timetable)
    }

    @Test func refusesAFolderWithOtherFilesChangingNothing() throws {
        let dir = TempFolder()
        try dir.write("minutes", to: "notes.txt")
        #expect(throws: NewWorkspaceError.self) { try NewWorkspace.write(request, into: dir.path, today: day("2027-05-10")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
        do {
            try NewWorkspace.write(request, into: dir.path, today: day("2027-05-10"))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description == "\(dir.path): the folder is not empty (notes.txt); choose an empty or new folder")
        }
    }

    @Test func refusesAnExistingWorkspace() throws {
        let dir = TempFolder()
        try NewWorkspace.write(request, into: dir.path, today: day("2027-05-10"))
        let before = try dir.read("partnership.json")
        let other = NewWorkspaceRequest(name: "Another Partnership", startYear: 2028)
        let error = #expect(throws: NewWorkspaceError.self) { try NewWorkspace.write(other, into: dir.path, today: day("2027-05-10")) }
        #expect(error?.description == "\(dir.path): is already a SaferPlan workspace; nothing was changed")
        #expect(try dir.read("partnership.json") == before)
    }

    @Test func badRequestsNameTheFieldAndWriteNothing() {
        let dir = TempFolder()
        let bad = NewWorkspaceRequest(name: "  ", area: "North\u{1B}]0;x\u{07}", startYear: 1990, years: 9)
        #expect(bad.problems == [
            "name: give the partnership's name, e.g. \"Northshire Community Safety Partnership\"",
            "area: control characters are not allowed in a name",
            "first year: expected a year from 2000 to 2100, found 1990",
            "years: expected 1 to 5 (a partnership plan usually covers 3), found 9",
        ])
        #expect(throws: NewWorkspaceError.self) { try NewWorkspace.write(bad, into: dir.file("new"), today: day("2027-05-10")) }
        #expect(!FileManager.default.fileExists(atPath: dir.file("new")))
    }

    @Test func shortNamesFromTheFullName() {
        #expect(NewWorkspaceRequest(name: "Haringey Safer Communities Partnership", startYear: 2027).effectiveShortName == "Haringey SCP")
        #expect(NewWorkspaceRequest(name: "Safer Spelthorne", startYear: 2027).effectiveShortName == "Safer Spelthorne")
        #expect(NewWorkspaceRequest(name: "Mid and East Antrim Partnership", shortName: "MEA", startYear: 2027).effectiveShortName == "MEA")
    }
}
