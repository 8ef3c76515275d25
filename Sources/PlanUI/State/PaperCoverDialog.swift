import PlanCore

/// The paper dialog: the cover fields a board paper opens with (meeting, date, author, role,
/// wards, status), asked for in a menu whose items open the command line on `:cover FIELD`, and
/// remembered per workspace in its papers config (`papers.json`).
public enum PaperCoverDialog {
    /// The fields `:cover` sets, with their labels.
    static let fields: [(key: String, label: String)] = [
        ("meeting", "Meeting"), ("date", "Date"), ("author", "Report of (Name, Role)"), ("wards", "Wards / area"), ("for", "Status"),
    ]

    /// A field's current value as the dialog shows it.
    static func value(_ key: String, _ c: PaperCoverFields) -> String? {
        switch key {
        case "meeting": return c.meeting
        case "date": return c.date.map(PaperDate.long)
        case "author": return c.author.map { $0 + (c.role.map { ", " + $0 } ?? "") }
        case "wards": return c.wards
        case "for": return c.status?.rawValue
        default: return nil
        }
    }

    /// The text the command line opens with to edit a field: the command and its current value.
    static func editText(_ key: String, _ c: PaperCoverFields) -> String {
        let current: String?
        switch key {
        case "date": current = c.date?.iso
        default: current = value(key, c)
        }
        return "cover \(key) " + (current ?? "")
    }

    /// The dialog as a menu over the sections.
    public static func menu(_ s: AppState) -> MenuState {
        let c = s.paperCover
        var items: [(label: String, choice: MenuChoice)] = fields.map { f in
            ("\(f.label): \(value(f.key, c) ?? (f.key == "wards" ? "not set (the partnership's area is used)" : "not set"))",
             .prompt(editText(f.key, c)))
        }
        if let next = s.workspace.governance.upcoming(from: s.today, count: 1).first {
            items.insert(("From the next meeting: " + s.workspace.describe(next), .prompt("cover meeting " + next.id)), at: 0)
        }
        items.append(("Done", .run("cover done")))
        return MenuState(title: "Paper cover · " + (s.isReadOnly ? "this session only (read-only)" : PaperConfig.fileName),
                         items: items, cursor: 0)
    }

    /// The x-menu items for a paper: the cover dialog and the paper in each format.
    static func items(_ what: String, _ label: String) -> [(label: String, choice: MenuChoice)] {
        [("Paper cover: meeting, date, author…", .run("cover")),
         ("Export \(label) as Word (docx)", .run("export \(what) docx")),
         ("Export \(label) as PDF", .run("export \(what) pdf"))]
    }

    /// `:cover` opens the dialog; `:cover FIELD VALUE` sets a field (an empty value clears it).
    static func command(_ rest: [String], _ s: inout AppState) -> [Effect] {
        guard let key = rest.first?.lowercased() else { return [.loadPaperCover] }
        if key == "done" { return [] }
        let text = rest.dropFirst().joined(separator: " ").trimmingSpaces()
        var c = s.paperCover
        switch key {
        case "meeting":
            // A recorded meeting's id fills the meeting's name and its date.
            if let from = s.workspace.cover(fromMeeting: text) {
                c = c.overlaid(by: from)
            } else {
                c.meeting = text.isEmpty ? nil : text
            }
        case "wards": c.wards = text.isEmpty ? nil : text
        case "author":
            let parts = text.split(separator: ",", maxSplits: 1).map { String($0).trimmingSpaces() }
            c.author = parts.first.flatMap { $0.isEmpty ? nil : $0 }
            c.role = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        case "date":
            if text.isEmpty { c.date = nil } else {
                guard let d = Day(lenient: text) else {
                    s.message = Message("\"\(text)\" is not a date; expected YYYY-MM-DD", .error)
                    return []
                }
                c.date = d
            }
        case "for", "status":
            if text.isEmpty { c.status = nil } else {
                guard let st = PaperStatus(rawValue: text.lowercased()) else {
                    s.message = Message("Status is decision or information, not \"\(text)\"", .error)
                    return []
                }
                c.status = st
            }
        default:
            s.message = Message("Usage: :cover [meeting|date|author|wards|for VALUE]", .warning)
            return []
        }
        s.paperCover = c
        if s.isReadOnly {
            s.overlay = .menu(menu(s))
            return []
        }
        return [.savePaperCover(c)]
    }
}
