extension RiskImport {
    /// Reads a SaferPlan JSON export of risks (or a workspace's `risks.json`) into `register`.
    ///
    /// Risks are merged by id, history included. When `register` holds no risks yet, its matrix,
    /// appetite and categories are taken from the file too, so an export imported into an empty
    /// workspace comes back identical.
    public static func json(_ bytes: [UInt8], into register: RiskRegister) -> RiskImportResult {
        var out = RiskImportResult(register: register, added: [], updated: [], problems: [])
        func problem(_ offset: Int, _ message: String) {
            out.problems.append(ImportProblem(line: TextPosition(offset: offset, in: bytes).line, message: message))
        }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            problem(error.offset, "not valid JSON: \(error.message)")
            return out
        }
        guard case .string(let kind) = root.value["kind"]?.value ?? .null,
              kind == "saferplan.export.risks" || kind == WorkspaceFile.risks.kind else {
            problem(root.offset, "expected a SaferPlan risk export (kind \"saferplan.export.risks\")")
            return out
        }
        if case .int(let v) = root.value["schemaVersion"]?.value ?? .null, v > WorkspaceFile.currentSchemaVersion {
            problem(root.offset, "written by a newer SaferPlan (schema \(v)); this one reads up to "
                        + "\(WorkspaceFile.currentSchemaVersion)")
            return out
        }
        let incoming: RiskRegister
        do {
            guard let node = root.value["register"] else {
                problem(root.offset, "the field \"register\" is missing")
                return out
            }
            incoming = try JSONTreeDecoder().decode(RiskRegister.self, from: node)
        } catch {
            let e = LoadError.from(error, file: "", root: root.value["register"] ?? root, bytes: bytes)
            out.problems.append(ImportProblem(line: e.position?.line ?? 1,
                                              message: (e.fieldPath.isEmpty ? "" : "register." + e.fieldPath + ": ") + e.message))
            return out
        }
        if register.risks.isEmpty {
            out.register.matrix = incoming.matrix
            out.register.appetite = incoming.appetite
            out.register.categories = incoming.categories
        }
        let items: [JSONNode]
        if case .array(let a) = root.value["register"]?.value["risks"]?.value ?? .null { items = a } else { items = [] }
        var seen = Set<String>()
        for (i, risk) in incoming.risks.enumerated() {
            let offset = i < items.count ? items[i].offset : root.offset
            guard !risk.id.isEmpty else { problem(offset, "a risk has an empty id"); continue }
            guard seen.insert(risk.id).inserted else { problem(offset, "id \"\(risk.id)\" appears twice"); continue }
            let bad = [("inherent", risk.inherent), ("residual", risk.residual), ("target", risk.target)]
                .filter { !out.register.matrix.contains($0.1) }
            if !bad.isEmpty {
                problem(offset, "\(risk.id): " + bad.map { "\($0.0) score \($0.1.likelihood)×\($0.1.impact)" }
                    .joined(separator: ", ") + " is off the register's "
                    + "\(out.register.matrix.likelihoodSize)×\(out.register.matrix.impactSize) matrix")
                continue
            }
            if let e = out.register.risks.firstIndex(where: { $0.id == risk.id }) {
                out.register.risks[e] = risk
                out.updated.append(risk.id)
            } else {
                out.register.risks.append(risk)
                out.added.append(risk.id)
            }
        }
        return out
    }
}
