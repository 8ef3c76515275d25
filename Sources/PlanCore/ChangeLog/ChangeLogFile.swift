#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A workspace's change log: JSON Lines files in the workspace folder, one per year of changes
/// (`changes-2026.jsonl`). Lines are only ever appended; a torn last line (a crash mid-write) is
/// skipped when reading and closed off before the next append.
public enum ChangeLogFile {
    /// The prefix and suffix of the log files' names.
    public static let prefix = "changes-"
    /// The end of every log file's name.
    public static let suffix = ".jsonl"

    /// The log file for changes made in `year`.
    public static func path(in folder: String, year: Int) -> String {
        FileSystem.join(folder, "\(prefix)\(year)\(suffix)")
    }

    /// The log files in `folder`, oldest year first.
    public static func files(in folder: String) -> [String] {
        FileSystem.list(folder)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && Int($0.dropFirst(prefix.count).dropLast(suffix.count)) != nil }
            .sorted()
            .map { FileSystem.join(folder, $0) }
    }

    /// Every complete entry in the folder's log, oldest first.
    public static func read(folder: String) -> [ChangeEntry] {
        var out: [ChangeEntry] = []
        for path in files(in: folder) {
            guard let bytes = try? FileSystem.read(path) else { continue }
            out += entries(in: bytes)
        }
        return out.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// The complete entries of a log file's bytes; a torn or unreadable line is skipped.
    public static func entries(in bytes: [UInt8]) -> [ChangeEntry] {
        FileMerge.lines(bytes).compactMap { ChangeEntry(line: $0) }
    }

    /// Appends one save's entries, each to its year's file, in a single write per file.
    /// A large save's lines are made (encoded as JSON) on two threads, then written in one go.
    public static func append(_ entries: [ChangeEntry], folder: String) throws(FileSystemError) {
        let lines = ParallelResults<[UInt8]>.inHalves(entries, from: 256) { $0.jsonLine }
        var byYear: [Int: [UInt8]] = [:]
        for (e, line) in zip(entries, lines) {
            let year = Int(e.at.prefix(4)) ?? 0
            byYear[year, default: []].append(contentsOf: line)
            byYear[year, default: []].append(0x0A)
        }
        for (year, bytes) in byYear.sorted(by: { $0.key < $1.key }) {
            try appendBytes(bytes, to: path(in: folder, year: year))
        }
    }

    private static func appendBytes(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileSystemError(path: path, operation: "append to", reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var out = bytes
        // A torn last line (no newline) is closed off, so the new entries start on their own line.
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(st.st_size - 1)) == 1, last != 0x0A { out.insert(0x0A, at: 0) }
        }
        var written = 0
        while written < out.count {
            let n = out[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: "append to", reason: String(cString: strerror(errno)))
            }
            written += n
        }
        guard fsync(fd) == 0 else {
            throw FileSystemError(path: path, operation: "flush", reason: String(cString: strerror(errno)))
        }
    }
}
