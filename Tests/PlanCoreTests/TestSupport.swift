import Foundation
@testable import PlanCore

/// A fresh temporary folder for one test, removed when the value is released.
final class TempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "saferplan-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func day(_ s: String) -> Day {
    guard let d = Day(iso: s) else { fatalError("bad test date \(s)") }
    return d
}

/// The Haringey demo written into `tmp` (as "w") and opened through a session; close the session
/// when done.
func openHaringey(in tmp: TempFolder) throws -> (folder: String, session: WorkspaceSession, ws: Workspace) {
    let folder = tmp.file("w")
    try WorkspaceStore.create(DemoWorkspaces.haringey, at: folder)
    let (session, ws) = try WorkspaceSession.open(folder: folder)
    return (folder, session, ws)
}
