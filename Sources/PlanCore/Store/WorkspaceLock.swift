import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds a workspace's lock.
public struct LockHolder: Codable, Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var pid: Int32
    /// When the lock was taken, ISO 8601 in UTC.
    public var since: String

    public var description: String { "\(user) on \(host) (process \(pid)) since \(since)" }

    /// The holder this process would write.
    public static func current() -> LockHolder {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let user = FileSystem.environment("USER") ?? FileSystem.environment("LOGNAME")
            ?? (getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "uid \(getuid())")
        let formatter = ISO8601DateFormatter()
        return LockHolder(user: user, host: host, pid: getpid(), since: formatter.string(from: Date()))
    }
}

/// The outcome of trying to lock a workspace for writing.
public enum LockOutcome: Sendable {
    /// This process holds the lock.
    case acquired(WorkspaceLock)
    /// Another editor holds it.
    case heldBy(LockHolder)
    /// The lock file could not be made (for example, the folder is not writable).
    case failed(String)
}

/// A lock file in the workspace folder that stops a second writer clobbering the first.
///
/// The file names its holder. A lock left by a process that no longer runs on this host is stale
/// and is taken over.
public final class WorkspaceLock: @unchecked Sendable {
    /// The lock file's name inside the workspace folder.
    public static let fileName = ".saferplan.lock"

    public let path: String
    public let holder: LockHolder
    private var released = false

    private init(path: String, holder: LockHolder) {
        self.path = path
        self.holder = holder
    }

    /// Tries to take the lock on `folder`.
    public static func acquire(folder: String) -> LockOutcome {
        let path = FileSystem.join(folder, fileName)
        let me = LockHolder.current()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let body = try? encoder.encode(me) else { return .failed("could not write the lock") }
        for _ in 0..<3 {
            do {
                if try FileSystem.createExclusively(Array(body) + [0x0A], at: path) {
                    return .acquired(WorkspaceLock(path: path, holder: me))
                }
            } catch {
                return .failed(error.description)
            }
            guard let bytes = try? FileSystem.read(path) else { continue }
            guard let other = try? JSONDecoder().decode(LockHolder.self, from: Data(bytes)) else {
                // An unreadable lock is treated as stale once it is a day old.
                if let age = FileSystem.age(of: path), age > 86_400 {
                    FileSystem.remove(path)
                    continue
                }
                return .heldBy(LockHolder(user: "unknown", host: "unknown", pid: 0, since: "an unreadable lock file"))
            }
            if isStale(other, me: me) {
                FileSystem.remove(path)
                continue
            }
            return .heldBy(other)
        }
        return .failed("the lock file keeps changing")
    }

    /// A lock is stale when its process is gone from this host.
    static func isStale(_ other: LockHolder, me: LockHolder) -> Bool {
        guard other.host == me.host else { return false }
        if other.pid == me.pid { return true }
        return kill(other.pid, 0) != 0 && errno == ESRCH
    }

    /// Gives the lock up, if this process still holds it.
    public func release() {
        guard !released else { return }
        released = true
        if let bytes = try? FileSystem.read(path),
           let current = try? JSONDecoder().decode(LockHolder.self, from: Data(bytes)),
           current == holder {
            FileSystem.remove(path)
        }
    }

    deinit { release() }
}
