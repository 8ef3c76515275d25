import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds a workspace's lock.
public struct LockHolder: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The user name of the process that took the lock.
    public var user: String
    /// The host the process runs on.
    public var host: String
    /// The process id.
    public var pid: Int32
    /// When the lock was taken, ISO 8601 in UTC.
    public var since: String

    /// `ann on office-pc (process 4211) since 2009-10-01T09:12:00Z`.
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
    /// The lock file could not be made (for example, the folder is not writable or the disk is full).
    case failed(String)
}

/// A lock file in the workspace folder that stops a second writer clobbering the first.
///
/// The file names its holder, who keeps an advisory `flock` on it while running. The file is
/// written whole under a temporary name and linked into place, so a lock that could not be written
/// (a full disk) is never left behind. A lock is stale, and taken over, when it names this host
/// and its process is gone (and its `flock` is free), or when it is empty or unreadable and no process holds its `flock`
/// (the holder is confirmed gone). A lock naming another host stands until removed there. Where
/// `flock` is not supported, only the process check applies.
public final class WorkspaceLock: @unchecked Sendable {
    /// The lock file's name inside the workspace folder.
    public static let fileName = ".saferplan.lock"

    /// The lock file.
    public let path: String
    /// What this process wrote into the lock file.
    public let holder: LockHolder
    private var descriptor: Int32
    private var released = false

    private init(path: String, holder: LockHolder, descriptor: Int32) {
        self.path = path
        self.holder = holder
        self.descriptor = descriptor
    }

    /// Tries to take the lock on `folder`, polling for up to `waitSeconds` while another holds it.
    public static func acquire(folder: String, waitSeconds: Double = 0) -> LockOutcome {
        let deadline = Date().addingTimeInterval(max(0, waitSeconds))
        while true {
            let outcome = attempt(folder: folder)
            guard case .heldBy = outcome, Date() < deadline else { return outcome }
            usleep(100_000)
        }
    }

    /// One try: create the lock, or find its holder, taking over a stale one.
    static func attempt(folder: String) -> LockOutcome {
        let path = FileSystem.join(folder, fileName)
        let me = LockHolder.current()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let body = try? encoder.encode(me) else { return .failed("could not write the lock") }
        for _ in 0..<5 {
            switch create(path, bytes: Array(body) + [0x0A]) {
            case .success(let fd?): return .acquired(WorkspaceLock(path: path, holder: me, descriptor: fd))
            case .failure(let error): return .failed(error.description)
            case .success(nil): break
            }
            switch inspect(path, me: me) {
            case .gone, .removedStale: continue
            case .held(let holder): return .heldBy(holder)
            }
        }
        return .failed("the lock file keeps changing")
    }

    /// Writes the lock whole beside `path`, takes its `flock`, and links it into place.
    /// Returns the open descriptor, nil when a lock already exists.
    private static func create(_ path: String, bytes: [UInt8]) -> Result<Int32?, FileSystemError> {
        let temp = path + ".tmp-\(getpid())"
        unlink(temp)
        let fd = open(temp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return .failure(.errno(path, "create the lock")) }
        _ = flock(fd, LOCK_EX | LOCK_NB)
        FileSystem.adoptGroup(fd: fd, folder: FileSystem.parent(of: path))
        do throws(FileSystemError) {
            try FileSystem.writeAll(bytes, to: fd, path: path)
            if fsync(fd) != 0 { throw FileSystemError.errno(path, "flush the lock") }
        } catch {
            close(fd)
            unlink(temp)
            return .failure(error)
        }
        let linked = link(temp, path) == 0
        let code = errno
        unlink(temp)
        if linked { return .success(fd) }
        close(fd)
        return code == EEXIST ? .success(nil) : .failure(.errno(path, "create the lock", code))
    }

    private enum Found { case gone, removedStale, held(LockHolder) }

    /// Looks at an existing lock: removes it when its holder is confirmed gone.
    private static func inspect(_ path: String, me: LockHolder) -> Found {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .gone }
        defer { close(fd) }
        let text = (try? FileSystem.readAll(fd: fd, path: path, limit: 1 << 16)) ?? []
        let holder = try? JSONDecoder().decode(LockHolder.self, from: Data(text))
        let free = flock(fd, LOCK_EX | LOCK_NB) == 0
            || errno == ENOLCK || errno == EOPNOTSUPP || errno == EINVAL
        let stale: Bool
        if let holder {
            // A holder on another host cannot be checked from here: its lock stands.
            stale = free && isStale(holder, me: me)
        } else {
            // Empty or unreadable: stale once no process holds it.
            stale = free
        }
        if stale {
            // Remove only the file this descriptor has locked, not a lock someone made since.
            var mine = stat(), now = stat()
            guard fstat(fd, &mine) == 0, stat(path, &now) == 0 else { return .gone }
            guard mine.st_ino == now.st_ino && mine.st_dev == now.st_dev else { return .gone }
            unlink(path)
            return .removedStale
        }
        if let holder, !free, holder.pid != me.pid, isStale(holder, me: me) {
            // Its process is gone but another is removing it right now: look again.
            usleep(20_000)
            return .gone
        }
        return .held(holder ?? LockHolder(user: "unknown", host: "unknown", pid: 0,
                                          since: "an unreadable lock file, held by a running process"))
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
        var mine = stat(), now = stat()
        if fstat(descriptor, &mine) == 0, stat(path, &now) == 0,
           mine.st_ino == now.st_ino, mine.st_dev == now.st_dev {
            unlink(path)
        }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
