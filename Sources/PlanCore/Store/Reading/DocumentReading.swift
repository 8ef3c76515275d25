/// The `kind` and `schemaVersion` found at the top of a file.
struct DocumentHeader {
    var kind: String?
    var version: Int?
    /// The order of the part's record files, when its records are kept one per file.
    var recordFiles: [String]?
}

extension Workspace {
    /// Reads a whole file's bytes into the parts of `self` it holds, returning its header.
    /// Nothing in `self` changes unless the whole file reads.
    mutating func read(_ file: WorkspaceFile, from bytes: [UInt8], strict: Bool) throws(JSONReadError) -> DocumentHeader {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONReadError) in try read(file, from: buffer, strict: strict) }
    }

    /// Reads a whole file's bytes, in memory the caller keeps, into the parts of `self` it holds.
    /// Repeated text is shared through `strings` when given.
    mutating func read(_ file: WorkspaceFile, from bytes: UnsafeBufferPointer<UInt8>, strict: Bool,
                       strings: StringTable? = nil) throws(JSONReadError) -> DocumentHeader {
        var header = DocumentHeader()
        var copy = self
        try JSONReader.read(bytes, strict: strict, strings: strings) { (r) throws(JSONReadError) in
            try r.object { (r, key) throws(JSONReadError) in
                switch key {
                case "kind": header.kind = try r.string()
                case "schemaVersion": header.version = try r.int()
                case "conflicts": copy.mergeConflicts = try r.mergeConflicts(in: file)
                case "recordFiles" where file.hasRecordFiles: header.recordFiles = try r.strings()
                default: if try !copy.readPart(of: file, key, &r) { try r.unknownField(key) }
                }
            }
        }
        self = copy
        return header
    }

    /// Reads one top-level field of `file`; false when the file has no such field.
    private mutating func readPart(of file: WorkspaceFile, _ key: JSONKey, _ r: inout JSONReader) throws(JSONReadError) -> Bool {
        switch file {
        case .partnership:
            switch key {
            case "info": info = try r.read()
            case "partnership": partnership = try r.read()
            case "partners": partners = try r.readList()
            case "engagement": engagement = try r.readList()
            case "glossary": glossary = try r.readList()
            default: return false
            }
        case .governance:
            guard "governance" ~= key else { return false }
            governance = try r.read()
        case .plan:
            switch key {
            case "plan": plan = try r.read()
            case "priorities": priorities = try r.readList()
            default: return false
            }
        case .actions:
            guard "actionPlans" ~= key else { return false }
            actionPlans = try r.readList()
        case .indicators:
            guard "indicators" ~= key else { return false }
            indicators = try r.readList()
        case .budget:
            guard "budget" ~= key else { return false }
            budget = try r.read()
        case .risks:
            guard "register" ~= key else { return false }
            risks = try r.read()
        }
        return true
    }
}
