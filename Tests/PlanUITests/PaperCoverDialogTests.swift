import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Paper dialog")
struct PaperCoverDialogTests {
    @Test func coverOpensTheDialogThroughTheShell() {
        var s = demoState()
        #expect(command(&s, "cover") == [.loadPaperCover])
        _ = Reducer.reduce(&s, .paperCoverLoaded(PaperCoverFields(meeting: "Cabinet"), error: nil))
        guard case .menu(let m)? = s.overlay else { Issue.record("no dialog"); return }
        #expect(m.title == "Paper cover · papers.json")
        // Haringey's next recorded meeting (the SCEB of 10 December 2009) is offered first.
        #expect(m.items.map(\.label) == ["From the next meeting: Safer Communities Executive Board, 10 Dec 2009",
                                         "Meeting: Cabinet", "Date: not set", "Report of (Name, Role): not set",
                                         "Wards / area: not set (the partnership's area is used)", "Status: not set", "Done"])
        #expect(m.items[0].choice == .prompt("cover meeting csp-2009-12-10"))
        #expect(m.items[1].choice == .prompt("cover meeting Cabinet"))
    }

    @Test func settingAFieldRemembersItInThePapersConfig() {
        var s = demoState()
        #expect(command(&s, "cover author Claire Kowalska, Community Safety Strategic Manager")
                == [.savePaperCover(PaperCoverFields(author: "Claire Kowalska", role: "Community Safety Strategic Manager"))])
        #expect(command(&s, "cover date 2009-12-10").first
                == .savePaperCover(PaperCoverFields(date: Day(iso: "2009-12-10"), author: "Claire Kowalska", role: "Community Safety Strategic Manager")))
        #expect(command(&s, "cover for decision").count == 1)
        #expect(s.paperCover.status == .decision)
    }

    @Test func aBadValueIsRefusedWithTheReason() {
        var s = demoState()
        #expect(command(&s, "cover date soon").isEmpty)
        #expect(s.message?.text == "\"soon\" is not a date; expected YYYY-MM-DD")
        #expect(command(&s, "cover for maybe").isEmpty)
        #expect(s.message?.text == "Status is decision or information, not \"maybe\"")
        #expect(s.paperCover == PaperCoverFields())
    }

    @Test func theRiskMenuOffersTheCoverWordAndPDF() {
        var s = demoState()
        press(&s, [.char("6"), .char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        let labels = m.items.map(\.label)
        #expect(labels.contains("Paper cover: meeting, date, author…"))
        #expect(labels.contains("Export the chair's brief as Word (docx)"))
        #expect(labels.contains("Export the chair's brief as PDF"))
    }
}
