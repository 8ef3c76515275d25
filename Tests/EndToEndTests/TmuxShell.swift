import Foundation
import Testing

/// An interactive shell in a tmux pane, so the app runs as a job of a shell with job control
/// (its own process group in the terminal's foreground), as when an officer types the command.
extension Tmux {
    /// Starts bash with job control at an `sp$ ` prompt, without the user's startup files.
    func startShell(width: Int = 80, height: Int = 24) throws {
        guard Tmux.tmuxPath != nil else { throw E2EError("tmux is not installed: install it (apt-get install tmux)") }
        let script = "echo $$ > '\(folder)/shell.pid'; unset NO_COLOR; PS1='sp$ ' exec bash --norc --noprofile -i"
        let r = run(["new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", script])
        guard r.status == 0 else { throw E2EError("tmux new-session failed: \(r.output)") }
        started = true
        let prompt = waitFor { $0.contains("sp$") }
        guard prompt.contains("sp$") else { throw E2EError("the shell showed no prompt:\n\(prompt)") }
    }

    /// Types `command` at the shell's prompt; when it ends the shell prints its exit status and
    /// whether the terminal is back in canonical mode with echo (read with `expectExit`).
    func typeAtPrompt(_ command: String, environment: [String: String] = [:]) {
        let env = environment.map { "\($0.key)=\(Tmux.quote($0.value))" }.sorted().joined(separator: " ")
        type("clear; \(env.isEmpty ? "" : env + " ")\(command); echo \"EXIT=$?\"; "
             + "stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo")
        send("Enter")
    }

    /// The state letter of a process (R, S, T for stopped, …) from /proc.
    static func processState(_ pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
    }

    /// Waits until `test` holds, at most `seconds`.
    static func eventually(_ seconds: Double = 10, _ test: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !test() {
            if Date() > deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }
}
