import PlanCore

extension Reducer {
    /// `v`: the section's next view (the register, heat map, movement, brief, matrix…).
    static func nextView(_ s: inout AppState) {
        let names = Sections.views(s.section)
        guard names.count > 1 else {
            s.message = Message("\(s.section.title) has one view", .info)
            return
        }
        setView((s.list.view + 1) % names.count, &s)
    }

    /// Shows view `n` of the section, starting at its top.
    static func setView(_ n: Int, _ s: inout AppState) {
        let names = Sections.views(s.section)
        guard n >= 0 && n < names.count else { return }
        var l = ListState()
        l.view = n
        s.list = l
        s.focus = .list
        s.zoomed = false
        s.detailScroll = 0
        s.detailCursor = 0
        clampSelection(&s)
        s.message = Message("View: \(names[n]) (v for the next)")
    }

    /// `x`: what can be done here, as a menu.
    static func openActionMenu(_ s: inout AppState) {
        let items = SectionActions.items(s)
        guard !items.isEmpty else {
            s.message = Message("Nothing to do here beyond a, e and d", .info)
            return
        }
        s.overlay = .menu(MenuState(title: "Actions", items: items, cursor: 0))
    }
}

/// The actions the `x` menu offers for the section, its view and the selected record.
enum SectionActions {
    static func items(_ s: AppState) -> [(label: String, choice: MenuChoice)] {
        var items: [(label: String, choice: MenuChoice)] = []
        let views = Sections.views(s.section)
        for (k, name) in views.enumerated() where k != s.list.view {
            items.append(("Show \(name.lowercased())", .run("view \(k + 1)")))
        }
        switch s.section {
        case .risks: items = riskItems(s) + items
        default: break
        }
        return items
    }

    static func riskItems(_ s: AppState) -> [(label: String, choice: MenuChoice)] {
        var items: [(label: String, choice: MenuChoice)] = []
        if let row = Reducer.selectedRow(s), let ref = row.ref, ref.kind == .risk, s.list.view != 1,
           let r = s.workspace.risk(ref.id) {
            if r.status == .open {
                items.append(("Record a review of \(r.id)", .add(AddTarget(.riskReview, parent: r.id))))
                items.append(("Close \(r.id) (give a reason)", .prompt("close ")))
            } else {
                items.append(("Reopen \(r.id) (give a reason)", .prompt("reopen ")))
            }
            items.append(("Add a mitigating action to \(r.id)", .add(AddTarget(.mitigation, parent: r.id))))
        }
        if s.list.view == 0 {
            for (label, filter) in [("overdue reviews", "is:overdue"), ("outside appetite", "is:outside"), ("red risks", "is:red"),
                                    ("open risks", "is:open"), ("closed risks", "is:closed")] {
                items.append(("Filter: \(label)", .run("filter \(filter)")))
            }
            items.append(("Filter by owner or category…", .prompt("filter owner:")))
        }
        items.append(("Compare since a date (now \(s.since.display))", .prompt("since ")))
        if s.list.view == 1 {
            for kind in ScoreKind.allCases where kind != s.heatKind {
                items.append(("Map \(kind.rawValue) scores", .run("scores \(kind.rawValue)")))
            }
        }
        items.append(("Export the chair's brief as html", .run("export risks html")))
        items.append(("Export the chair's brief as markdown", .run("export risks md")))
        return items
    }
}
