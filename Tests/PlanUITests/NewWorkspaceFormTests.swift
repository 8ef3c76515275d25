import Foundation
import Testing
@testable import PlanCore
@testable import PlanUI

/// The first-run form that starts a partnership's own workspace, and the chooser's "new" entry.
struct NewWorkspaceFormTests {
    let today = Day(year: 2026, month: 12, day: 1) ?? Day(dayNumber: 0)

    func typed(_ form: inout NewWorkspaceForm, _ text: String) { for c in text { _ = form.handle(.char(c)) } }

    @Test func typingTheFieldsAndSavingMakesTheRequest() {
        var form = NewWorkspaceForm(folder: "/plans/northshire", today: today)
        #expect(form.fields.map(\.text) == ["", "", "2026", "3"])
        typed(&form, "Northshire Community Safety Partnership")
        #expect(form.handle(.tab) == .stay)
        typed(&form, "Northshire")
        #expect(form.handle(.ctrl("s")) == .create(NewWorkspaceRequest(name: "Northshire Community Safety Partnership", area: "Northshire",
                                                                      startYear: 2026, years: 3), folder: "/plans/northshire"))
    }

    @Test func aRefusedFieldIsNamedAndFocusedAndLettersStayOutOfYears() {
        var form = NewWorkspaceForm(folder: "/plans/x", today: today)
        #expect(form.handle(.ctrl("s")) == .stay)
        #expect(form.problems == ["name: give the partnership's name, e.g. \"Northshire Community Safety Partnership\""])
        #expect(form.focus == 0)
        typed(&form, "Northshire CSP")
        form.focus = 3
        _ = form.handle(.backspace)
        typed(&form, "x9")
        #expect(form.fields[3].text == "9")
        #expect(form.handle(.enter) == .stay)
        #expect(form.problems == ["years: expected 1 to 5 (a partnership plan usually covers 3), found 9"])
        #expect(form.focus == 3)
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func theFormAsItIsDrawnAt80x24() {
        var form = NewWorkspaceForm(folder: "/plans/northshire", today: today)
        typed(&form, "Northshire Community Safety Partnership")
        _ = form.handle(.ctrl("s"))
        _ = form.handle(.tab)
        assertSnapshot(form.render(size: Size(width: 80, height: 24), charset: .unicode), named: "80x24-new-workspace")
    }

    @Test func theEmptyNameProblemIsReadWholeAt80Columns() {
        var form = NewWorkspaceForm(folder: "/plans/northshire", today: today)
        _ = form.handle(.ctrl("s"))
        let lines = form.render(size: Size(width: 80, height: 24), charset: .unicode).text.split(separator: "\n").map(String.init)
        let at = lines.firstIndex { $0.hasPrefix("  name: give") } ?? lines.count
        #expect(Array(lines[at...].prefix(2)).map { $0.trimmingCharacters(in: .whitespaces) }
                == ["name: give the partnership's name, e.g. \"Northshire Community Safety", "Partnership\""])
    }

    @Test func theChooserOffersANewWorkspaceBesideTheDemos() {
        var chooser = WorkspaceChooser(folders: ["/data/haringey", "/data/spelthorne"], note: nil)
        #expect(chooser.handle(.char("n")) == .newWorkspace)
        _ = chooser.handle(.down)
        _ = chooser.handle(.down)
        #expect(chooser.handle(.enter) == .newWorkspace)
        let text = chooser.render(size: Size(width: 80, height: 24), charset: .unicode).text
        #expect(text.contains(" n  New workspace for your own partnership…"))
    }
}
