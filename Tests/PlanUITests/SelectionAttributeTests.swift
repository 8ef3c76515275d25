import Testing
@testable import PlanCore
@testable import PlanUI

/// A selection move is sent without resetting the terminal's attributes where the selection or a
/// RAG or band badge begins or ends: those styles share the list's weight, so changing to or from
/// them is a change of colour alone.
@Suite("Attributes a selection move changes")
struct SelectionAttributeTests {
    static let badges: Set<Role> = [.selection, .selectionInactive, .ragRed, .ragAmber, .ragGreen,
                                    .bandGreen, .bandYellow, .bandAmber, .bandRed, .bandOther]

    /// The changes into or out of the selection and badge styles after which the terminal must turn
    /// an attribute off, which it can only do by resetting every attribute and setting colours again.
    func resets(_ runs: [ChangedRun], _ theme: Theme) -> Int {
        var count = 0
        var last: (role: Role, style: Style)?
        for run in runs {
            guard let cell = run.cells.first else { continue }
            var style = theme.style(cell.role, depth: .full256)
            if cell.italic { style.italic = true }
            if let l = last, Self.badges.contains(l.role) || Self.badges.contains(cell.role) {
                let s = l.style
                if (s.bold && !style.bold) || (s.underline && !style.underline) || (s.reverse && !style.reverse)
                    || (s.italic && !style.italic) || (s.dim && !style.dim) {
                    count += 1
                }
            }
            last = (cell.role, style)
        }
        return count
    }

    @Test(arguments: ["4", "6"], ["j", "k"])
    func aMoveTurnsNoAttributeOffAtTheSelectionOrABadge(section: String, key: String) throws {
        var s = demoState(width: 100, height: 30)
        press(&s, [.char(Character(section)), .char("j"), .char("j"), .char("j")])
        let before = Renderer.render(s)
        press(&s, [.char(Character(key))])
        let runs = Renderer.render(s).changedRuns(since: before)
        #expect(runs.contains { $0.cells.first?.role == .selection })
        // The monochrome theme tells roles apart by attributes alone, so it keeps its resets.
        for (name, text) in Theme.builtInSources where name != "monochrome" {
            let theme = try Theme.parse(text, file: name + ".toml", base: ThemeCatalog.standard)
            #expect(resets(runs, theme) == 0, "theme \(name)")
        }
    }

    /// The list rows a move changes begin with the record's id; drawn in bold, the terminal would
    /// turn bold off after it by resetting every attribute and setting colours again.
    @Test(arguments: ["5", "6"])
    func theIDsOfTheRowsAMoveChangesTurnNoAttributeOff(section: String) throws {
        var s = demoState(width: 100, height: 30)
        press(&s, [.char(Character(section)), .char("j"), .char("j"), .char("j")])
        let before = Renderer.render(s)
        press(&s, [.char("j")])
        let after = Renderer.render(s)
        let rows = Set((0..<before.size.height).filter { y in before[1, y].role == .selection || after[1, y].role == .selection })
        #expect(rows.count == 2)
        let runs = after.changedRuns(since: before).filter { rows.contains($0.y) }
        let ids = runs.filter { $0.cells.first?.role == .recordID }
        #expect(ids.count == 1, "the id of the row the selection left")
        for (name, text) in Theme.builtInSources where name != "monochrome" && name != "high-contrast" {
            let theme = try Theme.parse(text, file: name + ".toml", base: ThemeCatalog.standard)
            let id = theme.style(.recordID, depth: .full256)
            #expect(!id.bold && !id.underline && !id.reverse && !id.italic && !id.dim, "theme \(name)")
            #expect(id.fg != theme.style(.normal, depth: .full256).fg, "theme \(name): ids stand out by colour")
        }
    }
}
