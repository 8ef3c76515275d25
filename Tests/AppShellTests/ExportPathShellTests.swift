import AppShell
import Foundation
import PlanCore
import PlanUI
import Testing

/// An export from the shell, the workspace named by a path relative to where SaferPlan started:
/// the line proposes the papers/ folder in full.
@Suite struct ExportPathShellTests {
    @Test func theExportLineProposesThePapersFolderInFull() throws {
        let base = NSTemporaryDirectory() + "saferplan-export-path-" + UUID().uuidString
        let folder = base + "/haringey"
        try FileSystem.makeDirectory(base)
        defer { try? FileManager.default.removeItem(atPath: base) }
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: folder)
        // The same folder as reached from the current one, the way `saferplan demo d` names it.
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let up = String(repeating: "../", count: cwd.split(separator: "/").count)
        let relative = up + URL(fileURLWithPath: folder).standardizedFileURL.path.dropFirst()
        let (session, workspace) = try WorkspaceSession.open(folder: relative)
        defer { session.close() }
        let keys: [Key] = [.char(":")] + "export risks html".map { Key.char($0) } + [.enter]
        let terminal = FakeTerminal(keys.map { TerminalEvent.key($0) })
        let app = Application(session: session, workspace: workspace, terminal: terminal, options: StartOptions(),
                              environment: ["TMPDIR": base])
        let full = URL(fileURLWithPath: folder).standardizedFileURL.path
        #expect(app.state.folder == full)
        _ = app.run()
        let line = try #require(app.state.input?.buffer.text)
        #expect(line == "export risks html \(full)/papers/haringey-scp-risks.html")
    }
}
