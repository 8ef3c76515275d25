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
        goTo(s.section, &s)
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
    /// Whether `x` offers anything in a section (cheap: for the key hints drawn every frame).
    static func hasActions(_ section: PlanSection) -> Bool {
        [.risks, .plan, .timetable, .governance, .priorities, .indicators].contains(section)
    }

    static func items(_ s: AppState) -> [(label: String, choice: MenuChoice)] {
        var items: [(label: String, choice: MenuChoice)] = []
        let views = Sections.views(s.section)
        for (k, name) in views.enumerated() where k != s.list.view {
            items.append(("Show \(name.lowercased())", .run("view \(k + 1)")))
        }
        switch s.section {
        case .risks: items = riskItems(s) + items
        case .plan: items = planItems(s) + items
        case .timetable:
            if let ref = Reducer.selectedRow(s)?.ref, let m = s.workspace.plan.timetable.first(where: { $0.id == ref.id }) {
                items.insert(m.done ? ("Mark \"\(m.step.prefixWords(5))\" not done", .run("undone"))
                                    : ("Mark \"\(m.step.prefixWords(5))\" done today", .run("done")), at: 0)
            }
        case .governance:
            let draft = ProposalViews.proposal(s)
            var first: [(label: String, choice: MenuChoice)] = []
            if s.editingProposalIndex != nil {
                first.append(("Stop editing the proposal (show the current structure)", .run("current")))
            } else if let draft {
                first.append(("Edit the proposal \"\(draft.title.prefixWords(5))\"", .run("proposal \(draft.id)")))
            }
            if s.list.view == 0, let id = Reducer.selectedRow(s)?.ref?.id, let b = s.editable.body(id) {
                first.append(("Move \(b.shortName) under another body…", .prompt("move ")))
                first.append(("\(b.shortName) also reports to…", .prompt("alsoto ")))
                for p in b.parents.dropFirst() {
                    first.append(("Stop \(b.shortName) reporting to \(s.editable.body(p)?.shortName ?? p)", .run("drop \(p)")))
                }
                first.append(b.status == .former ? ("Reinstate \(b.shortName)", .run("reinstate"))
                                                 : ("Retire \(b.shortName) (kept as former)", .run("retire")))
            }
            first.append(("Start a proposal from the current structure…", .prompt("propose ")))
            if let draft {
                first.append(("Adopt \"\(draft.title.prefixWords(4))\" (keeps the current as former)", .run("adopt")))
                first.append(("Discard the proposal", .run("discard")))
            }
            if s.list.view == 0 {
                first += [("Filter: active bodies", .run("filter is:active")), ("Filter: proposed bodies", .run("filter is:proposed")),
                          ("Filter: former bodies", .run("filter is:former")), ("Filter by tier…", .prompt("filter tier:")),
                          ("Filter by kind (e.g. working, tasking)…", .prompt("filter kind:"))]
            }
            items = first + items
            items += [("Export the governance paper as html", .run("export governance html")),
                      ("Export the governance paper as markdown", .run("export governance md"))]
                + PaperCoverDialog.items("governance", "the governance paper")
        case .priorities:
            let q = Quarter(containing: s.today)
            let waiting = s.workspace.actionsNeedingUpdate(for: q).count
            items += [("Quarterly update round for \(q) (\(waiting) to do)", .run("round")),
                      ("Filter: my actions (owner)…", .prompt("filter owner:")),
                      ("Filter: no update this quarter", .run("filter is:noupdate")),
                      ("Filter: overdue", .run("filter is:overdue")),
                      ("Filter: red", .run("filter is:red")), ("Filter: amber", .run("filter is:amber")),
                      ("Filter: not SMART", .run("filter is:notsmart")),
                      ("Roll the plan into \(s.workspace.plan.currentYear.next) (carry open actions)", .run("rollover"))]
            fallthrough
        case .indicators:
            items += [("Export the quarterly report on actions (html)", .run("export actions html")),
                      ("Export the quarterly report on indicators (html)", .run("export indicators html"))]
                + PaperCoverDialog.items("actions", "the report on actions")
        default: break
        }
        return s.isReadOnly ? items.filter { !changes($0.choice) } : items
    }

    /// Commands that change the workspace, left out of the menu when it is read-only.
    static let changingCommands: Set<String> = ["close", "reopen", "advance", "meetings", "held", "cancel", "decide", "done", "undone", "propose", "adopt", "discard",
                                                "round", "rollover", "move", "alsoto", "drop", "retire", "reinstate", "resolve"]

    /// Whether a menu choice would change the workspace.
    static func changes(_ choice: MenuChoice) -> Bool {
        switch choice {
        case .add: return true
        case .run(let text), .prompt(let text):
            return changingCommands.contains(text.split(separator: " ").first.map(String.init) ?? "")
        case .section, .jump: return false
        }
    }

    static func planItems(_ s: AppState) -> [(label: String, choice: MenuChoice)] {
        var items: [(label: String, choice: MenuChoice)] = []
        if let next = s.workspace.plan.approval.first(where: { $0.state != .done }) {
            items.append(((next.state == .asked ? "Record the outcome: " : "Record as done: ") + next.sentence,
                          .prompt("advance " + ApprovalCommand.words(next, today: s.today))))
        }
        items.append(("Record an approval step (:advance ACTION BODY to BODY on DATE)", .prompt("advance ")))
        items += [("Export the plan as html", .run("export plan html")), ("Export the plan as markdown", .run("export plan md")),
                  ("Export the public summary as html", .run("export summary html"))]
            + PaperCoverDialog.items("plan", "the plan")
            + [("Show the statutory checklist", .jump(PlanLocation(.plan, record: "checklist")))]
        return items
    }

    static func riskItems(_ s: AppState) -> [(label: String, choice: MenuChoice)] {
        var items: [(label: String, choice: MenuChoice)] = []
        if let row = Reducer.selectedRow(s), let ref = row.ref, ref.kind == .risk, s.list.view != 1,
           let r = s.workspace.risk(ref.id) {
            if r.status == .open {
                items.append(("Record a review of \(r.reference)", .add(AddTarget(.riskReview, parent: r.id))))
                items.append(("Close \(r.reference) (give a reason)", .prompt("close ")))
            } else {
                items.append(("Reopen \(r.reference) (give a reason)", .prompt("reopen ")))
            }
            items.append(("Add a mitigating action to \(r.reference)", .add(AddTarget(.mitigation, parent: r.id))))
        }
        if s.list.view == 0 {
            for (label, filter) in [("overdue reviews", "is:overdue"), ("outside appetite", "is:outside"), ("red risks", "is:red"),
                                    ("open risks", "is:open"), ("closed risks", "is:closed")] {
                items.append(("Filter: \(label)", .run("filter \(filter)")))
            }
            items.append(("Filter by owner or category…", .prompt("filter owner:")))
        }
        if let board = s.workspace.body(s.workspace.governance.partnershipBoard),
           let last = s.workspace.lastBoardMeeting(onOrBefore: s.today)?.date
            ?? board.cadence.nextMeetings(from: s.today.adding(months: -12), count: 24).dates.last(where: { $0 < s.today }),
           last != s.since {
            items.append(("Compare since the last \(board.shortName) meeting (\(last.display))", .run("since \(last.iso)")))
        }
        items.append(("Compare since a date (now \(s.since.display))", .prompt("since ")))
        if s.list.view == 1 {
            for kind in ScoreKind.allCases where kind != s.heatKind {
                items.append(("Map \(kind.rawValue) scores", .run("scores \(kind.rawValue)")))
            }
        }
        items.append(("Export the chair's brief as html", .run("export risks html")))
        items.append(("Export the chair's brief as markdown", .run("export risks md")))
        items += PaperCoverDialog.items("risks", "the chair's brief")
        return items
    }
}
