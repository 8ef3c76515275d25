/// Writes a paper to disk for others to read, through the store's output-file rules: a regular
/// file replaced atomically with the user's umask (group-readable where it allows), a link's
/// target written, a FIFO or device written in place, and anything else refused with its path.
public enum PaperFile {
    /// Writes `bytes` to `path` as described above; a failure is thrown as an `ExportError`.
    public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) {
        do { try OutputFile.write(bytes, to: path) } catch { throw ExportError(error.description) }
    }
}
