#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One buffer that file after file is read into, so reading many small files allocates once
/// rather than once per file.
///
/// Refuses what ``FileSystem/read(_:limit:)`` refuses: FIFOs, devices, sockets and folders (also
/// behind a link), and files larger than the limit.
struct FileBuffer {
    private var storage: [UInt8]
    /// The bytes of the last file read.
    private(set) var count = 0
    /// What `fstat` said of the last file read, taken before its bytes were read.
    private(set) var stamp = FileStamp.absent

    /// A buffer that first holds `capacity` bytes; it grows to the largest file read.
    init(capacity: Int = 1 << 16) { storage = [UInt8](repeating: 0, count: max(1, capacity)) }

    /// Reads the whole file at `path` into the buffer, replacing what it held.
    mutating func read(_ path: String, limit: Int = FileSystem.readLimit) throws(FileSystemError) {
        count = 0
        stamp = .absent
        let (fd, st) = try FileSystem.openRegular(path, limit: limit)
        defer { close(fd) }
        stamp = FileStamp(st)
        // One byte more than the size, so a file that grew since is seen to have grown.
        if storage.count < Int(st.st_size) + 1 { grow(to: Int(st.st_size) + 1) }
        while true {
            let filled = count
            let n = storage.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .errno(path, "read")
            }
            if n == 0 { return }
            count += n
            guard count <= limit else { throw FileSystem.tooLarge(path, limit: limit) }
            if count == storage.count { grow(to: min(storage.count * 2, limit + 1)) }
        }
    }

    private mutating func grow(to size: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(0, size - storage.count)))
    }

    /// Calls `body` with the bytes of the last file read.
    func withBytes<T, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> T) throws(E) -> T {
        let n = count
        return try storage.withUnsafeBufferPointer { (all) throws(E) -> T in
            try body(UnsafeBufferPointer(rebasing: all[0..<n]))
        }
    }
}
