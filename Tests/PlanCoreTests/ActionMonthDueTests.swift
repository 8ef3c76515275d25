import Foundation
import Testing
@testable import PlanCore

/// An action's due date written as a month, as the timetable takes one: the month's last day.
struct ActionMonthDueTests {
    @Test func aMonthAsAnActionsDueDateIsTheMonthsLastDay() throws {
        let today = day("2026-12-01")
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        ws.priorities.append(Priority(id: "asb", title: "Anti-social behaviour"))
        let file = "council-action-plan-month.xlsx"
        let result = try TableImport.run(ActionSchema(), try TabularReader.read(try sheetFixture(file), file: file), into: ws,
                                         options: TableImportOptions(today: today, createMissing: true))
        #expect(result.refused == 0, "\(result.report())")
        let launch = try #require(result.workspace.allActions.first { $0.action.title == "Launch ASB case review publicity" }?.action)
        #expect(launch.due == day("2027-01-31"))
        #expect(result.outcomes.first { $0.row == 5 }?.outcome
                == .added(id: "A3", notes: ["column E \"By When\": \"January 2027\" is taken as 31 Jan 2027, the month's last day",
                                                   "update 2026-27 Q2: added (Red: \"Printing not started\")"]))
        // Words that are no month are still refused.
        let bad = try TableImport.run(ActionSchema(), try TabularReader.read(Array("Priority,Action,By When\nasb,Leaflets,Janvier 2027\n".utf8),
                                                                             file: "a.csv"),
                                      into: ws, options: TableImportOptions(today: today))
        #expect(bad.report(onlyRefused: true) == ["a.csv, row 2: refused: column C \"By When\": expected a date such as 15/01/2027, 2027-01-15 "
                                                  + "or 15 Jan 2027, found \"Janvier 2027\""])
    }
}
