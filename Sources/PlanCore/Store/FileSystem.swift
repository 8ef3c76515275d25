#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of the file system, with the path and the system's reason.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var reason: String

    public var description: String { "\(path): could not \(operation): \(reason)" }

    static func errno(_ path: String, _ operation: String, _ code: Int32 = Glibc.errno) -> FileSystemError {
        FileSystemError(path: path, operation: operation, reason: String(cString: strerror(code)))
    }
}

/// The few POSIX file operations the store needs: whole-file reads, atomic writes, folders.
public enum FileSystem {
    /// The whole contents of a file.
    public static func read(_ path: String) throws(FileSystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(path, "read") }
        defer { close(fd) }
        var out: [UInt8] = []
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_size > 0 { out.reserveCapacity(Int(st.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .errno(path, "read")
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Writes `bytes` to `path` so that readers see either the old file or the whole new one:
    /// a temporary file in the same folder is written, flushed to disk, then renamed over `path`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(FileSystemError) {
        let folder = parent(of: path)
        let temp = folder + "/." + baseName(of: path) + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .errno(path, "create a temporary file beside") }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                Glibc.write(fd, buf.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temp)
                throw .errno(path, "write", code)
            }
            written += n
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temp)
            throw .errno(path, "flush", code)
        }
        close(fd)
        if rename(temp, path) != 0 {
            let code = errno
            unlink(temp)
            throw .errno(path, "replace", code)
        }
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Writes a file that must not exist yet; used for lock files.
    static func createExclusively(_ bytes: [UInt8], at path: String) throws(FileSystemError) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw .errno(path, "create")
        }
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        return true
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// Seconds since the file was last changed, or nil when it cannot be read.
    static func age(of path: String) -> Double? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Double(time(nil) - st.st_mtim.tv_sec)
    }

    /// Creates a folder and its parents; new folders get `mode` (0700: plans hold sensitive matter).
    public static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws(FileSystemError) {
        if isDirectory(path) { return }
        let up = parent(of: path)
        if up != path && !up.isEmpty && !isDirectory(up) { try makeDirectory(up, mode: mode) }
        if mkdir(path, mode) != 0 && errno != EEXIST { throw .errno(path, "create the folder") }
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

    public static func remove(_ path: String) { unlink(path) }

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
