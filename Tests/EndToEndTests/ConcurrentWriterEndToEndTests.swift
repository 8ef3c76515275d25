import Foundation
import Testing
import PlanCore

/// Two writers at once: every command that writes takes the lock before it reads.
@Suite("Concurrent writers end to end")
struct ConcurrentWriterEndToEndTests {
    /// Writes one CSV per importer, each adding its own risks.
    private func importFiles(_ count: Int, rows: Int, in folder: String) throws -> [(path: String, ids: [String])] {
        try (0..<count).map { k in
            let ids = (0..<rows).map { "C\(k)-\($0)" }
            let text = "id,title,residual_likelihood,residual_impact\n" + ids.map { "\($0),Concurrent import \($0),2,3\n" }.joined()
            let path = folder + "/import-\(k).csv"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return (path, ids)
        }
    }

    private func riskIDs(_ workspace: String) throws -> Set<String> {
        Set(try WorkspaceStore.load(folder: workspace).workspace.risks.risks.map(\.id))
    }

    /// Eight imports at once: each either lands every row or is refused naming the lock's holder.
    /// (Before the lock was taken before reading, all exited 0 and rows were lost.)
    @Test func concurrentImportsLandEveryRowOrAreRefused() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let files = try importFiles(8, rows: 5, in: t.folder)
        let commands = files.enumerated().compactMap { k, f in
            Command.start(["import", "risks", f.path, ws], stdout: t.folder + "/out-\(k)", stderr: t.folder + "/err-\(k)")
        }
        try #require(commands.count == files.count)
        let statuses = commands.map { $0.wait() }
        let ids = try riskIDs(ws)
        for (k, f) in files.enumerated() {
            let err = try String(contentsOfFile: t.folder + "/err-\(k)", encoding: .utf8)
            if statuses[k] == 0 {
                #expect(f.ids.allSatisfy(ids.contains), "import \(k) exited 0 but its rows were lost")
            } else {
                #expect(statuses[k] == 1)
                #expect(err.contains("the workspace is locked by ") && err.contains(" since "), "\(err)")
                #expect(!f.ids.contains(where: ids.contains), "a refused import \(k) wrote rows")
            }
        }
        #expect(statuses.contains(0))
        #expect(FileSystem.list(ws).filter { $0.hasPrefix(".") }.isEmpty, "left: \(FileSystem.list(ws))")
    }

    /// With --wait every import waits its turn and every row lands.
    @Test func concurrentImportsWithWaitAllLand() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let before = try riskIDs(ws)
        let files = try importFiles(6, rows: 4, in: t.folder)
        let commands = files.enumerated().compactMap { k, f in
            Command.start(["import", "risks", f.path, ws, "--wait", "120"],
                          stdout: t.folder + "/out-\(k)", stderr: t.folder + "/err-\(k)")
        }
        let statuses = commands.map { $0.wait() }
        #expect(statuses == Array(repeating: 0, count: files.count))
        let ids = try riskIDs(ws)
        #expect(ids == before.union(files.flatMap(\.ids)))
    }

    /// While the app (here: a session in this process) holds the lock, import refuses and says
    /// who, where and since when, and nothing changes; with --wait it goes ahead once released.
    @Test func importRefusesWhileTheLockIsHeldAndWaitsWhenAsked() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let files = try importFiles(1, rows: 2, in: t.folder)
        let before = try partText(ws, .risks)
        let (holder, _) = try WorkspaceSession.open(folder: ws)
        let me = try #require(holder.lockHolder)
        let refused = Command.run(["import", "risks", files[0].path, ws], in: t.folder)
        #expect(refused.status == 1)
        #expect(refused.err.contains("the workspace is locked by \(me.user) on \(me.host) (process \(me.pid)) since \(me.since)"),
                "\(refused.err)")
        #expect(try partText(ws, .risks) == before)
        let waiting = try #require(Command.start(["import", "risks", files[0].path, ws, "--wait", "60"],
                                                 stdout: t.folder + "/w-out", stderr: t.folder + "/w-err"))
        usleep(300_000)
        holder.close()
        #expect(waiting.wait() == 0)
        #expect(files[0].ids.allSatisfy(try riskIDs(ws).contains))
    }
}
