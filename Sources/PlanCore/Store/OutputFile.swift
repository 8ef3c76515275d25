#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing an export or report to a path the user named.
public enum OutputFile {
    /// Writes `bytes` to `path`.
    ///
    /// A regular file (or a new one) is written atomically — a temporary file in the same folder,
    /// renamed over it — keeping an existing file's mode and group; through a symbolic link the
    /// link's target is written and the link kept. A FIFO or a device is written in place and never
    /// replaced. Every write error (a full disk or device, EIO, a FIFO whose reader went away) is
    /// thrown with the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let target = try FileSystem.resolveLinks(path)
        var st = stat()
        guard lstat(target, &st) == 0 else {
            try FileSystem.writeAtomically(bytes, to: target)
            return
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            try FileSystem.writeAtomically(bytes, to: target)
        case S_IFIFO, S_IFCHR, S_IFBLK:
            try writeInPlace(bytes, to: target, shownAs: path)
        default:
            throw FileSystemError(path: path, operation: "write",
                                  reason: "it is \(FileSystem.kindDescription(st.st_mode)), which is never replaced")
        }
    }

    /// Opens a FIFO or device for writing and writes to it, with SIGPIPE ignored so a vanished
    /// reader is an error with a message rather than a silent death.
    private static func writeInPlace(_ bytes: [UInt8], to target: String, shownAs path: String) throws(FileSystemError) {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(path, "open for writing") }
        do {
            try FileSystem.writeAll(bytes, to: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw .errno(path, "write") }
    }
}
