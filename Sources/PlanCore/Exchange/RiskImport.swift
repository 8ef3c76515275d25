/// A row of an import that cannot be taken, with its line and the reason.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// What an import would do, or did.
public struct RiskImportResult: Sendable {
    /// The register with the import applied.
    public var register: RiskRegister
    /// Ids of risks added.
    public var added: [String]
    /// Ids of risks updated.
    public var updated: [String]
    /// Rows that could not be taken. When any, nothing should be written.
    public var problems: [ImportProblem]
}

/// Brings risks into a register from a CSV spreadsheet export or a SaferPlan JSON export.
public enum RiskImport {
    /// Normalises a column name: lower case, spaces and hyphens as underscores.
    static func key(_ s: String) -> String {
        s.trimmingSpaces().lowercased().replacingAll(" ", with: "_").replacingAll("-", with: "_")
    }

    /// Reads CSV text into `register`: rows with a known id update that risk, others add one.
    /// Every bad row is reported with its line; the caller writes nothing if there are any.
    public static func csv(_ text: String, into register: RiskRegister) -> RiskImportResult {
        var out = RiskImportResult(register: register, added: [], updated: [], problems: [])
        let records: [CSV.Record]
        do { records = try CSV.read(text) } catch {
            out.problems.append(ImportProblem(line: error.line, message: error.message))
            return out
        }
        guard let head = records.first else {
            out.problems.append(ImportProblem(line: 1, message: "the file is empty; expected a header row"))
            return out
        }
        let columns = head.fields.map(key)
        let known = Set(RiskCSV.header)
        for (i, c) in columns.enumerated() where !known.contains(c) {
            out.problems.append(ImportProblem(line: head.line, message: "unknown column \"\(head.fields[i])\"; "
                                              + "expected some of: " + RiskCSV.header.joined(separator: ", ")))
        }
        for needed in ["id", "title"] where !columns.contains(needed) {
            out.problems.append(ImportProblem(line: head.line, message: "the header has no \"\(needed)\" column"))
        }
        guard out.problems.isEmpty else { return out }
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                out.problems.append(ImportProblem(line: record.line,
                                                  message: "has \(record.fields.count) fields; the header has \(columns.count)"))
                continue
            }
            var row: [String: String] = [:]
            for (c, v) in zip(columns, record.fields) { row[c] = v }
            let id = (row["id"] ?? "").trimmingSpaces()
            if let first = seen[id] {
                out.problems.append(ImportProblem(line: record.line, message: "id \"\(id)\" also appears on line \(first)"))
                continue
            }
            seen[id] = record.line
            let existing = out.register.risks.firstIndex { $0.id == id } ?? out.register.risks.firstIndex { $0.reference == id }
            var risk = existing.map { out.register.risks[$0] } ?? Risk(id: id)
            let problems = apply(row, to: &risk, matrix: out.register.matrix)
            if !problems.isEmpty {
                out.problems += problems.map { ImportProblem(line: record.line, message: $0) }
                continue
            }
            if let e = existing {
                out.register.risks[e] = risk
                out.updated.append(id)
            } else {
                out.register.risks.append(risk)
                out.added.append(id)
            }
        }
        return out
    }

    /// Sets the fields present in `row` on `risk`; returns what is wrong with the row.
    static func apply(_ row: [String: String], to risk: inout Risk, matrix: RiskMatrix) -> [String] {
        var problems: [String] = []
        if risk.id.isEmpty { problems.append("the id is empty") }
        func text(_ c: String, _ set: (String) -> Void) { if let v = row[c] { set(v.trimmingSpaces()) } }
        text("title") { risk.title = $0 }
        text("ref") { risk.ref = $0.isEmpty || $0 == risk.id ? nil : $0 }
        if risk.title.isEmpty { problems.append("the title is empty") }
        text("category") { risk.category = $0 }
        text("owner") { risk.owner = $0 }
        text("cause") { risk.cause = $0 }
        text("event") { risk.event = $0 }
        text("consequence") { risk.consequence = $0 }
        if let s = row["status"]?.trimmingSpaces().lowercased(), !s.isEmpty {
            if let st = RiskStatus(rawValue: s) { risk.status = st } else {
                problems.append("status \"\(s)\" is not open or closed")
            }
        }
        func level(_ c: String, max: Int) -> Int? {
            guard let raw = row[c]?.trimmingSpaces(), !raw.isEmpty else { return nil }
            guard let v = Int(raw), (1...max).contains(v) else {
                problems.append("\(c) \"\(raw)\" is not a whole number from 1 to \(max)")
                return nil
            }
            return v
        }
        for (name, path) in [("inherent", \Risk.inherent), ("residual", \Risk.residual), ("target", \Risk.target)] {
            let l = level(name + "_likelihood", max: matrix.likelihoodSize)
            let i = level(name + "_impact", max: matrix.impactSize)
            if let l { risk[keyPath: path].likelihood = l }
            if let i { risk[keyPath: path].impact = i }
        }
        if let c = row["controls"] {
            risk.controls = c.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
        if let m = row["mitigations"] {
            risk.mitigations = m.split(separator: "\n").compactMap { RiskCSV.parseMitigation(String($0)) }
        }
        func date(_ c: String, _ set: (Day?) -> Void) {
            guard let raw = row[c]?.trimmingSpaces() else { return }
            if raw.isEmpty { set(nil); return }
            guard let d = Day(lenient: raw) else {
                problems.append("\(c) \"\(raw)\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
                return
            }
            set(d)
        }
        date("raised_on") { risk.raisedOn = $0 }
        date("last_review") { risk.lastReview = $0 }
        date("next_review") { risk.nextReview = $0 }
        func ids(_ c: String) -> [String]? {
            row[c].map { $0.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" })
                .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
        }
        if let p = ids("priorities") { risk.priorities = p }
        if let b = ids("bodies") { risk.bodies = b }
        return problems
    }
}
