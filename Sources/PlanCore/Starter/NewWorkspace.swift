/// What a partnership says about itself when it starts its own workspace.
public struct NewWorkspaceRequest: Sendable, Equatable {
    /// The partnership's full name, e.g. "Northshire Community Safety Partnership".
    public var name: String
    /// Short name for title bars; made from the name when empty.
    public var shortName: String
    /// The area it covers, e.g. "Northshire County Council area".
    public var area: String
    /// The first financial year of the plan (2027 means 2027-28).
    public var startYear: Int
    /// How many years the plan covers.
    public var years: Int

    /// A request with the given name, area and plan period; the short name is made from the name when empty.
    public init(name: String, shortName: String = "", area: String = "", startYear: Int, years: Int = 3) {
        self.name = name
        self.shortName = shortName
        self.area = area
        self.startYear = startYear
        self.years = years
    }

    /// The longest plan period accepted, in years.
    public static let maximumYears = 5
    /// The earliest and latest first years accepted.
    public static let yearRange = 2000...2100

    /// What is wrong with the request, one message per field, naming the field and what was expected.
    public var problems: [String] {
        var out: [String] = []
        let trimmed = name.trimmingSpaces()
        if trimmed.isEmpty { out.append("name: give the partnership's name, e.g. \"Northshire Community Safety Partnership\"") }
        for (field, text) in [("name", name), ("short name", shortName), ("area", area)] where text.hasControlCharacters {
            out.append("\(field): control characters are not allowed in a name")
        }
        for (field, text) in [("name", name), ("short name", shortName), ("area", area)] where text.count > 200 {
            out.append("\(field): at most 200 characters, found \(text.count)")
        }
        if !Self.yearRange.contains(startYear) {
            out.append("first year: expected a year from \(Self.yearRange.lowerBound) to \(Self.yearRange.upperBound), found \(startYear)")
        }
        if !(1...Self.maximumYears).contains(years) {
            out.append("years: expected 1 to \(Self.maximumYears) (a partnership plan usually covers 3), found \(years)")
        }
        return out
    }

    /// The short name to show: the one given, else the first word of the name and the initials of the rest.
    public var effectiveShortName: String {
        let given = shortName.trimmingSpaces()
        if !given.isEmpty { return given }
        let words = name.trimmingSpaces().split(separator: " ").map(String.init)
        guard words.count > 2 else { return name.trimmingSpaces() }
        let minor: Set<String> = ["and", "of", "the", "for", "&"]
        let initials = words.dropFirst().filter { !minor.contains($0.lowercased()) }.compactMap(\.first).map(String.init)
        return words[0] + " " + initials.joined().uppercased()
    }
}

/// A new partnership's workspace: every part present and empty, ready for its own plan.
public enum NewWorkspace {
    /// The workspace a request describes: the partnership named, a draft plan for the period, the
    /// standard 5×5 risk matrix, and the responsible authorities the law names listed as partners to
    /// confirm. Nothing else is invented.
    public static func make(_ request: NewWorkspaceRequest, today: Day) -> Workspace {
        let name = request.name.trimmingSpaces()
        let period = PlanPeriod(startYear: request.startYear, endYear: request.startYear + request.years)
        let current = FinancialYear(containing: today)
        let currentYear = period.financialYears.contains(current) ? current : FinancialYear(request.startYear)
        var ws = Workspace()
        ws.info = WorkspaceInfo(description: "Started with saferplan init on \(today.display).", sources: [], asOf: nil)
        ws.partnership = Partnership(name: name, shortName: request.effectiveShortName, area: request.area.trimmingSpaces())
        ws.plan = Plan(title: "Partnership Plan \(period)", period: period, currentYear: currentYear,
                       versionLabel: "")
        ws.partners = responsibleAuthorities
        ws.risks = RiskRegister(matrix: .standard)
        return ws
    }

    /// What ends the name of a responsible authority listed by `init` until the partnership names it.
    public static let toConfirm = "(to confirm)"

    /// The responsible authorities of a community safety partnership (Crime and Disorder Act 1998,
    /// s.5, as amended), as partners whose organisation the partnership confirms.
    public static var responsibleAuthorities: [Partner] {
        let note = "Responsible authority under s.5 of the Crime and Disorder Act 1998: confirm the organisation and its representative."
        return [
            Partner(id: "council", name: "Local authority (to confirm)", kind: .responsibleAuthority, authority: .council, role: note),
            Partner(id: "police", name: "Police (to confirm)", kind: .responsibleAuthority, authority: .police, role: note),
            Partner(id: "fire", name: "Fire and rescue authority (to confirm)", kind: .responsibleAuthority,
                    authority: .fireAndRescue, role: note),
            Partner(id: "health", name: "Health (to confirm)", kind: .responsibleAuthority, authority: .health, role: note),
            Partner(id: "probation", name: "Probation (to confirm)", kind: .responsibleAuthority, authority: .probation, role: note),
        ]
    }

    /// The `.gitignore` written into a new workspace: the lock, the recovery file and other local state.
    public static var gitignore: String { GitSetup.adding(GitSetup.ignored, to: "") ?? "" }

    /// The `.gitattributes` written into a new workspace: its files merge with `saferplan merge-file`.
    public static var gitattributes: String { GitSetup.adding(GitSetup.attributes, to: "") ?? "" }

    /// Writes a new workspace into `folder`, which must be absent or empty.
    ///
    /// Refuses, changing nothing, when the request has problems, when `folder` is already a workspace,
    /// or when it holds other files.
    public static func write(_ request: NewWorkspaceRequest, into folder: String, today: Day) throws(NewWorkspaceError) {
        let problems = request.problems
        guard problems.isEmpty else { throw .invalid(problems) }
        if WorkspaceStore.isWorkspace(folder) { throw .alreadyWorkspace(folder) }
        if FileSystem.isDirectory(folder) {
            let others = FileSystem.list(folder)
            guard others.isEmpty else { throw .notEmpty(folder, others.sorted()) }
        } else if FileSystem.exists(folder) {
            throw .notAFolder(folder)
        }
        let ws = make(request, today: today)
        do { try WorkspaceStore.create(ws, at: folder) } catch { throw .write(error.description) }
        for (name, text) in [(".gitignore", gitignore), (".gitattributes", gitattributes)] {
            do { try FileSystem.writeAtomically(Array(text.utf8), to: FileSystem.join(folder, name)) } catch {
                throw .write(error.description)
            }
        }
    }
}

/// Why a new workspace was not written.
public enum NewWorkspaceError: Error, Sendable, CustomStringConvertible {
    /// The request is not valid: each problem, naming its field.
    case invalid([String])
    /// The folder already holds a workspace.
    case alreadyWorkspace(String)
    /// The folder holds other files: the folder and some of their names.
    case notEmpty(String, [String])
    /// The path is a file, not a folder.
    case notAFolder(String)
    /// Writing the workspace failed: the reason.
    case write(String)

    /// The reason in words, naming the folder where there is one.
    public var description: String {
        switch self {
        case .invalid(let problems): return problems.joined(separator: "\n")
        case .alreadyWorkspace(let f): return "\(f): is already a SaferPlan workspace; nothing was changed"
        case .notEmpty(let f, let names):
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
            return "\(f): the folder is not empty (\(shown)); choose an empty or new folder"
        case .notAFolder(let f): return "\(f): is a file, not a folder"
        case .write(let e): return e
        }
    }
}
