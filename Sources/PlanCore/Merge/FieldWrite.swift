/// A value to put at one place of a workspace file, as the file is written: how a chosen side of a
/// merge conflict and an undone save are written back, whatever record or field they name.
public struct FieldWrite: Sendable {
    /// The file, the place in it, the value, and the place in words for messages.
    public var file: WorkspaceFile
    /// The place in the file.
    public var path: JSONPath
    /// The value to put there.
    public var value: JSONValue
    /// The place in words, for messages.
    public var place: String

    /// A write of `value` at `path` in `file`, called `place` in messages.
    public init(file: WorkspaceFile, path: JSONPath, value: JSONValue, place: String) {
        self.file = file
        self.path = path
        self.value = value
        self.place = place
    }
}

extension Workspace {
    /// Applies `writes` to the files as the store encodes them and reads the files back strictly,
    /// so every value is checked as if it came from disk. Nothing changes when one fails.
    public mutating func apply(_ writes: [FieldWrite]) throws(ConflictResolutionError) {
        var copy = self
        for file in WorkspaceFile.allCases {
            let mine = writes.filter { $0.file == file }
            guard !mine.isEmpty else { continue }
            let bytes: [UInt8]
            do { bytes = try copy.encoded(file) } catch {
                throw ConflictResolutionError(reason: "\(file.fileName) could not be encoded: \(error)")
            }
            guard var tree = try? JSONParser.parse(bytes).value else {
                throw ConflictResolutionError(reason: "\(file.fileName) could not be read back")
            }
            for w in mine where !tree.set(w.value, at: w.path) {
                throw ConflictResolutionError(reason: "\(w.place) is no longer in \(file.fileName)")
            }
            do { _ = try copy.read(file, from: tree.serialized(), strict: true) } catch {
                throw ConflictResolutionError(reason: "\(mine[0].place): \(error.path): \(error.message)")
            }
        }
        self = copy
    }
}
