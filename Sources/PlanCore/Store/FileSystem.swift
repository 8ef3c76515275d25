#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
/// syncfs(2): flushes the file system holding `fd` (glibc has it; Swift's Glibc module does not show it).
@_silgen_name("syncfs")
private func linuxSyncFS(_ fd: Int32) -> Int32
#endif

/// A failure of the file system, with the path and the system's reason.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    /// The path the operation was on.
    public var path: String
    /// What was being done, e.g. "read", "replace".
    public var operation: String
    /// The system's reason, in words.
    public var reason: String
    /// The system's error number, 0 when the failure is not the system's.
    public var code: Int32

    /// A failure of `operation` on `path`, with the reason and the error number when the system gave one.
    public init(path: String, operation: String, reason: String, code: Int32 = 0) {
        self.path = path
        self.operation = operation
        self.reason = reason
        self.code = code
    }

    /// `…/risks.json: could not replace: No space left on device`.
    public var description: String { "\(path): could not \(operation): \(reason)" }

    static func errno(_ path: String, _ operation: String, _ code: Int32 = Glibc.errno) -> FileSystemError {
        FileSystemError(path: path, operation: operation, reason: String(cString: strerror(code)), code: code)
    }
}

/// The few POSIX file operations the store needs: bounded reads of regular files, atomic writes
/// that follow the umask and keep an existing file's mode and group, folders.
public enum FileSystem {
    /// The largest file `read` accepts by default: 256 MiB, five times the 10× synthetic workspace.
    public static let readLimit = 256 << 20

    /// The whole contents of a regular file of at most `limit` bytes.
    ///
    /// FIFOs, devices, sockets and folders — also behind a symbolic link — are refused without
    /// blocking or reading, so a FIFO cannot hang a command and a link to /dev/zero cannot fill memory.
    public static func read(_ path: String, limit: Int = readLimit) throws(FileSystemError) -> [UInt8] {
        let (fd, st) = try openRegular(path, limit: limit)
        defer { close(fd) }
        return try readAll(fd: fd, path: path, limit: limit, expected: Int(st.st_size))
    }

