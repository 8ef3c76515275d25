/// What each paper says around its body: purpose, recommendations by status, background, and the
/// financial and risk implications the workspace's data holds. Legal and equality implications are
/// the author's to state (in the papers config); nothing here is invented.
enum PaperFramings {
    /// The funding recorded for the plan's current year, or that there is none.
    static func financial(_ ws: Workspace) -> String {
        let year = ws.plan.currentYear
        guard ws.budget.years.contains(year) else {
            return ws.budget.years.isEmpty ? "The budget holds no funding lines yet." : "The budget records funding for "
                + ws.budget.years.map(\.description).joined(separator: ", ") + "; see the budget paper."
        }
        let t = ws.budget.totals(for: year)
        return "Funding recorded for \(year) totals \(t.totalText)" + (t.includesProjected ? " (including projected sums)" : "")
            + ", of which \(t.allocated) is allocated to priorities" + (t.overAllocated ? " (over-allocated)." : ".")
    }

    /// The open risks and those outside appetite, or that the register is empty.
    static func risk(_ ws: Workspace) -> String {
        let reg = ws.risks
        guard !reg.risks.isEmpty else { return "The risk register holds no risks yet." }
        let open = reg.risks.filter { $0.status == .open }
        let outside = open.filter { reg.isOutsideAppetite($0) }.count
        return "The risk register holds \(Plural.count(open.count, "open risk"))"
            + (outside == 0 ? ", none outside appetite." : ", \(outside) outside appetite; see the chair's risk brief.")
    }

    static func implications(_ ws: Workspace) -> [ImplicationKind: String] {
        var out: [ImplicationKind: String] = [:]
        out[.financial] = financial(ws)
        out[.risk] = risk(ws)
        return out
    }

    static func plan(_ ws: Workspace, title: String) -> PaperFraming {
        PaperFraming(
            status: .decision,
            purpose: ["To present the \(title)" + (title.contains(ws.plan.period.description) ? "." : " for \(ws.plan.period).")],
            recommendations: [.decision: ["approve the \(title)."], .information: ["note the \(title)."]],
            background: ["A Community Safety Partnership prepares a three-year partnership plan from its strategic assessment, "
                         + "revises it each year and publishes a summary for the public."],
            implications: implications(ws))
    }

    static func summary(_ ws: Workspace) -> PaperFraming {
        PaperFraming(
            status: .decision,
            purpose: ["To present the public summary of the partnership plan \(ws.plan.period) for general distribution."],
            recommendations: [.decision: ["approve the summary for publication."], .information: ["note the public summary."]],
            implications: implications(ws))
    }

    static func risks(_ ws: Workspace, since: Day, today: Day) -> PaperFraming {
        PaperFraming(
            purpose: ["To report the position of the partnership's risk register at \(PaperDate.long(today)) "
                      + "and what changed " + RiskPaper.sinceWords(ws, since: since, today: today) + "."],
            recommendations: [.information: ["note the position of the risk register and the changes "
                                             + RiskPaper.sinceWords(ws, since: since, today: today) + "."],
                              .decision: ["confirm the register as the partnership's assessment of the risks to delivery."]],
            implications: implications(ws))
    }

    static func actions(_ ws: Workspace, quarter q: Quarter) -> PaperFraming {
        PaperFraming(
            purpose: ["To report progress on the action plans for \(q.year), quarter \(q.number), with every red, overdue "
                      + "and unreported action listed as an exception."],
            recommendations: [.information: ["note progress against the action plans in \(q) and the exceptions listed."],
                              .decision: ["agree the responses to the exceptions listed."]],
            implications: implications(ws))
    }

    static func indicators(_ ws: Workspace, quarter q: Quarter) -> PaperFraming {
        PaperFraming(
            purpose: ["To report the partnership's performance indicators for \(q)."],
            recommendations: [.information: ["note performance against the indicators in \(q)."],
                              .decision: ["agree the responses to indicators off target."]],
            implications: implications(ws))
    }

    static func governance(_ ws: Workspace) -> PaperFraming {
        let drafts = ws.governance.proposals.filter { $0.status == .draft }
        var decide = drafts.map { "consider the proposal \"\($0.title)\" and decide whether to adopt it." }
        if decide.isEmpty { decide = ["confirm the governance structure set out in this report."] }
        return PaperFraming(
            status: drafts.isEmpty ? .information : .decision,
            purpose: ["To set out how the partnership is governed: its bodies, their remits, membership and meetings"
                      + (drafts.isEmpty ? "." : ", and " + Plural.count(drafts.count, "proposal") + " to change them.")],
            recommendations: [.information: ["note the governance structure set out in this report."], .decision: decide],
            implications: implications(ws))
    }

    static func budget(_ ws: Workspace) -> PaperFraming {
        PaperFraming(
            purpose: ["To report the funding recorded for the partnership and its allocation to priorities."],
            recommendations: [.information: ["note the funding recorded and its allocation to priorities."],
                              .decision: ["approve the allocations to priorities set out in this report."]],
            implications: implications(ws))
    }
}
