import Foundation
import PlanCore
import PlanUI
import SyntheticWorkspace
import TerminalBackend

/// Terminal figures, measured through the real ncurses backend writing to a pseudo-terminal:
/// time to the first frame (load, state, render, draw), time to handle a key and redraw, and
/// the bytes sent to the terminal for a cursor move and a section switch against a full repaint.
enum TerminalBench {
    static func run() {
        guard let pty = PseudoTerminal.open() else {
            print("Terminal: no pseudo-terminal available; skipped")
            return
        }
        defer { pty.close() }
        let demoFolder = Scratch.path("terminal-demo")
        let largeFolder = Scratch.path("terminal-large")
        do {
            try DemoWorkspaces.write(into: demoFolder)
            try WorkspaceStore.create(SyntheticWorkspace.make(scale: 1), at: largeFolder)
        } catch {
            print("Terminal: could not write the workspaces: \(error)")
            return
        }
        var rows: [[String]] = []
        for (name, folder) in [("demo (Haringey)", demoFolder + "/haringey"), ("large (1×)", largeFolder)] {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                if let row = measure(name: name, folder: folder, size: size, pty: pty) { rows.append(row) }
            }
        }
        print("Terminal (xterm-256color on a pseudo-terminal; times in milliseconds, best of several runs)")
        printTable(["workspace", "size", "first frame", "key + redraw", "section switch", "bytes: cursor move",
                    "bytes: section switch", "bytes: full repaint"], rows)
        print("")
        guard let binary = ProcessStart.binary else {
            print("Process start: build saferplan in the same configuration (swift build -c release) to time it")
            return
        }
        var starts: [[String]] = []
        for (name, folder) in [("demo (Haringey)", demoFolder + "/haringey"), ("large (1×)", largeFolder)] {
            let t = ProcessStart.firstFrame(binary: binary, workspace: folder, width: 80, height: 24, runs: 5)
            starts.append([name, t.map { String(format: "%.1f", $0) } ?? "n/a"])
        }
        print("Process start to first frame (saferplan on a pseudo-terminal at 80×24, milliseconds, best of 5)")
        printTable(["workspace", "start to first frame"], starts)
    }

    /// One workspace at one size.
    static func measure(name: String, folder: String, size: Size, pty: PseudoTerminal) -> [String]? {
        pty.setSize(width: size.width, height: size.height)
        let terminal = Terminal(charset: .unicode, inFD: pty.slave)
        let blitter = Blitter()
        var state: AppState?
        // First frame: load the files, build the state, start curses, render and draw.
        let firstFrame = bestOf(5) {
            terminal.stop()
            guard let ws = try? WorkspaceStore.load(folder: folder).workspace else { return }
            var s = AppState(workspace: ws, folder: folder, today: Today.resolve(for: ws.info), charset: .unicode)
            try? terminal.start(outFD: pty.slave, term: "xterm-256color", mouse: false)
            blitter.apply(ThemeCatalog.standard, depth: terminal.colourDepth)
            blitter.invalidate()
            s.size = terminal.size
            blitter.draw(Renderer.render(s))
            state = s
        }
        defer { terminal.stop() }
        guard var s = state else { return nil }
        pty.drain()
        func press(_ key: Key) {
            _ = Reducer.reduce(&s, .key(key))
            blitter.draw(Renderer.render(s))
        }
        press(.char("6"))
        let keyTime = bestOf(3) { for i in 0..<100 { press(.char(i % 2 == 0 ? "j" : "k")) } } / 100
        let sections: [Character] = ["2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "1"]
        let switchTime = bestOf(3) { for c in sections { press(.char(c)) } } / Double(sections.count)
        press(.char("6"))
        pty.drain()
        press(.char("j"))
        let moveBytes = pty.drain()
        press(.char("5"))
        let switchBytes = pty.drain()
        blitter.invalidate()
        blitter.draw(Renderer.render(s))
        let fullBytes = pty.drain()
        func ms(_ v: Double) -> String { String(format: "%.2f", v) }
        return [name, "\(size.width)×\(size.height)", ms(firstFrame), ms(keyTime), ms(switchTime), "\(moveBytes)",
                "\(switchBytes)", "\(fullBytes)"]
    }
}
