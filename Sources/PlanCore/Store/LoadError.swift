/// Why a workspace file could not be read: the file, the place in it, the field, what was expected.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// Line and column, when the fault is inside the text.
    public var position: TextPosition?
    /// The field path, e.g. `register.risks[3].residual.likelihood`.
    public var fieldPath: String
    /// What is wrong and what was expected.
    public var message: String

    /// An error in `file`, at `position` when known, in the field at `fieldPath`.
    public init(file: String, position: TextPosition? = nil, fieldPath: String = "", message: String) {
        self.file = file
        self.position = position
        self.fieldPath = fieldPath
        self.message = message
    }

    /// `risks.json:12:7: register.risks[3].residual.likelihood: expected a whole number, found a string`.
    public var description: String {
        var s = file
        if let p = position { s += ":\(p.line):\(p.column)" }
        s += ": "
        if !fieldPath.isEmpty { s += fieldPath + ": " }
        return s + message
    }
}
