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

    /// Turns a decoding error into a located message, finding the offending node in the tree.
    static func from(_ error: Error, file: String, root: JSONNode, bytes: [UInt8]) -> LoadError {
        guard let de = error as? DecodingError else {
            return LoadError(file: file, message: "\(error)")
        }
        let path: [CodingKey]
        let message: String
        switch de {
        case .keyNotFound(let key, let ctx):
            path = ctx.codingPath
            message = "the required field \"\(key.stringValue)\" is missing"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            path = ctx.codingPath
            message = ctx.debugDescription
        @unknown default:
            path = []
            message = "\(de)"
        }
        let node = JSONTreeDecoder.node(at: path, in: root)
        return LoadError(file: file, position: TextPosition(offset: node.offset, in: bytes),
                         fieldPath: render(path), message: message)
    }

    static func render(_ path: [CodingKey]) -> String {
        var s = ""
        for key in path {
            if let i = key.intValue, key.stringValue == "\(i)" {
                s += "[\(i)]"
            } else {
                s += s.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return s
    }
}
