import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Reducer: moving around")
struct ReducerNavigationTests {
    @Test func numberKeysAndBracketsSwitchSections() {
        var s = demoState()
        #expect(s.section == .dashboard)
        press(&s, [.char("6")])
        #expect(s.section == .risks)
        press(&s, [.char("]")])
        #expect(s.section == .budget)
        press(&s, [.char("["), .char("[")])
        #expect(s.section == .indicators)
        press(&s, [.char("-")])
        #expect(s.section == .glossary)
        press(&s, [.char("0")])
        #expect(s.section == .timetable)
    }

    @Test func menuChoosesASection() {
        var s = demoState()
        press(&s, [.char("m")])
        guard case .menu(let m)? = s.overlay else {
            Issue.record("no menu")
            return
        }
        #expect(m.items.count == 11)
        press(&s, [.down, .down, .enter])
        #expect(s.section == .governance)
        #expect(s.overlay == nil)
    }

    @Test func viAndArrowKeysMoveTheSelection() {
        var s = demoState()
        press(&s, [.char("6")])
        #expect(Reducer.selectedRow(s)?.id == "R01")
        press(&s, [.char("j"), .down])
        #expect(Reducer.selectedRow(s)?.id == "R03")
        press(&s, [.char("k")])
        #expect(Reducer.selectedRow(s)?.id == "R02")
        press(&s, [.char("G")])
        #expect(Reducer.selectedRow(s)?.id == "R06")
        press(&s, [.char("g")])
        #expect(Reducer.selectedRow(s)?.id == "R01")
        press(&s, [.ctrl("d")])
        #expect(Reducer.selectedRow(s)?.id != "R01")
        press(&s, [.up, .up, .up, .up, .up, .up, .up])
        #expect(Reducer.selectedRow(s)?.id == "R01")
    }

    @Test func enterOpensTheRecordAndEscGoesBack() {
        var s = demoState()
        press(&s, [.char("6"), .char("j"), .enter])
        #expect(s.zoomed && s.focus == .detail)
        #expect(Renderer.render(s).text.contains("Cause, event and consequence"))
        press(&s, [.escape])
        #expect(!s.zoomed && s.focus == .list)
        press(&s, [.tab])
        #expect(s.focus == .detail)
        press(&s, [.tab])
        #expect(s.focus == .list)
    }

    @Test func treesCollapseAndExpand() {
        var s = demoState()
        press(&s, [.char("3")])
        let before = Reducer.selection(s).rows.count
        #expect(Reducer.selectedRow(s)?.ref?.id == "hsp")
        press(&s, [.char("h")])
        // HSP folds away; the tasking group, which reports to no one, stays.
        #expect(Reducer.selection(s).rows.map { $0.ref?.id } == ["hsp", "ttg"])
        press(&s, [.char("l")])
        #expect(Reducer.selection(s).rows.count == before)
        press(&s, [.char("j"), .char("j")])
        #expect(Reducer.selectedRow(s)?.ref?.id == "pmg")
        press(&s, [.char("h")])
        #expect(Reducer.selectedRow(s)?.ref?.id == "pmg")
        #expect(Reducer.selectedRow(s)?.expanded == false)
        press(&s, [.char("h")])
        #expect(Reducer.selectedRow(s)?.ref?.id == "csp")
    }

    @Test func searchFiltersAndEscClears() {
        var s = demoState()
        press(&s, [.char("6"), .char("/")])
        type(&s, "delays")
        #expect(Reducer.selection(s).rows.map(\.id) == ["R01", "R02", "R06"])
        press(&s, [.enter])
        #expect(s.input == nil && s.list.filter == "delays")
        #expect(s.message?.text.hasPrefix("3 matches") == true)
        press(&s, [.escape])
        #expect(s.list.filter.isEmpty)
        #expect(Reducer.selection(s).rows.count == 6)
    }

    @Test func searchUnderstandsStateWords() {
        var s = demoState()
        press(&s, [.char("6"), .char("/")])
        type(&s, "is:overdue")
        #expect(Set(Reducer.selection(s).rows.map(\.id)) == ["R04", "R05"])
        press(&s, [.escape, .char("4"), .char("/")])
        type(&s, "is:noupdate")
        let rows = Reducer.selection(s).rows
        #expect(!rows.isEmpty && rows.allSatisfy { $0.ref?.kind == .action })
    }

