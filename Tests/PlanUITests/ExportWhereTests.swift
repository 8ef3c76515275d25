import Testing
@testable import PlanCore
@testable import PlanUI

/// Exports from the app ask where (the workspace's papers/ folder by default), and offer to open
/// what they wrote when a viewer is there.
@Suite struct ExportWhereTests {
    @Test func aMenuExportAsksWhereWithTheFullPath() {
        var s = demoState()
        press(&s, [.char("3"), .char("x")])
        guard case .menu(let m)? = s.overlay, let i = m.items.firstIndex(where: { $0.label == "Export the governance paper as html" }) else {
            Issue.record("no export item")
            return
        }
        press(&s, Array(repeating: .down, count: i) + [.enter])
        #expect(s.input?.buffer.text == "export governance html /demo/haringey/papers/haringey-scp-governance.html")
        #expect(Renderer.render(s).trimmedText.contains(":export governance html /demo/haringey/papers/haringey-scp-governance.html"))
        // The path can be changed before Enter; a folder with spaces is kept whole.
        press(&s, [.ctrl("u")])
        type(&s, "export governance html /demo/board papers/gov.html")
        #expect(press(&s, [.enter]) == [.export(.governance, .html, path: "/demo/board papers/gov.html")])
    }

    @Test func aWrittenExportIsOfferedToTheViewer() {
        var s = demoState()
        command(&s, "export risks html")
        let path = "/demo/haringey/papers/haringey-scp-risks.html"
        #expect(press(&s, [.enter]) == [.export(.risks, .html, path: path)])
        let said = Message("haringey-scp-risks.html written (risks, html) in /demo/haringey/papers")
        _ = Reducer.reduce(&s, .exported(path: path, message: said, opener: "xdg-open"))
        #expect(s.message == said)
        guard case .confirm(let c)? = s.overlay else { Issue.record("no offer"); return }
        #expect(c.lines == [path, "with xdg-open? (y opens it, n leaves it)"])
        assertSnapshot(Renderer.render(s), named: "80x24-export-open")
        #expect(press(&s, [.char("y")]) == [.openFile(path)])
        #expect(s.overlay == nil)
        // A command that names its file is not interrupted by the question.
        var named = demoState()
        command(&named, "export risks html brief.html")
        _ = Reducer.reduce(&named, .exported(path: "/plans/brief.html", message: said, opener: "xdg-open"))
        #expect(named.overlay == nil && named.message == said)
        // Without a viewer there is nothing to offer.
        var plain = demoState()
        command(&plain, "export risks html")
        press(&plain, [.enter])
        _ = Reducer.reduce(&plain, .exported(path: path, message: said, opener: nil))
        #expect(plain.overlay == nil && plain.message == said)
    }
}
