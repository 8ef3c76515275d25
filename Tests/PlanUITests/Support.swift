import Foundation
import Testing
@testable import PlanCore
@testable import PlanUI

/// A state on a demo workspace at a fixed size, for reducer and screen tests.
func demoState(_ name: String = "haringey", width: Int = 80, height: Int = 24, charset: Charset = .unicode) -> AppState {
    let ws = DemoWorkspaces.all.first { $0.name == name }?.workspace ?? DemoWorkspaces.haringey
    return AppState(workspace: ws, folder: "/demo/\(name)", today: ws.info.asOf ?? Day(dayNumber: 14_000),
                    size: Size(width: width, height: height), charset: charset)
}

/// Presses keys in order, collecting the effects.
@discardableResult
func press(_ s: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { Reducer.reduce(&s, .key($0)) }
}

/// Types text one character at a time.
@discardableResult
func type(_ s: inout AppState, _ text: String) -> [Effect] {
    press(&s, text.map { Key.char($0) })
}

/// The form on screen, if one is open.
func form(_ s: AppState) -> FormState? {
    if case .form(let f)? = s.overlay { return f }
    return nil
}

/// Types a command at the `:` line and runs it, returning the effects.
@discardableResult
func command(_ s: inout AppState, _ text: String) -> [Effect] {
    press(&s, [.char(":")])
    type(&s, text)
    return press(&s, [.enter])
}

/// Compares a rendered screen with its snapshot in Snapshots/, or records it when
/// SAFERPLAN_RECORD_SNAPSHOTS is set or the snapshot does not exist yet.
func assertSnapshot(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let text = screen.trimmedText + "\n"
    let record = ProcessInfo.processInfo.environment["SAFERPLAN_RECORD_SNAPSHOTS"] != nil
    if record || !FileManager.default.fileExists(atPath: file.path) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        if !record {
            Issue.record("Recorded a new snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("""
            Screen differs from \(name).txt at line \(first + 1) (SAFERPLAN_RECORD_SNAPSHOTS=1 re-records):
            expected: \(first < a.count ? String(a[first]) : "<end>")
            actual:   \(first < b.count ? String(b[first]) : "<end>")
            """, sourceLocation: sourceLocation)
    }
}
