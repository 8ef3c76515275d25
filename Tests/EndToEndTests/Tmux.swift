import Foundation
import Testing

/// Runs a program in a private tmux server, types at it and reads its screen.
///
/// Every session has its own socket name (reusing one right after kill-server races) and a private
/// config that offers 256 colours. Reads poll with a deadline instead of sleeping.
final class Tmux {
    let socket = "saferplan-e2e-\(UUID().uuidString.prefix(8))"
    let folder: String
    var started = false

    static var tmuxPath: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// The saferplan binary built beside the test bundle.
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("saferplan").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("saferplan").path
    }

    init() {
        folder = NSTemporaryDirectory() + "saferplan-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? "set -g default-terminal tmux-256color\nset -g status off\nset -g history-limit 100\n"
            .write(toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
    }

    deinit {
        if started { _ = run(["kill-server"]) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    func run(_ args: [String]) -> (status: Int32, output: String) {
        guard let tmux = Tmux.tmuxPath else { return (127, "tmux not found") }
        // Output goes to a file, not a pipe, and the child is spawned and reaped directly:
        // the tmux server that new-session forks would inherit a pipe and keep it open, and
        // Foundation's Process did not reap the exiting tmux client under the test runner.
        let outPath = folder + "/tmux-out-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        let status = spawnAndWait(tmux, ["-L", socket, "-f", folder + "/tmux.conf"] + args, output: outPath)
        let data = FileManager.default.contents(atPath: outPath) ?? Data()
        return (status, String(decoding: data, as: UTF8.self))
    }

    /// Starts `command` (a shell command line) in a window of the given size. After the
    /// command ends, the pane prints its exit status and whether the terminal is back in
    /// canonical mode with echo, then waits. `NO_COLOR` is cleared first (the test runner may
    /// set it for its own output); pass it in `environment` to test it.
    func start(_ command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard Tmux.tmuxPath != nil else { throw E2EError("tmux is not installed: install it (apt-get install tmux)") }
        let env = environment.map { "\($0.key)=\(Tmux.quote($0.value))" }.sorted().joined(separator: " ")
        let script = """
            echo $$ > '\(folder)/shell.pid'; unset NO_COLOR; \(env.isEmpty ? "" : "export \(env);") \(command); \
            echo "EXIT=$?"; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo; sleep 600
            """
        let r = run(["new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", script])
        guard r.status == 0 else { throw E2EError("tmux new-session failed: \(r.output)") }
        started = true
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The screen as text.
    func capture() -> String { run(["capture-pane", "-p", "-t", "0"]).output }

    /// The screen with colour escapes.
    func captureStyled() -> String { run(["capture-pane", "-p", "-e", "-t", "0"]).output }

    /// Sends keys by tmux name (e.g. "Enter", "C-s", "Escape", "j").
    func send(_ keys: String...) {
        for k in keys { _ = run(["send-keys", "-t", "0", k]) }
    }

    /// Types text literally.
    func type(_ text: String) { _ = run(["send-keys", "-t", "0", "-l", text]) }

    /// Types a command at the app's `:` line and presses Enter.
    func command(_ text: String) {
        send(":")
        type(text)
        send("Enter")
    }

    func resize(_ width: Int, _ height: Int) { _ = run(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)]) }

    /// Waits until the screen satisfies `test`, at most `seconds`.
    @discardableResult
    func waitFor(_ seconds: Double = 10, _ test: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = capture()
        while !test(screen) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return screen
    }

    /// Waits until the screen shows `text`; records an issue with the screen when it never does.
    @discardableResult
    func expectScreen(_ text: String, _ seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let screen = waitFor(seconds) { $0.contains(text) }
        if !screen.contains(text) {
            Issue.record("the screen never showed \"\(text)\":\n\(screen)", sourceLocation: sourceLocation)
        }
        return screen
    }

    /// Waits for the program to end and returns the screen with its exit status and terminal modes.
    @discardableResult
    func expectExit(_ status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let screen = waitFor { $0.contains("EXIT=") && $0.contains("icanon") }
        if !screen.contains("EXIT=\(status)") {
            Issue.record("expected exit status \(status):\n\(screen)", sourceLocation: sourceLocation)
        }
        return screen
    }

    /// Whether the screen's closing line says the terminal is back in canonical mode with echo.
    static func terminalRestored(_ screen: String) -> Bool {
        let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.contains("icanon") && words.contains("echo")
    }

    /// The process id of saferplan (the child of the pane's shell).
    func appPID() -> Int32? {
        guard let shell = try? String(contentsOfFile: folder + "/shell.pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }
}

struct E2EError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// A fresh copy of the demo workspaces for one test.
func demoCopy(_ tmux: Tmux) throws -> String {
    let dir = tmux.folder + "/demo"
    let status = spawnAndWait(Tmux.binary, ["demo", dir], output: tmux.folder + "/demo.out")
    guard status == 0 else { throw E2EError("saferplan demo failed (exit \(status))") }
    return dir
}
