import Foundation
import PlanCore
import PlanUI

/// Showing a written file with the user's own viewer: `$BROWSER` (the first of a colon-separated
/// list), else `xdg-open` when it is on the PATH. Started detached, silent, never waited for.
enum FileOpener {
    /// The program that would open files, when there is one.
    static var program: String? {
        if let browser = FileSystem.environment("BROWSER")?.split(separator: ":").first.map(String.init),
           !browser.trimmingSpaces().isEmpty, find(browser) != nil {
            return browser
        }
        return find("xdg-open") != nil ? "xdg-open" : nil
    }

    /// The full path of `name` on the PATH (or `name` itself when it is a path to a program).
    static func find(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for dir in (FileSystem.environment("PATH") ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(dir) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Starts the viewer on `path`; a message when it could not be started.
    static func open(_ path: String) -> Message? {
        guard let name = program, let exe = find(name) else { return Message("No viewer: set $BROWSER or install xdg-open", .warning) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return Message("\(name) could not be started: \(error.localizedDescription)", .error) }
        return Message("Opened \(FileSystem.baseName(of: path)) with \(name)")
    }
}
