import AppShell
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Handing the terminal to another program (the editor) and taking it back.
///
/// The program is started with posix_spawn in the app's own process group, so it is in the
/// terminal's foreground group and may read and write it (Foundation's `Process` starts a new
/// group, whose reads are stopped by SIGTTIN). While it runs the app ignores SIGINT and SIGQUIT
/// as system(3) does, and waits with WUNTRACED: when the program stops (Ctrl-Z in the editor) the
/// app stops too, so the shell sees one stopped job, and both continue together. SIGHUP or
/// SIGTERM is passed on to the program, which is given a moment to write and leave.
extension Terminal {
    /// How long a program that was passed SIGHUP or SIGTERM is given to end.
    static let graceMilliseconds = 3000

    /// Runs `program` (its words, the file first) on the terminal, waits for it and takes the terminal back.
    public func handOver(to program: [String]) -> ProgramOutcome {
        guard let file = program.first else { return .notStarted("is not named") }
        sp_pause()
        sp_ignore_interrupts(1)
        defer {
            sp_ignore_interrupts(0)
            sp_resume()
            blitter.invalidate()
        }
        let argv: [UnsafeMutablePointer<CChar>?] = program.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: Int32 = 0
        let r = sp_spawn(file, argv, &pid)
        guard r == 0 else {
            return .notStarted(r == ENOENT ? "was not found" : "could not start: " + String(cString: strerror(r)))
        }
        return wait(for: pid)
    }

    /// Waits for the program, polling so that a signal arriving at any moment is seen.
    func wait(for pid: Int32) -> ProgramOutcome {
        while true {
            let pending = sp_take_signal()
            if pending == SIGHUP || pending == SIGTERM { return passOn(pending, to: pid) }
            var value: Int32 = 0
            switch sp_wait_child(pid, 0, &value) {
            case Int32(SP_CHILD_RUNNING): usleep(20_000)
            case Int32(SP_CHILD_EXITED): return .exited(value)
            case Int32(SP_CHILD_SIGNALLED): return .killed(signal: value)
            case Int32(SP_CHILD_STOPPED):
                // The editor stopped (Ctrl-Z): stop with it, then make sure it runs again with us.
                sp_stop_self()
                _ = sp_send_signal(pid, SIGCONT)
            case Int32(SP_CHILD_INTERRUPTED):
                if value == SIGHUP || value == SIGTERM { return passOn(value, to: pid) }
            default:
                return .notStarted("the program could not be waited for")
            }
        }
    }

    /// Sends the signal on, wakes the program if it was stopped, and gives it a moment to end.
    func passOn(_ signal: Int32, to pid: Int32) -> ProgramOutcome {
        _ = sp_send_signal(pid, signal)
        _ = sp_send_signal(pid, SIGCONT)
        let deadline = Clock.milliseconds() + Terminal.graceMilliseconds
        var value: Int32 = 0
        while Clock.milliseconds() < deadline {
            let r = sp_wait_child(pid, 0, &value)
            if r == Int32(SP_CHILD_EXITED) || r == Int32(SP_CHILD_SIGNALLED) || r == Int32(SP_CHILD_GONE) { break }
            usleep(20_000)
        }
        return .interrupted(signal: signal)
    }
}
