extension Workspace {
    /// Every finding about the workspace, errors first.
    public func validate(today: Day) -> [Finding] {
        var out: [Finding] = []
        out += duplicateIDFindings()
        out += governanceFindings()
        out += referenceFindings()
        out += meetingFindings(today: today)
        out += riskFindings(today: today)
        out += plan.timetableFindings
        out += performanceFindings()
        out += budgetFindings()
        out += teamFindings()
        return out.enumerated().sorted { a, b in
            a.element.level != b.element.level ? a.element.level < b.element.level : a.offset < b.offset
        }.map(\.element)
    }

    func duplicateIDFindings() -> [Finding] {
        var out: [Finding] = []
        func check(_ ids: [String], _ section: PlanSection, _ what: String) {
            var seen = Set<String>()
            for id in ids {
                if id.trimmingSpaces().isEmpty {
                    out.append(Finding(.error, PlanLocation(section), "a \(what) has an empty id"))
                } else if !seen.insert(id).inserted {
                    out.append(Finding(.error, PlanLocation(section, record: id), "two \(what)s share the id \"\(id)\""))
                }
            }
        }
        check(partners.map(\.id), .partners, "partner")
        check(governance.bodies.map(\.id), .governance, "body")
        check(priorities.map(\.id), .priorities, "priority")
        check(actionPlans.map(\.id), .priorities, "action plan")
        check(allActions.map(\.action.id), .priorities, "action")
        check(indicators.map(\.id), .indicators, "indicator")
        check(budget.fundingLines.map(\.id), .budget, "funding line")
        check(risks.risks.map(\.id), .risks, "risk")
        check(engagement.map(\.id), .engagement, "engagement mechanism")
        check(plan.timetable.map(\.id), .timetable, "milestone")
        check(glossary.map(\.id), .glossary, "glossary term")
        return out
    }

    func referenceFindings() -> [Finding] {
        var out: [Finding] = []
        let bodyIDs = Set(governance.bodies.map(\.id)), priorityIDs = Set(priorities.map(\.id))
        let indicatorIDs = Set(indicators.map(\.id)), lineIDs = Set(budget.fundingLines.map(\.id))
        let actionIDs = Set(allActions.map(\.action.id)), partnerIDs = Set(partners.map(\.id))
        func missing(_ at: PlanLocation, _ what: String, _ id: String) {
            out.append(Finding(.error, at, "names \(what) \"\(id)\", which does not exist"))
        }
        func missing(_ section: PlanSection, _ record: String, _ field: String, _ what: String, _ id: String) {
            missing(PlanLocation(section, record: record, field: field), what, id)
        }
        for p in priorities {
            if let b = p.owningBody, !bodyIDs.contains(b) { missing(.priorities, p.id, "owningBody", "body", b) }
            for b in p.bodies where !bodyIDs.contains(b) { missing(.priorities, p.id, "bodies", "body", b) }
            for i in p.indicators where !indicatorIDs.contains(i) { missing(.priorities, p.id, "indicators", "indicator", i) }
        }
        for ap in actionPlans {
            if !priorityIDs.contains(ap.priority) { missing(.priorities, ap.id, "priority", "priority", ap.priority) }
            for a in ap.actions {
                if let l = a.resources.fundingLine, !lineIDs.contains(l) {
                    missing(.priorities, a.id, "fundingLine", "funding line", l)
                }
                if let c = a.carriedFrom, !actionIDs.contains(c) {
                    out.append(Finding(.info, PlanLocation(.priorities, record: a.id, field: "carriedFrom"),
                                       "was carried from \"\(c)\", which is no longer in the workspace"))
                }
            }
        }
        for l in budget.fundingLines {
            if let p = l.partner, !partnerIDs.contains(p) { missing(.budget, l.id, "partner", "partner", p) }
        }
        for a in budget.allocations {
            if !priorityIDs.contains(a.priority) { missing(.budget, a.id, "priority", "priority", a.priority) }
            if let l = a.fundingLine, !lineIDs.contains(l) { missing(.budget, a.id, "fundingLine", "funding line", l) }
        }
        let riskFiles = riskFileNames()
        func at(_ r: Risk, _ field: String) -> PlanLocation { .risk(r, field: field, file: riskFiles[r.id]) }
        for r in risks.risks {
            for p in r.priorities where !priorityIDs.contains(p) { missing(at(r, "priorities"), "priority", p) }
            for b in r.bodies where !bodyIDs.contains(b) { missing(at(r, "bodies"), "body", b) }
            for m in r.mitigations {
                if let a = m.action, !actionIDs.contains(a) { missing(at(r, "mitigations"), "action", a) }
            }
        }
        return out
    }