    /// Opens the regular file at `path` of at most `limit` bytes for reading, without blocking:
    /// its descriptor (the caller closes it) and what `fstat` said of it. Anything else — a FIFO,
    /// a device, a socket, a folder, also behind a symbolic link — or a larger file is refused.
    static func openRegular(_ path: String, limit: Int) throws(FileSystemError) -> (fd: Int32, stat: stat) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .errno(path, "read") }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let failure = FileSystemError.errno(path, "read")
            close(fd)
            throw failure
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw FileSystemError(path: path, operation: "read",
                                  reason: "it is \(kindDescription(st.st_mode)), not a regular file")
        }
        guard Int(st.st_size) <= limit else {
            close(fd)
            throw tooLarge(path, limit: limit)
        }
        return (fd, st)
    }

    /// Reads `fd` to its end, failing when it holds more than `limit` bytes.
    static func readAll(fd: Int32, path: String, limit: Int, expected: Int = 0) throws(FileSystemError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(expected, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .errno(path, "read")
            }
            if n == 0 { break }
            guard out.count + n <= limit else { throw tooLarge(path, limit: limit) }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    static func tooLarge(_ path: String, limit: Int) -> FileSystemError {
        FileSystemError(path: path, operation: "read", reason: "it is larger than the limit of \(limit >> 20) MiB")
    }

    /// "a FIFO", "a character device", … for a `st_mode`.
    static func kindDescription(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        default: "a regular file"
        }
    }

    /// Writes `bytes` to `path` so that readers see either the old file or the whole new one:
    /// a temporary file in the same folder is written, flushed to disk, then renamed over `path`.
    ///
    /// Through a symbolic link the link's target is written and the link kept. A new file gets
    /// 0666 less the umask (and the folder's group, as the system gives it); an existing one keeps
    /// its mode, owner and group. Something that is not a regular file is never replaced. On any
    /// failure (a full disk) the temporary file is removed and the old file is left as it was.
    /// `newFileMode` (e.g. 0600 for a private temporary file) replaces the umask's choice for a new file.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, newFileMode: mode_t? = nil) throws(FileSystemError) {
        let staged = try stage(bytes, for: path, newFileMode: newFileMode, flush: true)
        try commit(staged, shownAs: path)
        syncFolder(parent(of: staged.target))
    }

    /// Writes many files, each atomically as `writeAtomically(_:to:newFileMode:)` does, at the cost
    /// of one flush: every temporary file is written, the file system is flushed once, then each is
    /// renamed over its file and each folder is flushed. On a failure before the renames nothing is
    /// replaced; a failed rename leaves that file (and the ones after it) as they were.
    public static func writeAtomically(_ files: [(bytes: [UInt8], path: String)]) throws(FileSystemError) {
        var staged: [(temp: String, target: String)] = []
        do {
            for file in files { staged.append(try stage(file.bytes, for: file.path, newFileMode: nil, flush: false)) }
            try flushFileSystem(of: staged.first.map { parent(of: $0.target) } ?? ".")
        } catch {
            for s in staged { unlink(s.temp) }
            throw error
        }
        for (k, s) in staged.enumerated() {
            do { try commit(s, shownAs: files[k].path) } catch {
                for rest in staged[(k + 1)...] { unlink(rest.temp) }
                throw error
            }
        }
        for folder in Set(staged.map { parent(of: $0.target) }) { syncFolder(folder) }
    }

    /// Writes `bytes` to a temporary file beside the file `path` ends on (through links), with the
    /// mode, owner and group the file will keep; flushed to disk when `flush` is set.
    private static func stage(_ bytes: [UInt8], for path: String, newFileMode: mode_t?,
                              flush: Bool) throws(FileSystemError) -> (temp: String, target: String) {
        let target = try resolveLinks(path)
        var old = stat()
        let exists = lstat(target, &old) == 0
        if exists && (old.st_mode & S_IFMT) != S_IFREG {
            throw FileSystemError(path: path, operation: "write",
                                  reason: "it is \(kindDescription(old.st_mode)), which is never replaced")
        }
        let folder = parent(of: target)
        let temp = folder + "/." + baseName(of: target) + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .errno(path, "create a temporary file beside") }
        do throws(FileSystemError) {
            if exists {
                if fchown(fd, old.st_uid, old.st_gid) != 0 { _ = fchown(fd, uid_t.max, old.st_gid) }
                _ = fchmod(fd, old.st_mode & 0o7777)
            } else {
                _ = fchmod(fd, newFileMode ?? (0o666 & ~currentUmask()))
            }
            try writeAll(bytes, to: fd, path: path)
            if flush {
                flushLog?.noteFile()
                if fsync(fd) != 0 { throw FileSystemError.errno(path, "flush") }
            }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        if close(fd) != 0 {
            let code = errno
            unlink(temp)
            throw .errno(path, "write", code)
        }
        return (temp, target)
    }

    /// Renames a staged temporary file over its target; on failure the temporary file is removed.
    private static func commit(_ staged: (temp: String, target: String), shownAs path: String) throws(FileSystemError) {
        if rename(staged.temp, staged.target) != 0 {
            let code = errno
            unlink(staged.temp)
            throw .errno(path, "replace", code)
        }
    }

    /// Flushes the file system holding `folder` to disk (every file written to it so far).
    private static func flushFileSystem(of folder: String) throws(FileSystemError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(folder, "open the folder") }
        defer { close(fd) }
        flushLog?.noteFileSystem()
        #if os(Linux)
        if linuxSyncFS(fd) != 0 { throw .errno(folder, "flush") }
        #else
        sync()
        #endif
    }

    /// Flushes a folder's entries (a rename into it) to disk.
    private static func syncFolder(_ folder: String) {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            flushLog?.noteFolder(folder)
            fsync(dfd)
            close(dfd)
        }
    }

    /// Writes all of `bytes` to `fd`, retrying short writes; any error (ENOSPC, EIO, EPIPE) is thrown.
    public static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileSystemError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                Glibc.write(fd, buf.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .errno(path, "write")
            }
            if n == 0 { throw FileSystemError(path: path, operation: "write", reason: "nothing more could be written") }
            written += n
        }
    }

    /// The path a chain of symbolic links at `path` ends on (the path itself when it is no link).
    public static func resolveLinks(_ path: String) throws(FileSystemError) -> String {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { throw .errno(path, "follow the link") }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : join(parent(of: current), link)
        }
        throw FileSystemError(path: path, operation: "follow the link", reason: "too many levels of links")
    }

    /// The process's file-creation mask.
    public static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Gives a new file the group of its folder when that folder has the setgid bit (as the system
    /// does for files created there; used for files created elsewhere and moved in).
    static func adoptGroup(fd: Int32, folder: String) {
        var st = stat()
        guard stat(folder, &st) == 0, st.st_mode & S_ISGID != 0 else { return }
        _ = fchown(fd, uid_t.max, st.st_gid)
    }

    /// True when `path` names something that exists (a link is followed).
    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// True when something is at `path`, even a symbolic link to nothing.
    public static func existsOrDangles(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// True when `path` is a folder (a link is followed).
    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when this process may write to `path`.
    public static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// Creates a folder and its parents; new folders get 0777 less the umask (a setgid parent's
    /// group and setgid bit are passed on by the system).
    public static func makeDirectory(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { return }
        let up = parent(of: path)
        if up != path && !up.isEmpty && !isDirectory(up) { try makeDirectory(up) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw .errno(path, "create the folder") }
    }

    /// Names in a folder, sorted, without "." and "..".
    public static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Removes the file at `path`, ignoring any failure (see `removeIfPresent` for one that reports it).
    public static func remove(_ path: String) { unlink(path) }

    /// Removes the file at `path`, or finds it already gone; throws when it is still there.
    public static func removeIfPresent(_ path: String) throws(FileSystemError) {
        if unlink(path) != 0 && Glibc.errno != ENOENT { throw .errno(path, "remove") }
    }

    /// The folder part of a path.
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let p = String(path[path.startIndex..<slash])
        return p.isEmpty ? "/" : p
    }

    /// The last component of a path.
    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `a/b` from `a` and `b`.
    public static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// The value of an environment variable, nil when unset or empty.
    public static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
}
