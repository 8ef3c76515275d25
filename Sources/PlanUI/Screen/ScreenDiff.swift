/// A run of changed cells on one line that share a style: one write to the terminal.
public struct ChangedRun: Equatable, Sendable {
    /// The column of the run's first cell.
    public var x: Int
    /// The line the run is on.
    public var y: Int
    /// The cells in order, wide characters once (their continuation halves left out).
    public var cells: [Cell]
}

extension Screen {
    /// The runs of cells that differ from `previous`, each run one style and only changed cells;
    /// every cell when there is no previous frame of the same size. A wide character counts as
    /// changed when either of its halves did.
    public func changedRuns(since previous: Screen?) -> [ChangedRun] {
        let old = previous?.size == size ? previous : nil
        func same(_ x: Int, _ y: Int) -> Bool {
            guard let p = old else { return false }
            let c = self[x, y]
            return p[x, y] == c && (c.width != 2 || p[x + 1, y] == self[x + 1, y])
        }
        var runs: [ChangedRun] = []
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = self[x, y]
                if same(x, y) || cell.width == 0 {
                    x += 1
                    continue
                }
                var run = ChangedRun(x: x, y: y, cells: [])
                var cx = x
                while cx < size.width {
                    let c = self[cx, y]
                    if c.width == 0 { cx += 1; continue }
                    guard c.role == cell.role && c.italic == cell.italic else { break }
                    if cx > x, same(cx, y) { break }
                    run.cells.append(c)
                    cx += Int(c.width)
                }
                runs.append(run)
                x = cx
            }
        }
        return runs
    }

    /// How many cells differ from `other` (of the same size; every cell otherwise).
    public func changedCellCount(since other: Screen) -> Int {
        guard other.size == size else { return cells.count }
        return zip(cells, other.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }
}
