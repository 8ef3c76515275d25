#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a paper to disk for others to read: mode 0666 less the user's umask (group-readable
/// where the umask allows), replaced atomically, and never over something that is not a regular
/// file (a directory, a device, a pipe or a link is refused with its path).
public enum PaperFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) {
        var st = stat()
        if lstat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            throw ExportError("\(path): not a regular file; nothing was written. Choose a file name, not a folder, device or link")
        }
        do { try FileSystem.writeAtomically(bytes, to: path, mode: 0o666) } catch { throw ExportError("\(error)") }
    }
}