    /// Each risk's own record file by id, named among all the register's ids (of two ids differing
    /// only in case, one file name carries a mark).
    func riskFileNames() -> [String: String] {
        let ids = risks.risks.map(\.id)
        return Dictionary(zip(ids, PlanLocation.riskFiles(for: ids)), uniquingKeysWith: { first, _ in first })
    }

    func riskFindings(today: Day) -> [Finding] {
        var out: [Finding] = []
        let riskFiles = riskFileNames()
        func at(_ r: Risk, _ field: String) -> PlanLocation { .risk(r, field: field, file: riskFiles[r.id]) }
        let m = risks.matrix
        if m.likelihoodSize < 2 || m.impactSize < 2 {
            out.append(Finding(.error, PlanLocation(.risks, field: "matrix"), "the matrix needs at least 2 levels a side"))
        }
        let mins = m.bands.map(\.minScore)
        if mins.isEmpty {
            out.append(Finding(.error, PlanLocation(.risks, field: "matrix.bands"), "the matrix has no bands"))
        } else if mins.min() != 1 {
            out.append(Finding(.error, PlanLocation(.risks, field: "matrix.bands"),
                               "no band starts at score 1, so the lowest scores have no band"))
        }
        if Set(mins).count != mins.count {
            out.append(Finding(.error, PlanLocation(.risks, field: "matrix.bands"), "two bands start at the same score"))
        }
        let waiting = Set(risks.unscored(longerThan: risks.scoringAllowance, today: today).map(\.id))
        for r in risks.risks {
            if waiting.contains(r.id) {
                let since = r.raisedOn.map { "raised on \($0.display), " } ?? "no date raised, "
                out.append(Finding(.warning, at(r, "residual"),
                                   "\(Risk.notYetScoredText): \(since)more than \(risks.scoringAllowance) days allowed for scoring"))
            }
            if !r.missingScores.isEmpty {
                out.append(Finding(.error, at(r, r.missingScores[0]),
                                   "has some scores but no \(r.missingScores.joined(separator: " or ")) score"))
            }
            for (name, score) in [("inherent", r.inherent), ("residual", r.residual), ("target", r.target)] {
                guard let s = score, !m.contains(s) else { continue }
                out.append(Finding(.error, at(r, name),
                                   "\(name) score \(s.likelihood)×\(s.impact) is off the \(m.likelihoodSize)×\(m.impactSize) matrix"))
            }
            if r.status == .open {
                if r.title.trimmingSpaces().isEmpty {
                    out.append(Finding(.warning, at(r, "title"), "has no \(Risk.catalogue.inSentence("title"))"))
                }
                if r.owner.trimmingSpaces().isEmpty {
                    out.append(Finding(.warning, at(r, "owner"), "has no \(Risk.catalogue.inSentence("owner"))"))
                }
                if r.isScored, risks.isOverdue(r, today: today), let due = risks.nextReviewDue(r) {
                    out.append(Finding(.warning, at(r, "nextReview"),
                                       "review was due on \(due.display)"))
                }
                if risks.isOutsideAppetite(r), let a = risks.appetite(for: r.category), let residual = r.residual {
                    out.append(Finding(.info, at(r, "residual"),
                                       "residual score \(residual.value) is above the \(r.category) appetite of \(a.maxScore)"))
                }
            }
        }
        return out
    }

    func performanceFindings() -> [Finding] {
        var out: [Finding] = []
        for i in indicators {
            let gaps = i.gaps(for: plan.currentYear)
            if !gaps.isEmpty {
                out.append(Finding(.warning, PlanLocation(.indicators, record: i.id),
                                   "\(i.code.isEmpty ? i.title : i.code) has no " + gaps.joined(separator: " and no ")))
            }
        }
        for (ap, a) in allActions where ap.year == plan.currentYear && a.status.isOpen && !a.isSmart {
            out.append(Finding(.warning, PlanLocation(.priorities, record: a.id),
                               "action \"\(a.title.prefixWords(6))\" is not SMART: no "
                               + a.smartGaps.map(\.label).joined(separator: ", ")))
        }
        return out
    }

    func budgetFindings() -> [Finding] {
        var out: [Finding] = []
        for t in budget.allTotals where t.overAllocated {
            out.append(Finding(.warning, PlanLocation(.budget, field: "allocations"),
                               "\(t.year): \(t.allocated) allocated against \(t.total) available"))
        }
        for use in fundingUse where use.overCommitted {
            out.append(Finding(.warning, PlanLocation(.budget, record: use.line.id),
                               "actions commit \(use.committed) against \(use.line.source) (\(use.line.amount.map(\.description) ?? "not yet known"))"))
        }
        out += budget.statedTotalFindings()
        return out
    }
}
