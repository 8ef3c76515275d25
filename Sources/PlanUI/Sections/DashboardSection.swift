import PlanCore

/// The dashboard: the figures a meeting asks about, each opening the records behind it.
enum DashboardSection {
    static func model(_ s: AppState) -> SectionModel {
        let ws = s.workspace
        let today = s.today
        let quarter = Quarter(containing: today)
        let open = ws.risks.risks.filter { $0.status == .open }
        let red = open.filter { ws.risks.matrix.band(for: $0.residual)?.colour == "red" }
        let overdue = open.filter { ws.risks.isOverdue($0, today: today) }
        let outside = open.filter { ws.risks.isOutsideAppetite($0) }
        let unscored = open.filter { !$0.isScored }
        let actions = ActionCounts(ws, quarter: quarter, today: today)
        let redInd = ws.indicators.filter { $0.rag == .red }
        let amberInd = ws.indicators.filter { $0.rag == .amber }
        let gaps = ws.indicators.filter { !$0.gaps(for: ws.plan.currentYear).isEmpty }
        let checks = s.checksPending ? nil : Checks(ws, today: today)
        let next = ws.plan.nextMilestone
        let totals = ws.budget.totals(for: ws.plan.currentYear)

        func row(_ id: String, _ label: String, _ value: String, _ role: Role, _ jump: PlanLocation) -> Row {
            Row(id: id, cells: [Span(label, .strong), Span(value, role)], jump: jump)
        }
        // The empty sections' steps, then the checklist's unmet "must" items: the row stays while any is
        // left. While the checks are being worked out the row is kept in its place, so the figures
        // below it do not move when they arrive.
        let steps = ws.nextSteps(today: today, checklist: false) + (checks?.unmetMust ?? [])
        let stepsRow: [Row]
        if let first = steps.first {
            stepsRow = [row("steps", "Next steps", "\(steps.count) to do · " + first.text, .warning, first.location)]
        } else if checks == nil {
            stepsRow = [row("steps", "Next steps", Checks.pendingText, .dim, PlanLocation(.plan, record: "checklist"))]
        } else {
            stepsRow = []
        }
        let conflicts = ws.mergeConflicts.count
        let checklistRow = row("checklist", "Statutory checklist", checks?.checklistText ?? Checks.pendingText,
                               checks?.checklistRole ?? .dim, PlanLocation(.plan, record: "checklist"))
        let findingsRow = row("findings", "Checks", checks?.findingsText ?? Checks.pendingText,
                              checks?.findingsRole ?? .dim, PlanLocation(.dashboard, record: "findings"))
        let rows: [Row] = (conflicts == 0 ? [] : [
            row("conflicts", "Merge conflicts", "\(conflicts) field\(conflicts == 1 ? "" : "s") changed two ways · :conflicts picks a side",
                .error, PlanLocation(.dashboard, record: "findings")),
        ]) + stepsRow + [
            row("risks", "Risks", "\(red.count) red · \(overdue.count) overdue review\(overdue.count == 1 ? "" : "s") · "
                + "\(outside.count) outside appetite · \(open.count) open"
                + (unscored.isEmpty ? "" : " · \(unscored.count) \(Risk.notYetScoredText)"), red.isEmpty && overdue.isEmpty ? .ok : .error,
                PlanLocation(.risks)),
            row("actions", "Actions \(ws.plan.currentYear)", "\(actions.offTrack) off track · \(actions.noUpdate) no Q\(quarter.number) "
                + "update · \(actions.overdue) overdue · \(actions.notSmart) not SMART",
                actions.offTrack == 0 && actions.overdue == 0 ? .ok : .warning, PlanLocation(.priorities)),
            row("indicators", "Indicators", "\(redInd.count) red · \(amberInd.count) amber · \(gaps.count) without baseline "
                + "or target", redInd.isEmpty ? .ok : .error, PlanLocation(.indicators)),
            row("milestone", "Next milestone",
                next.map { "\($0.date) — \($0.step)" }
                    ?? (ws.plan.timetable.isEmpty ? "no timetable yet" : "every step of the timetable is done"),
                next == nil && !ws.plan.timetable.isEmpty ? .ok : .normal,
                PlanLocation(.timetable, record: next?.id)),
            row("meetings", "Next meetings", nextMeetings(ws, today: today), .normal,
                PlanLocation(.governance, record: ws.governance.upcoming(from: today, count: 1).first?.id ?? "meetings")),
            checklistRow,
            row("budget", "Budget \(ws.plan.currentYear)", "\(totals.totalText)\(totals.includesProjected ? " (incl. projected)" : "") · "
                + "\(totals.allocated) allocated · \(totals.unallocated) left",
                totals.overAllocated ? .error : .normal, PlanLocation(.budget)),
            row("governance", "Governance", Plural.count(ws.governance.bodies.filter { $0.status == .active }.count, "active body")
                + (ws.authoritiesMissingFromBoard.isEmpty ? "" : " · missing from the board: "
                    + ws.authoritiesMissingFromBoard.map(\.label).joined(separator: ", ")),
                ws.authoritiesMissingFromBoard.isEmpty ? .normal : .warning, PlanLocation(.governance)),
            findingsRow,
        ]
        let p = ws.partnership
        let header = [
            DetailLine([Span(p.name.isEmpty ? "Untitled partnership" : p.name, .strong),
                        Span(p.area.isEmpty ? "" : " · " + p.area, .dim)]),
            // The current year goes beside the plan's title so the status line keeps its words at
            // 80 columns; the date the figures are as at is in the title bar.
            DetailLine([Span(ws.plan.title.isEmpty ? "Plan" : ws.plan.title, .normal),
                        Span(ws.plan.title.contains(ws.plan.period.description) ? "" : " · \(ws.plan.period)", .dim),
                        Span(" · " + ws.plan.yearPhrase(today: today), .dim)]),
            DetailLine([Span("Status: ", .label), Span(ws.plan.approvalStage.capitalizedFirst, .strong),
                        Span(ws.plan.versionLabel.isEmpty ? "" : " · " + ws.plan.versionLabel, .dim)]),
        ]
        return SectionModel(columns: [Column("", width: 22), Column("")], rows: rows, header: header)
    }

