/// What a file held when it was read: its size and a 64-bit hash of its bytes, or that it was
/// absent.
///
/// Two fingerprints differ when the file was changed, replaced, created or removed in between. The
/// hash guards against accidental overwrites by another hand, not against an adversary, so a fast
/// non-cryptographic hash is enough. It takes the bytes eight at a time, and each step is
/// one-to-one, so two contents of the same size that differ in one 8-byte word never share a hash.
public struct FileFingerprint: Sendable, Hashable, CustomStringConvertible {
    /// The size in bytes; nil when the file was absent.
    public let size: Int?
    /// The hash of the contents; 0 when the file was absent.
    public let hash: UInt64

    /// The fingerprint of a file that does not exist.
    public static let absent = FileFingerprint(size: nil, hash: 0)

    private init(size: Int?, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    /// The fingerprint of a file holding `bytes`.
    public init(of bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { FileFingerprint(of: $0) }
    }

    /// The fingerprint of a file holding `bytes`.
    public init(of bytes: UnsafeBufferPointer<UInt8>) {
        let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
        let raw = UnsafeRawBufferPointer(bytes)
        let n = raw.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* multiplier
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* multiplier
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        self.init(size: n, hash: h)
    }

    /// The fingerprint of the file at `path` as it is now: `.absent` when nothing is there.
    public static func current(of path: String) throws(FileSystemError) -> FileFingerprint {
        guard FileSystem.existsOrDangles(path) else { return .absent }
        return FileFingerprint(of: try FileSystem.read(path))
    }

    /// `absent`, or the size and hash, e.g. `4211 bytes, hash 9f3c…`.
    public var description: String {
        guard let size else { return "absent" }
        let hex = String(hash, radix: 16)
        return "\(size) bytes, hash " + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A workspace file that changed on disk since it was read, so a save refused to overwrite it.
public struct FileChangedOnDisk: Error, Sendable, CustomStringConvertible {
    /// The workspace file.
    public var file: WorkspaceFile
    /// Its path.
    public var path: String
    /// The fingerprint the save expected (what was read).
    public var expected: FileFingerprint
    /// The fingerprint found on disk.
    public var found: FileFingerprint

    /// `…/risks.json: changed on disk since it was read (…); not overwritten`.
    public var description: String {
        let what: String
        switch (expected.size, found.size) {
        case (nil, _?): what = "was created by someone else since the workspace was read"
        case (_?, nil): what = "was removed by someone else since the workspace was read"
        default: what = "was changed by someone else since the workspace was read"
        }
        return "\(path): \(what) (read: \(expected); now: \(found)); not overwritten"
    }
}

/// Why a save did not happen: a file changed on disk, or the file system failed.
public enum WorkspaceSaveError: Error, Sendable, CustomStringConvertible {
    /// A file changed since it was read; nothing of that file was written.
    case changedOnDisk(FileChangedOnDisk)
    /// Writing failed; the file named in the error keeps its old contents.
    case fileSystem(FileSystemError)

    /// The message of the change found, or of the failure.
    public var description: String {
        switch self {
        case .changedOnDisk(let e): e.description
        case .fileSystem(let e): e.description
        }
    }
}
