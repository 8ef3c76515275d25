#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to standard error.
enum FileHandleWriter {
    static func writeToStandardError(_ s: String) {
        var bytes = Array(s.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress.map { $0 + done }, $0.count - done) }
            if n <= 0 { return }
            done += n
        }
    }
}

extension FileHandleWriter {
    /// Writes bytes to standard output, unbuffered (after flushing what `print` holds).
    static func writeToStandardOutput(_ bytes: [UInt8]) {
        fflush(nil)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(1, $0.baseAddress.map { $0 + done }, $0.count - done) }
            if n <= 0 { return }
            done += n
        }
    }
}
