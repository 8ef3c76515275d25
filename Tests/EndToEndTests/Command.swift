import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A saferplan command run as a child process, its standard output and error going where a test
/// says: files to read afterwards, a device, or a pipe.
struct Command {
    let pid: pid_t

    /// Starts `saferplan` with `arguments`; standard output to `stdout` (a path), standard error to
    /// `stderr` (a path), or to the descriptor `stdoutFD` when given.
    static func start(_ arguments: [String], stdout: String, stderr: String, stdoutFD: Int32? = nil) -> Command? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let fd = stdoutFD {
            posix_spawn_file_actions_adddup2(&actions, fd, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([Tmux.binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, Tmux.binary, &actions, nil, argv, environ) == 0 else { return nil }
        return Command(pid: pid)
    }

    /// Waits for the command: its exit status, or 128+N when killed by signal N.
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Runs `saferplan` with `arguments` to the end: status, standard output, standard error.
    static func run(_ arguments: [String], in folder: String, stdout: String? = nil) -> (status: Int32, out: String, err: String) {
        let id = UUID().uuidString.prefix(8)
        let outPath = stdout ?? folder + "/out-\(id)"
        let errPath = folder + "/err-\(id)"
        guard let c = start(arguments, stdout: outPath, stderr: errPath) else { return (127, "", "could not start") }
        let status = c.wait()
        let out = stdout == nil ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        if stdout == nil { try? FileManager.default.removeItem(atPath: outPath) }
        try? FileManager.default.removeItem(atPath: errPath)
        return (status, out, err)
    }
}