    @Test func jumpsFromTheChecklistToWhereItIsFixed() {
        var s = demoState()
        press(&s, [.char("2")])
        Reducer.jump(PlanLocation(.plan, record: "checklist"), &s)
        press(&s, [.enter])
        // The first unsatisfied item is the strategic links; Enter on it goes to the fix.
        let lines = Reducer.detailLines(s)
        let first = lines.firstIndex { $0.jump != nil && $0.spans.contains { $0.text == "[ ] " } } ?? 0
        s.detailCursor = first
        press(&s, [.enter])
        #expect(s.section == .plan)
        #expect(Reducer.selectedRow(s)?.id == "strategicLinks")
    }

    @Test func jumpExpandsTheTreeToTheRecord() {
        var s = demoState()
        press(&s, [.char("4")])
        s.toggled.insert("p:p-serious-crime")
        Reducer.jump(PlanLocation(.priorities, record: "a123"), &s)
        #expect(Reducer.selectedRow(s)?.ref == RecordRef(.action, "a123"))
    }

    @Test func dashboardFiguresOpenTheirRecords() {
        var s = demoState()
        // The first row is the next step (the demo's one unmet "must" item of the checklist); the risks below it.
        #expect(Reducer.selectedRow(s)?.id == "steps")
        press(&s, [.down, .enter])
        // The risks figure opens the register itself, on its first risk.
        #expect(s.section == .risks)
        #expect(s.list.view == 0 && s.list.filter.isEmpty)
        #expect(Reducer.selectedRow(s)?.ref == RecordRef(.risk, "R01"))
    }

    @Test func resizeBelowTheMinimumShowsAMessage() {
        var s = demoState()
        _ = Reducer.reduce(&s, .resize(Size(width: 40, height: 10)))
        let text = Renderer.render(s).text
        #expect(text.contains("Enlarge the window"))
        #expect(text.contains("(now 40×10)"))
        press(&s, [.char("6")])
        #expect(s.section == .dashboard)
        _ = Reducer.reduce(&s, .resize(Size(width: 80, height: 24)))
        #expect(!Renderer.render(s).text.contains("Enlarge"))
    }

    @Test func ctrlCAndQQuit() {
        var s = demoState()
        #expect(press(&s, [.char("q")]) == [.quit])
        var t = demoState()
        #expect(press(&t, [.ctrl("c")]) == [.quit])
    }

    @Test func helpIsGeneratedFromTheKeyMap() {
        var s = demoState()
        press(&s, [.char("?")])
        #expect(s.overlay == .help(scroll: 0))
        let lines = HelpContent.lines(s.keyMap).map { $0.spans.map(\.text).joined() }
        for b in s.keyMap.bindings where !b.keys.isEmpty {
            #expect(lines.contains { $0.contains(b.command.help) && $0.contains(b.keys[0].label) }, "\(b.command)")
        }
        var remapped = KeyMap.standard
        _ = remapped.apply(overrides: [(name: "quit", keys: "ctrl-q", line: 1)])
        let help = HelpContent.lines(remapped).map { $0.spans.map(\.text).joined() }
        #expect(help.contains { $0.contains("^Q") && $0.contains("Leave SaferPlan") })
        press(&s, [.escape])
        #expect(s.overlay == nil)
    }

    @Test func mouseClicksSelectTabsAndRows() {
        var s = demoState()
        let risk = Chrome.tabLayout(width: 80).first { $0.section == .risks }
        press(&s, [.mouse(MouseEvent(kind: .press, x: (risk?.x ?? 0) + 1, y: 1))])
        #expect(s.section == .risks)
        press(&s, [.mouse(MouseEvent(kind: .press, x: 10, y: 5))])
        #expect(Reducer.selectedRow(s)?.id == "R03")
        press(&s, [.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 5))])
        #expect(Reducer.selectedRow(s)?.id == "R04")
    }
}
