import PlanCore

/// The short form that starts a partnership's own workspace: name, area, first year and length.
public struct NewWorkspaceForm: Sendable, Equatable {
    /// What a key did: nothing to act on, the workspace to create and where, or leaving the form.
    public enum Outcome: Equatable { case stay, create(NewWorkspaceRequest, folder: String), cancelled }

    /// Where the workspace will be written, or the folder that will hold it under a name made from
    /// the partnership's (`inParent`).
    public let folder: String
    /// True when `folder` is a parent in which a new folder is made for the workspace.
    public let inParent: Bool
    /// The text of the four fields: name, area, first year and years.
    public var fields: [TextBuffer]
    /// The index of the field being typed in.
    public var focus = 0
    /// The reasons the last attempt was refused, each naming its field.
    public var problems: [String] = []

    static let labels = ["Partnership name", "Area covered", "First year", "Years"]
    static let hints = ["e.g. Northshire Community Safety Partnership", "e.g. Northshire", "the financial year it starts, e.g. 2027",
                        "how many years the plan covers, 1 to \(NewWorkspaceRequest.maximumYears)"]

    /// An empty form for `folder`, the first year set to the financial year containing `today` and the length to 3.
    public init(folder: String, today: Day, inParent: Bool = false) {
        self.folder = folder
        self.inParent = inParent
        fields = [TextBuffer(""), TextBuffer(""), TextBuffer(String(FinancialYear(containing: today).start)), TextBuffer("3")]
    }

    /// The request the fields make, with the problems that stop it.
    public var request: (NewWorkspaceRequest, [String]) {
        var problems: [String] = []
        let year = Int(fields[2].text.trimmingSpaces())
        let years = Int(fields[3].text.trimmingSpaces())
        if year == nil { problems.append("first year: expected a year such as 2027, found \"\(fields[2].text)\"") }
        if years == nil { problems.append("years: expected a whole number such as 3, found \"\(fields[3].text)\"") }
        let r = NewWorkspaceRequest(name: fields[0].text, area: fields[1].text, startYear: year ?? 0, years: years ?? 0)
        let fromRequest = r.problems.filter { p in
            !(year == nil && p.hasPrefix("first year")) && !(years == nil && p.hasPrefix("years"))
        }
        return (r, fromRequest + problems)
    }

    /// Applies a key: moves between fields, types, submits (Ctrl-S, F2, Enter on the last field) or cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .ctrl("c"): return .cancelled
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .ctrl("s"), .function(2): return submit()
        case .enter: if focus == fields.count - 1 { return submit() } else { focus += 1 }
        default:
            if case .char(let c) = key, focus >= 2, !c.isNumber { return .stay }
            _ = fields[focus].apply(key, multiline: false)
        }
        return .stay
    }

    mutating func submit() -> Outcome {
        let (r, problems) = request
        self.problems = problems
        guard problems.isEmpty else {
            let order = ["name", "area", "first year", "years"]
            focus = order.firstIndex { name in problems.contains { $0.hasPrefix(name) } } ?? focus
            return .stay
        }
        return .create(r, folder: target)
    }

    /// The folder the workspace goes in: `folder`, or a new folder in it named after the area or partnership.
    public var target: String {
        guard inParent else { return folder }
        let words = (fields[1].text.trimmingSpaces().isEmpty ? fields[0].text : fields[1].text).lowercased()
        var slug = String(words.map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
        if slug.isEmpty { slug = "partnership" }
        var name = slug
        var n = 2
        while FileSystem.exists(FileSystem.join(folder, name)) {
            name = "\(slug)-\(n)"
            n += 1
        }
        return FileSystem.join(folder, name)
    }

    /// Draws the form on a screen of `size`; a window too small shows only a request to enlarge it.
    public func render(size: Size, charset: Charset) -> Screen {
        var screen = Screen(size: size, charset: charset)
        screen.fill(screen.bounds)
        guard size.width >= 40, size.height >= 14 else {
            screen.put("Enlarge the window", x: 0, y: 0, role: .warning)
            return screen
        }
        screen.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .title)
        screen.put(" SaferPlan · start a new workspace", x: 0, y: 0, role: .title)
        var y = 2
        let intro = inParent ? "A new workspace for your own partnership, in \(target)."
            : "There is no workspace in \(folder). Start your partnership's own plan there?"
        for line in Layout.wrap(intro, width: size.width - 4) {
            screen.put(line, x: 2, y: y, role: .info)
            y += 1
        }
        y += 1
        let labelWidth = 18
        for (i, field) in fields.enumerated() {
            screen.put(Self.labels[i], x: 2, y: y, role: i == focus ? .strong : .label)
            let x = 2 + labelWidth
            let width = size.width - x - 2
            screen.fill(Rect(x: x, y: y, width: width, height: 1), role: i == focus ? .inputFocus : .input)
            let text = field.text
            let shown = text.count > width - 1 ? "‹" + String(text.suffix(width - 2)) : text
            screen.put(shown, x: x, y: y, role: i == focus ? .inputFocus : .input, maxX: x + width)
            if i == focus {
                screen.cursor = Point(x: x + min(field.cursor, width - 1), y: y)
            }
            y += 1
            screen.put(Self.hints[i], x: x, y: y, role: .dim, maxX: size.width - 1)
            y += 2
        }
        // Wrapped, so a long problem is read whole at 80 columns; later lines indented under the first.
        for p in problems {
            for (n, line) in Layout.wrap(p, width: size.width - 6).enumerated() where y < size.height - 2 {
                screen.put(line, x: n == 0 ? 2 : 4, y: y, role: .error, maxX: size.width - 1)
                y += 1
            }
        }
        screen.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), role: .keyHint)
        screen.put(" Tab next  ^S create  Esc leave without writing anything", x: 0, y: size.height - 1, role: .keyHint)
        return screen
    }
}
