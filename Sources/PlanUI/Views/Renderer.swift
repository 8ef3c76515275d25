import PlanCore

/// Draws a whole frame from the state: pure, so the same state always gives the same screen.
public enum Renderer {
    /// The frame for state `s`; a window below the minimum size asks to be enlarged to it.
    public static func render(_ s: AppState) -> Screen {
        var screen = Screen(size: s.size, charset: s.charset)
        guard s.size.width >= AppState.minimumSize.width, s.size.height >= AppState.minimumSize.height else {
            drawTooSmall(&screen, s)
            return screen
        }
        screen.fill(screen.bounds)
        let listing = Sections.listing(s)
        let model = listing.model, rows = listing.rows
        let regions = Regions(size: s.size, zoomed: s.zoomed, headerLines: model.headerLines, rowCount: rows.count,
                              listOnly: model.listOnly)
        Chrome.title(&screen, s, regions.title)
        Chrome.tabs(&screen, s, regions.tabs)
        let selected = Reducer.selectedIndex(s, listing)
        if !s.zoomed { ListPane.draw(&screen, s, listing, selected, regions.list) }
        if let d = regions.detail {
            if !s.zoomed {
                if regions.sideBySide { screen.vline(x: d.x - 1, y: d.y, height: d.height) } else {
                    screen.hline(x: 0, y: d.y - 1, width: s.size.width)
                }
            }
            let lines = selected.map { Sections.detail(s, rows[$0]) } ?? []
            let layout = d.width > 2 ? selected.map { Sections.detailLayout(s, rows[$0], width: d.width - 2) } : nil
            DetailPane.draw(&screen, s, lines, d, focused: s.focus == .detail || s.zoomed, layout: layout)
            if !regions.sideBySide && !s.zoomed {
                let hint = s.focus == .detail ? " detail " : " detail (Tab) "
                screen.put(hint, x: 2, y: d.y - 1, role: .dim)
            }

        }
        Chrome.status(&screen, s, regions.status, selectedRow: selected.map { rows[$0] },
                      position: s.zoomed ? nil : ListPane.position(s, model, rows, selected, regions.list))
        Chrome.hints(&screen, s, regions.hints)
        switch s.overlay {
        case .help(let scroll)?: HelpView.draw(&screen, s, scroll: scroll, in: regions.content)
        case .messages(let scroll)?:
            HelpView.page(&screen, title: "Messages", lines: MessageLogContent.lines(s), scroll: scroll, in: regions.content)
        case .form(let f)?: FormView.draw(&screen, s, f, in: regions.content)
        case .confirm(let c)?: Dialogs.confirm(&screen, c, in: regions.content)
        case .menu(let m)?: Dialogs.menu(&screen, m, in: regions.content)
        case .picker(let p, let f)?:
            FormView.draw(&screen, s, f, in: regions.content)
            Dialogs.picker(&screen, p, in: regions.content)
        case nil: break
        }
        return screen
    }

    static func drawTooSmall(_ screen: inout Screen, _ s: AppState) {
        screen.fill(screen.bounds)
        let need = AppState.minimumSize
        let lines = ["SaferPlan", "Enlarge the window", "to at least \(need.width)×\(need.height)",
                     "(now \(s.size.width)×\(s.size.height))", "q quits"]
        let top = max(0, (s.size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < s.size.height {
            let t = Layout.truncate(l, to: s.size.width)
            screen.put(t, x: max(0, (s.size.width - TextWidth.width(of: t)) / 2), y: top + i, role: i == 1 ? .warning : .normal)
        }
    }
}
