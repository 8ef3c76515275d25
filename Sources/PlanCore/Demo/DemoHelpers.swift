/// Short constructors that keep the demo data readable.
enum DemoHelpers {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(dayNumber: 0) }
    static func fy(_ y: Int) -> FinancialYear { FinancialYear(y) }
    static func q(_ y: Int, _ n: Int) -> Quarter { Quarter(year: FinancialYear(y), number: n) ?? Quarter(containing: day(y, 4, 1)) }
    static func score(_ l: Int, _ i: Int) -> RiskScore { RiskScore(likelihood: l, impact: i) }
    static func pounds(_ n: Int) -> Money { Money(pounds: n) }

    /// Quarterly actuals from a first quarter onwards.
    static func actuals(from first: Quarter, _ values: [Double]) -> [QuarterActual] {
        values.enumerated().map { QuarterActual(quarter: first.adding($0.offset), value: $0.element) }
    }

    /// Glossary terms with ids made from the term.
    static func glossary(_ pairs: [(String, String)]) -> [GlossaryTerm] {
        pairs.map { GlossaryTerm(id: "term-" + $0.0.lowercased().replacingAll(" ", with: "-"), term: $0.0, meaning: $0.1) }
    }

    /// Members with ids `prefix-1`, `prefix-2`…
    static func members(_ prefix: String, _ seats: [(role: String, partner: String?, organisation: String)]) -> [Member] {
        seats.enumerated().map { i, s in
            Member(id: "\(prefix)-m\(i + 1)", role: s.role, partner: s.partner, organisation: s.organisation)
        }
    }
}

/// The demo workspaces built from the source papers, embedded in the binary.
public enum DemoWorkspaces {
    /// Folder name and workspace of each demo, in the order they are offered.
    public static var all: [(name: String, workspace: Workspace)] {
        [("haringey", haringey), ("spelthorne", spelthorne), ("herefordshire", herefordshire)]
    }

    /// Writes each demo into `folder/<name>`; `folder` must be absent or empty.
    public static func write(into folder: String) throws(FileSystemError) {
        if FileSystem.isDirectory(folder) && !FileSystem.list(folder).isEmpty {
            throw FileSystemError(path: folder, operation: "write the demo into", reason: "the folder is not empty")
        }
        try FileSystem.makeDirectory(folder)
        for (name, ws) in all {
            let path = FileSystem.join(folder, name)
            do { try WorkspaceStore.create(ws, at: path) } catch {
                switch error {
                case .fileSystem(let e): throw e
                case .changedOnDisk(let e): throw FileSystemError(path: e.path, operation: "write", reason: e.description)
                }
            }
        }
    }
}