    /// How many next steps the dashboard's page lists before saying how many more there are.
    static let stepsShown = 5

    /// "3 Apr 2009 SCEB · 10 Apr 2009 PMG", or what to do when none is planned. In a demo, a
    /// meeting no source paper states is marked `ex`, as the Meetings view marks it.
    static func nextMeetings(_ ws: Workspace, today: Day) -> String {
        let next = ws.governance.upcoming(from: today, count: 3)
        guard !next.isEmpty else { return "none planned · :meetings adds a year from the cadence" }
        let provenance = ws.info.provenance
        return next.map { m in
            let example = provenance?.isExample(Provenance.key(RecordKind.meeting.rawValue, m.id)) == true
            return "\(m.date.display) \(ws.body(m.body)?.shortName ?? m.body)" + (example ? " ex" : "")
        }.joined(separator: " · ")
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let ws = s.workspace
        let today = s.today
        var d = DetailBuilder()
        switch row.id {
        case "risks":
            let open = ws.risks.risks.filter { $0.status == .open }.sorted { $0.residualValue > $1.residualValue }
            d.heading("Open risks by residual score")
            // Scores right-aligned in one width, so "6" sits under the units of "12".
            let scoreWidth = open.map { TextWidth.width(of: Fmt.score($0.residual)) }.max() ?? 1
            for r in open {
                var spans = [Span(Layout.fit(r.reference, 4), .strong), Span(" "),
                             Span(" \(Layout.fit(Fmt.score(r.residual), scoreWidth, right: true)) ", Fmt.bandRole(ws.risks, r.residual)),
                             Span(" " + r.title)]
                if ws.risks.isOverdue(r, today: today) { spans.append(Span("  review overdue", .error)) }
                if ws.risks.isOutsideAppetite(r) { spans.append(Span("  outside appetite", .warning)) }
                if !r.isScored { spans.append(Span("  " + Risk.notYetScoredText, .warning)) }
                d.item(spans, jump: PlanLocation(.risks, record: r.id), bullet: "")
            }
            if open.isEmpty { d.text("No open risks.", .dim) }
        case "actions":
            let quarter = Quarter(containing: today)
            let current = ws.allActions.filter { $0.plan.year == ws.plan.currentYear && $0.action.status.isOpen }
            d.heading("Off track")
            let off = current.filter { $0.action.isOffTrack }
            for (_, a) in off { d.item([Fmt.ragSpan(a.rag), Span(" " + a.title)], jump: PlanLocation(.priorities, record: a.id)) }
            if off.isEmpty { d.text("None.", .dim) }
            d.heading("No update for \(quarter)")
            let missing = current.filter { !$0.action.hasUpdate(for: quarter) }
            for (_, a) in missing.prefix(40) { d.item([Span(a.title)], jump: PlanLocation(.priorities, record: a.id)) }
            if missing.isEmpty { d.text("Every open action has an update.", .dim) }
        case "indicators":
            d.heading("Indicators against this year's targets")
            for i in ws.indicators {
                d.item([Fmt.ragSpan(i.rag), Span(" \(i.code) " + i.title)], jump: PlanLocation(.indicators, record: i.id))
            }
        case "steps":
            let steps = ws.nextSteps(today: today, checklist: false) + NextStep.unmetMust(ws.statutoryChecklist(today: today))
            d.heading("Next steps")
            for step in steps.prefix(stepsShown) { d.item([Span(step.text)], jump: step.location) }
            if steps.count > stepsShown {
                d.item([Span("and \(steps.count - stepsShown) more: the statutory checklist lists what is unmet", .dim)],
                       jump: PlanLocation(.plan, record: "checklist"))
            }
            d.text("Enter on a step opens the section where it is done.", .dim)
        case "milestone":
            d.heading("Timetable")
            for m in ws.plan.timetable {
                d.item([Span(m.done ? "done " : "     ", m.done ? .ok : .dim), Span(Layout.fit(m.date, 14)), Span(m.step)],
                       jump: PlanLocation(.timetable, record: m.id), bullet: "")
            }
        case "checklist":
            for item in ws.statutoryChecklist(today: today) where !item.result.satisfied {
                d.item([Span(item.text, .warning)], jump: item.result.fixAt)
                d.line(DetailLine("    " + item.result.reason, .dim, indent: 4))
            }
            if d.lines.isEmpty { d.text("Every item is satisfied.", .ok) }
        case "budget":
            for t in ws.budget.allTotals {
                d.heading(t.year.description)
                d.field("Confirmed", t.confirmed.description)
                d.field("Projected", t.projected.description, role: .projected)
                d.field("Carried forward", t.carriedForward.description)
                d.field("Total", t.total.description + (t.includesProjected ? " (includes projected)" : ""), role: .strong)
                d.field("Allocated", t.allocated.description)
                d.field("Unallocated", t.unallocated.description, role: t.overAllocated ? .error : .normal)
            }
        case "governance":
            d.heading("Responsible authorities on the board")
            let missing = Set(ws.authoritiesMissingFromBoard)
            for a in AuthorityType.required {
                d.item([Span(missing.contains(a) ? "missing " : "present ", missing.contains(a) ? .error : .ok), Span(a.label)],
                       jump: PlanLocation(.governance, record: ws.governance.partnershipBoard))
            }
        default:
            let findings = ws.validate(today: today)
            d.heading("Findings")
            for f in findings {
                let role: Role = f.level == .error ? .error : f.level == .warning ? .warning : .info
                d.item([Span(f.level.rawValue + " ", role), Span(f.message)], jump: f.location)
            }
            if findings.isEmpty { d.text("No findings.", .ok) }
        }
        return d.lines
    }
}
