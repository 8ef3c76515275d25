/// Where each part of the screen goes, worked out the same way by the views and the reducer.
public struct Regions: Equatable, Sendable {
    /// The title bar, the top row.
    public var title: Rect
    /// The tab bar, the second row.
    public var tabs: Rect
    /// Everything between the tabs and the status line.
    public var content: Rect
    /// The list pane (including its header lines and column titles).
    public var list: Rect
    /// The detail pane, when shown.
    public var detail: Rect?
    /// The status line, the second row from the bottom.
    public var status: Rect
    /// The key hints, the bottom row.
    public var hints: Rect
    /// True when list and detail sit side by side.
    public var sideBySide: Bool

    /// The layout for a window: side by side from 140 columns, stacked below that (tables want
    /// the whole width more than the detail wants the side).
    /// `listOnly` gives the whole content area to the list (Enter then opens the detail in full).
    public init(size: Size, zoomed: Bool, headerLines: Int, rowCount: Int = 1_000, listOnly: Bool = false) {
        let w = size.width, h = size.height
        title = Rect(x: 0, y: 0, width: w, height: 1)
        tabs = Rect(x: 0, y: 1, width: w, height: 1)
        status = Rect(x: 0, y: h - 2, width: w, height: 1)
        hints = Rect(x: 0, y: h - 1, width: w, height: 1)
        content = Rect(x: 0, y: 2, width: w, height: max(0, h - 4))
        sideBySide = w >= 140
        if zoomed {
            list = Rect(x: 0, y: content.y, width: 0, height: 0)
            detail = content
        } else if listOnly {
            list = content
            detail = nil
        } else if sideBySide {
            let lw = max(50, w * 55 / 100)
            list = Rect(x: 0, y: content.y, width: lw, height: content.height)
            detail = Rect(x: lw + 1, y: content.y, width: w - lw - 1, height: content.height)
        } else {
            // A short list leaves its spare rows to the detail pane.
            let minimum = headerLines + 4
            let natural = headerLines + 1 + max(1, rowCount) + 1
            let lh = max(minimum, min(content.height - 5, (content.height + headerLines) * 11 / 20, natural))
            list = Rect(x: 0, y: content.y, width: w, height: lh)
            detail = Rect(x: 0, y: content.y + lh + 1, width: w, height: content.height - lh - 1)
        }
    }

    /// Rows of the list that show records, below its header lines and column titles.
    public func listBodyRows(headerLines: Int) -> Int { max(0, list.height - headerLines - 1) }
}
