extension RiskImport {
    /// Reads a SaferPlan JSON export of risks (or a workspace's `risks.json`) into `register`.
    ///
    /// Risks are merged by id, history included. When `register` holds no risks yet, its matrix,
    /// appetite and categories are taken from the file too, so an export imported into an empty
    /// workspace comes back identical.
    public static func json(_ bytes: [UInt8], into register: RiskRegister) -> RiskImportResult {
        var out = RiskImportResult(register: register, added: [], updated: [], unchanged: [], problems: [])
        func problem(_ offset: Int, _ message: String) {
            out.problems.append(ImportProblem(line: TextPosition(offset: offset, in: bytes).line, message: message))
        }
        var kind: String?
        var version: Int?
        var incoming: RiskRegister?
        do {
            try JSONReader.read(bytes) { (r) throws(JSONReadError) in
                try r.object { (r, key) throws(JSONReadError) in
                    switch key {
                    case "kind": kind = try r.string()
                    case "schemaVersion": version = try r.int()
                    case "register": incoming = try r.read()
                    default: try r.unknownField(key)
                    }
                }
            }
        } catch {
            problem(error.offset, (error.path.isEmpty ? "" : error.path + ": ") + error.message)
            return out
        }
        guard kind == "saferplan.export.risks" || kind == WorkspaceFile.risks.kind else {
            problem(0, "expected a SaferPlan risk export (kind \"saferplan.export.risks\"), found "
                        + (kind.map { "\"\($0)\"" } ?? "no kind"))
            return out
        }
        if let v = version, v > WorkspaceFile.currentSchemaVersion {
            problem(0, "written by a newer SaferPlan (schema \(v)); this one reads up to \(WorkspaceFile.currentSchemaVersion)")
            return out
        }
        guard let incoming else {
            problem(0, "the field \"register\" is missing")
            return out
        }
        if register.risks.isEmpty {
            out.register.matrix = incoming.matrix
            out.register.appetite = incoming.appetite
            out.register.categories = incoming.categories
        }
        let offsets = riskOffsets(bytes)
        var seen = Set<String>()
        var positions = Dictionary(out.register.risks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, risk) in incoming.risks.enumerated() {
            let offset = i < offsets.count ? offsets[i] : 0
            guard !risk.id.isEmpty else { problem(offset, "a risk has an empty id"); continue }
            guard seen.insert(risk.id).inserted else { problem(offset, "id \"\(risk.id)\" appears twice"); continue }
            let bad = [("inherent", risk.inherent), ("residual", risk.residual), ("target", risk.target)]
                .compactMap { stage, score in score.flatMap { out.register.matrix.contains($0) ? nil : (stage, $0) } }
            if !bad.isEmpty {
                problem(offset, "\(risk.id): " + bad.map { "\($0.0) score \($0.1.likelihood)×\($0.1.impact)" }
                    .joined(separator: ", ") + " is off the register's "
                    + "\(out.register.matrix.likelihoodSize)×\(out.register.matrix.impactSize) matrix")
                continue
            }
            if let e = positions[risk.id] {
                if out.register.risks[e] == risk {
                    out.unchanged.append(risk.id)
                } else {
                    out.register.risks[e] = risk
                    out.updated.append(risk.id)
                }
            } else {
                positions[risk.id] = out.register.risks.count
                out.register.risks.append(risk)
                out.added.append(risk.id)
            }
        }
        return out
    }

    /// Byte offsets of each risk object in the file, for problem lines.
    static func riskOffsets(_ bytes: [UInt8]) -> [Int] {
        guard let root = try? JSONParser.parse(bytes),
              case .array(let items) = root.value["register"]?.value["risks"]?.value ?? .null else { return [] }
        return items.map(\.offset)
    }
}
