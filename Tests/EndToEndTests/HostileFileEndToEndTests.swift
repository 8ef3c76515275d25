import Foundation
import Testing
import PlanCore

/// Hostile files and hostile text on the command line.
@Suite("Hostile files end to end", .serialized)
struct HostileFileEndToEndTests {
    /// A FIFO in place of a workspace file used to block validate and export forever.
    @Test func aFIFOIsRefusedByValidateAndExportInsteadOfBlocking() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        try FileManager.default.removeItem(atPath: ws + "/plan.json")
        #expect(mkfifo(ws + "/plan.json", 0o600) == 0)
        for arguments in [["validate", ws], ["export", ws, "--what", "risks", "--format", "csv"]] {
            let r = Command.run(arguments, in: t.folder)
            #expect(r.status == 2)
            #expect(r.err == "saferplan: \(ws)/plan.json: could not be read: it is a FIFO (named pipe), not a regular file\n")
        }
    }

    /// A link to /dev/zero used to read until memory ran out.
    @Test func aLinkToDevZeroIsRefused() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        try FileManager.default.removeItem(atPath: ws + "/risks.json")
        #expect(symlink("/dev/zero", ws + "/risks.json") == 0)
        let r = Command.run(["validate", ws], in: t.folder)
        #expect(r.status == 2)
        #expect(r.err.contains("risks.json: could not be read: it is a character device, not a regular file"))
        let imported = Command.run(["import", "risks", "/dev/zero", t.folder + "/demo/spelthorne"], in: t.folder)
        #expect(imported.status == 2)
        #expect(imported.err == "saferplan: /dev/zero: could not read: it is a character device, not a regular file\n")
    }

    /// A workspace from a newer schema used to pass validate with exit 0.
    @Test func aNewerSchemaFailsValidate() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let path = ws + "/budget.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"schemaVersion\" : \(WorkspaceFile.currentSchemaVersion)", with: "\"schemaVersion\" : 9")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = Command.run(["validate", ws], in: t.folder)
        #expect(r.status == 1)
        #expect(r.out.hasPrefix("error\tWorkspace\tbudget.json was written by a newer SaferPlan (schema 9"), "\(r.out)")
    }

    /// An import error used to echo an OSC sequence from the file raw: it retitled the terminal.
    @Test func anImportErrorShowsEscapeSequencesInsteadOfObeyingThem() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        try "id,title,\u{1B}]2;PWNED\u{07}\nR99,,y\n".write(toFile: t.folder + "/evil.csv", atomically: true, encoding: .utf8)
        let before = t.folder
        try t.start("\(Tmux.binary) import risks \(before)/evil.csv \(ws)", width: 200)
        let screen = t.expectExit(1)
        #expect(screen.contains("columns ignored (no field of that name): \"^[]2;PWNED^G\""), "\(screen)")
        #expect(!t.run(["display-message", "-p", "-t", "0", "#{pane_title}"]).output.contains("PWNED"))
    }

    /// `export --format csv` to a terminal used to pass a risk's escape sequences through.
    @Test func csvToATerminalIsNeutralisedButAFileKeepsTheText() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        var loaded = try WorkspaceStore.load(folder: ws)
        loaded.workspace.risks.risks[0].title = "Evil \u{1B}]2;PWNED\u{07} \u{202E}title"
        try WorkspaceStore.save(loaded.workspace, files: [.risks], to: ws, expecting: loaded.fingerprints)
        try t.start("\(Tmux.binary) export \(ws) --what risks --format csv", width: 250, height: 50)
        let screen = t.expectExit(0)
        #expect(screen.contains("Evil ^[]2;PWNED^G ?title"), "\(screen)")
        #expect(!t.run(["display-message", "-p", "-t", "0", "#{pane_title}"]).output.contains("PWNED"))
        let r = Command.run(["export", ws, "--what", "risks", "--format", "csv", "-o", t.folder + "/r.csv"], in: t.folder)
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: t.folder + "/r.csv", encoding: .utf8).contains("Evil \u{1B}]2;PWNED\u{07} \u{202E}title"))
    }
}
