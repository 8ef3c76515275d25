import PlanCore

extension Reducer {
    /// The section's model, its visible rows, and the index of the selected row among them.
    static func selection(_ s: AppState) -> (model: SectionModel, rows: [Row], index: Int?) {
        let listing = Sections.listing(s)
        return (listing.model, listing.rows, selectedIndex(s, listing))
    }

    /// Where the selection stands in a listing: the row with the selected id, else the first
    /// selectable row at or after the remembered position.
    static func selectedIndex(_ s: AppState, _ listing: Listing) -> Int? {
        if let id = s.list.selectedID, let i = listing.index(of: id) { return i }
        guard let last = listing.selectable.last else { return nil }
        let want = min(max(0, s.list.index), listing.rows.count - 1)
        var lo = 0, hi = listing.selectable.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if listing.selectable[mid] < want { lo = mid + 1 } else { hi = mid }
        }
        return lo < listing.selectable.count ? listing.selectable[lo] : last
    }

    /// The selected row.
    static func selectedRow(_ s: AppState) -> Row? {
        let listing = Sections.listing(s)
        return selectedIndex(s, listing).map { listing.rows[$0] }
    }

    static func regions(_ s: AppState, _ model: SectionModel) -> Regions {
        Regions(size: s.size, zoomed: s.zoomed, headerLines: model.headerLines,
                rowCount: Sections.listing(s).rows.count, listOnly: model.listOnly)
    }

    static func select(_ rows: [Row], _ i: Int, _ s: inout AppState, model: SectionModel) {
        var l = s.list
        l.selectedID = rows[i].id
        l.index = i
        let body = regions(s, model).listBodyRows(headerLines: model.headerLines)
        l.scroll = ListPane.scroll(for: i, in: rows, from: l.scroll, body: body)
        s.list = l
        s.detailCursor = 0
        s.detailScroll = 0
    }

    /// Keeps the selection on a visible, selectable row after anything changed.
    static func clampSelection(_ s: inout AppState) {
        let (model, rows, i) = selection(s)
        if let i { select(rows, i, &s, model: model) } else { s.list.scroll = 0 }
    }

    static func goTo(_ section: PlanSection, _ s: inout AppState) {
        s.section = section
        s.focus = .list
        s.zoomed = false
        s.detailCursor = 0
        s.detailScroll = 0
        clampSelection(&s)
    }

    static func openSectionMenu(_ s: inout AppState) {
        let items = PlanSectionOrder.all.map { (label: "\(PlanSectionOrder.keyLabel($0))  \($0.title)", choice: MenuChoice.section($0)) }
        s.overlay = .menu(MenuState(title: "Go to", items: items, cursor: PlanSectionOrder.all.firstIndex(of: s.section) ?? 0))
    }

    static func move(_ command: Command, _ s: inout AppState) {
        if s.focus == .detail || s.zoomed {
            moveDetail(command, &s)
            return
        }
        let listing = Sections.listing(s)
        let (model, rows, selectable) = (listing.model, listing.rows, listing.selectable)
        guard let current = selectedIndex(s, listing), !selectable.isEmpty else { return }
        let page = max(1, regions(s, model).listBodyRows(headerLines: model.headerLines) - 1)
        let pos = listing.selectablePosition(of: current) ?? 0
        let target: Int
        switch command {
        case .up: target = pos - 1
        case .down: target = pos + 1
        case .top: target = 0
        case .bottom: target = selectable.count - 1
        case .pageUp: target = pos - page
        case .pageDown: target = pos + page
        case .halfPageUp: target = pos - page / 2
        default: target = pos + page / 2
        }
        select(rows, selectable[max(0, min(selectable.count - 1, target))], &s, model: model)
    }

    /// The detail lines of the selected row.
    static func detailLines(_ s: AppState) -> [DetailLine] {
        guard let row = selectedRow(s) else { return [] }
        return Sections.detail(s, row)
    }

    static func firstSelectableDetailLine(_ s: AppState) -> Int {
        detailLines(s).firstIndex(where: \.selectable) ?? 0
    }

    static func moveDetail(_ command: Command, _ s: inout AppState) {
        let lines = detailLines(s)
        let model = Sections.model(s)
        guard let rect = regions(s, model).detail else { return }
        let width = max(1, rect.width - 2)
        let layout = selectedRow(s).map { Sections.detailLayout(s, $0, width: width) } ?? DetailLayout(lines, width: width)
        let height = max(1, layout.lines.count > rect.height ? rect.height - 1 : rect.height)
        let selectable = lines.indices.filter { lines[$0].selectable }
        let pos = selectable.firstIndex(of: s.detailCursor)
        switch command {
        case .up, .down:
            if let pos {
                let next = pos + (command == .up ? -1 : 1)
                if next >= 0 && next < selectable.count { s.detailCursor = selectable[next] } else {
                    s.detailScroll = max(0, min(layout.lines.count - height, s.detailScroll + (command == .up ? -1 : 1)))
                    return
                }
            } else if let first = selectable.first {
                s.detailCursor = first
            } else {
                s.detailScroll = max(0, min(layout.lines.count - height, s.detailScroll + (command == .up ? -1 : 1)))
                return
            }
        case .top:
            s.detailScroll = 0
            s.detailCursor = selectable.first ?? 0
            return
        case .bottom:
            s.detailScroll = max(0, layout.lines.count - height)
            s.detailCursor = selectable.last ?? 0
            return
        default:
            let step = command == .pageUp || command == .pageDown ? height - 1 : height / 2
            let delta = command == .pageUp || command == .halfPageUp ? -step : step
            s.detailScroll = max(0, min(max(0, layout.lines.count - height), s.detailScroll + delta))
            let visible = s.detailScroll..<(s.detailScroll + height)
            if let first = selectable.first(where: { visible.contains(layout.firstPhysical(of: $0)) }) { s.detailCursor = first }
            return
        }
        let top = layout.firstPhysical(of: s.detailCursor), bottom = layout.lastPhysical(of: s.detailCursor)
        if top < s.detailScroll { s.detailScroll = top }
        if bottom >= s.detailScroll + height { s.detailScroll = bottom - height + 1 }
    }

    static func left(_ s: inout AppState) {
        if s.focus == .detail || s.zoomed {
            s.zoomed = false
            s.focus = .list
            return
        }
        let (model, rows, i) = selection(s)
        guard let i else { return }
        let row = rows[i]
        if row.expandable && row.expanded {
            s.toggled.formSymmetricDifference([row.id])
            clampSelection(&s)
        } else if row.depth > 0, let parent = rows[..<i].lastIndex(where: { $0.depth < row.depth && $0.selectable }) {
            select(rows, parent, &s, model: model)
        }
    }

    static func right(_ s: inout AppState) {
        guard s.focus == .list, !s.zoomed, let row = selectedRow(s) else { return }
        if row.expandable && !row.expanded {
            s.toggled.formSymmetricDifference([row.id])
        } else {
            s.focus = .detail
            s.detailCursor = firstSelectableDetailLine(s)
        }
    }

    /// Enter: follow a row's jump, or open its page; on a detail line, edit, add or jump.
    static func open(_ s: inout AppState) -> [Effect] {
        if s.focus == .detail || s.zoomed {
            let lines = detailLines(s)
            guard s.detailCursor < lines.count else { return [] }
            let line = lines[s.detailCursor]
            if let jumpTo = line.jump { jump(jumpTo, &s) } else if let add = line.add { openAdd(add, &s) } else if let ref = line.ref {
                openEdit(ref, fields: selectedRow(s).flatMap { $0.ref == ref ? $0.fields : nil }, &s)
            }
            return []
        }
        guard let row = selectedRow(s) else { return [] }
        if let j = row.jump {
            jump(j, &s)
        } else {
            s.zoomed = true
            s.focus = .detail
            s.detailScroll = 0
            s.detailCursor = firstSelectableDetailLine(s)
        }
        return []
    }

    static func back(_ s: inout AppState) {
        if s.zoomed { s.zoomed = false; s.focus = .list } else if s.focus == .detail { s.focus = .list } else if !s.list.filter.isEmpty {
            s.list.filter = ""
            clampSelection(&s)
            s.message = Message("Filter cleared")
        }
    }

    /// Goes to a place: its section, the record's row (expanding the tree to it), clearing a search.
    public static func jump(_ location: PlanLocation, _ s: inout AppState) {
        goTo(location.section, &s)
        if s.list.view != 0 { s.list = ListState() }
        if location.section == .governance, location.record == "meetings" || s.workspace.governance.meeting(location.record) != nil {
            s.list.view = MeetingsView.index
        }
        s.list.filter = ""
        let key = location.section == .plan ? (location.field ?? location.record) : location.record
        guard let key else { clampSelection(&s); return }
        var all = s
        all.forceExpand = true
        let full = Sections.model(all).rows
        guard let target = full.firstIndex(where: { $0.ref?.id == key || $0.id == key }) else {
            clampSelection(&s)
            return
        }
        // Expand every ancestor of the target row.
        var depth = full[target].depth
        var k = target
        while depth > 0 && k > 0 {
            k -= 1
            if full[k].depth < depth {
                depth = full[k].depth
                if !s.isExpanded(full[k].id) || !full[k].expanded { s.toggled.formSymmetricDifference([full[k].id]) }
            }
        }
        s.list.selectedID = full[target].id
        clampSelection(&s)
    }

    static func handleMouse(_ m: MouseEvent, _ s: inout AppState) -> [Effect] {
        let model = Sections.model(s)
        let r = regions(s, model)
        switch m.kind {
        case .wheelUp: move(.up, &s)
        case .wheelDown: move(.down, &s)
        case .press:
            if m.y == r.tabs.y {
                if let section = TabBar.section(at: m.x, width: s.size.width) { goTo(section, &s) }
            } else if !s.zoomed, m.y >= r.list.y + model.headerLines + 1, m.y < r.list.maxY, m.x < r.list.maxX {
                let rows = Sections.listing(s).rows
                let i = s.list.scroll + (m.y - r.list.y - model.headerLines - 1)
                if i < rows.count && rows[i].selectable {
                    s.focus = .list
                    select(rows, i, &s, model: model)
                }
            } else if let d = r.detail, m.y >= d.y, m.y < d.maxY, m.x >= d.x {
                s.focus = .detail
                let layout = DetailLayout(detailLines(s), width: max(1, d.width - 2))
                let p = s.detailScroll + (m.y - d.y)
                if p < layout.lines.count, detailLines(s)[layout.lines[p].logical].selectable { s.detailCursor = layout.lines[p].logical }
            }
        }
        return []
    }
}
