/// An organisation chart of bodies drawn as text: boxes top-down by reporting line, like the
/// diagrams in partnership plans, with an indented tree when the boxes would not fit the width.
public struct OrgChart: Sendable {
    /// Line-drawing characters: box drawing, or plain ASCII.
    public struct Lines: Sendable {
        let h, v, tl, tr, bl, br, tee, teeUp, teeLeft, teeRight, cross, branch, last: String
        /// Unicode box-drawing lines.
        public static let unicode = Lines(h: "─", v: "│", tl: "┌", tr: "┐", bl: "└", br: "┘", tee: "┬", teeUp: "┴",
                                          teeLeft: "┤", teeRight: "├", cross: "┼", branch: "├─ ", last: "└─ ")
        /// Plain ASCII lines, for terminals and files that cannot show box drawing.
        public static let ascii = Lines(h: "-", v: "|", tl: "+", tr: "+", bl: "+", br: "+", tee: "+", teeUp: "+",
                                        teeLeft: "+", teeRight: "+", cross: "+", branch: "+- ", last: "`- ")
    }

    struct Node {
        var body: Body
        var children: [Node]
        /// Other parents this body also reports to.
        var alsoTo: [String]
    }

    let roots: [Node]
    let lines: Lines
    let byID: [String: Body]
    /// How many lines a body's name may take in its box before it is cut.
    let labelLines: Int

    /// The chart of `bodies` (those not former, unless `includeFormer`); a body with several
    /// parents is drawn under its first and marked with the others.
    public init(_ bodies: [Body], ascii: Bool = false, includeFormer: Bool = false, labelLines: Int = 2) {
        self.labelLines = labelLines
        let shown = bodies.filter { includeFormer || $0.status != .former }
        var ids = Set<String>()
        for b in shown { ids.insert(b.id) }
        var byID: [String: Body] = [:]
        for b in shown { byID[b.id] = b }
        self.byID = byID
        lines = ascii ? .ascii : .unicode
        func primary(_ b: Body) -> String? { b.parents.first { ids.contains($0) } }
        var visited = Set<String>()
        func node(_ b: Body) -> Node {
            visited.insert(b.id)
            let kids = shown.filter { primary($0) == b.id && !visited.contains($0.id) }
            let p = primary(b)
            return Node(body: b, children: kids.map { node($0) },
                        alsoTo: b.parents.filter { $0 != p && ids.contains($0) })
        }
        var roots: [Node] = []
        for b in shown where primary(b) == nil { roots.append(node(b)) }
        // Anything left (a cycle) is drawn from its first unvisited member.
        for b in shown where !visited.contains(b.id) { roots.append(node(b)) }
        self.roots = roots
    }

    /// The chart as lines no wider than `width` when boxes fit; otherwise the indented tree.
    public func draw(width: Int) -> [String] {
        let boxes = roots.flatMap { r -> [String] in block(r).lines + [""] }
        let widest = boxes.map { $0.count }.max() ?? 0
        if widest <= width { return trimTrailingBlank(boxes) }
        return tree()
    }

    /// The label inside a body's box.
    func label(_ b: Body) -> [String] {
        var out = b.acronym.isEmpty ? OrgChart.wrap(b.name, width: 22, lines: labelLines) : [b.acronym]
        if b.status == .proposed { out.append("(proposed)") }
        if let extra = (b.parents.dropFirst().first.flatMap { byID[$0] }) { out.append("+ " + extra.shortName.prefix(16)) }
        return out
    }

    /// One box: top, label lines, bottom (with a connector up when it has a parent, down when it has children).
    func box(_ b: Body, up: Bool, down: Bool) -> [String] {
        let text = label(b)
        let inner = (text.map { $0.count }.max() ?? 1) + 2
        let mid = inner / 2
        func edge(_ left: String, _ right: String, connector: Bool, _ c: String) -> String {
            var s = left
            for i in 0..<inner { s += (connector && i == mid) ? c : lines.h }
            return s + right
        }
        var out = [edge(lines.tl, lines.tr, connector: up, lines.teeUp)]
        for t in text {
            let pad = inner - t.count
            out.append(lines.v + String(repeating: " ", count: pad / 2) + t + String(repeating: " ", count: pad - pad / 2) + lines.v)
        }
        out.append(edge(lines.bl, lines.br, connector: down, lines.tee))
        return out
    }

    /// A subtree drawn as a block of equal-width lines, its box centred over its children, with
    /// the column of its box's connector.
    func block(_ n: Node, hasParent: Bool = false) -> (lines: [String], centre: Int) {
        let me = box(n.body, up: hasParent, down: !n.children.isEmpty)
        let meWidth = me[0].count
        let meConnector = 1 + (meWidth - 2) / 2
        guard !n.children.isEmpty else { return (me, meConnector) }
        let kids = childBlocks(n.children)
        let gap = 2
        let kidsWidth = kids.map { $0.lines[0].count }.reduce(0, +) + gap * (kids.count - 1)
        var width = max(meWidth, kidsWidth)
        var kidsLeft = (width - kidsWidth) / 2
        if kids.count == 1, let only = kids.first {
            // A single child hangs straight below the parent's connector.
            kidsLeft = max(0, meConnector - only.centre)
            width = max(meWidth, kidsLeft + kidsWidth)
        }
        var centres: [Int] = []
        var x = kidsLeft
        for k in kids {
            centres.append(x + k.centre)
            x += k.lines[0].count + gap
        }
        let middle = ((centres.first ?? 0) + (centres.last ?? 0)) / 2
        let meLeft = max(0, min(width - meWidth, middle - meConnector))
        let meCentre = meLeft + meConnector
        var out = me.map { pad(String(repeating: " ", count: meLeft) + $0, width) }
        out.append(rail(width: width, parent: meCentre, children: centres))
        let tallest = kids.map(\.lines.count).max() ?? 0
        for row in 0..<tallest {
            var line = String(repeating: " ", count: kidsLeft)
            for (k, kid) in kids.enumerated() {
                line += row < kid.lines.count ? kid.lines[row] : String(repeating: " ", count: kid.lines[0].count)
                if k < kids.count - 1 { line += String(repeating: " ", count: gap) }
            }
            out.append(pad(line, width))
        }
        return (out, meCentre)
    }

    /// The children as blocks side by side: a child with children of its own is a block; runs of
    /// childless siblings are stacked one under another on a rail, so wide groups stay narrow.
    func childBlocks(_ children: [Node]) -> [(lines: [String], centre: Int)] {
        guard children.count > 2 else { return children.map { block($0, hasParent: true) } }
        var out: [(lines: [String], centre: Int)] = []
        var run: [Node] = []
        func flush() {
            if run.count == 1 { out.append(block(run[0], hasParent: true)) } else if !run.isEmpty { out.append(stack(run)) }
            run = []
        }
        for c in children {
            if c.children.isEmpty { run.append(c) } else { flush(); out.append(block(c, hasParent: true)) }
        }
        flush()
        return out
    }

    /// Childless bodies one under another, each joined to a rail down the left.
    func stack(_ nodes: [Node]) -> (lines: [String], centre: Int) {
        var out = [lines.v]
        for (k, n) in nodes.enumerated() {
            let last = k == nodes.count - 1
            let b = box(n.body, up: false, down: false)
            for (r, line) in b.enumerated() {
                let prefix: String
                if r == 1 { prefix = (last ? lines.bl : lines.teeRight) + lines.h + lines.h } else if r == 0 || !last {
                    prefix = lines.v + "  "
                } else {
                    prefix = "   "
                }
                out.append(prefix + line)
            }
        }
        let width = out.map(\.count).max() ?? 0
        return (out.map { pad($0, width) }, 0)
    }

    /// The line joining a parent's connector to its children's.
    func rail(width: Int, parent: Int, children: [Int]) -> String {
        var cells = Array(repeating: " ", count: width)
        guard let first = children.first, let last = children.last else { return cells.joined() }
        let lo = min(first, parent), hi = max(last, parent)
        for i in lo...hi {
            let child = children.contains(i)
            let up = i == parent
            let left = i > lo, right = i < hi
            cells[i] = junction(up: up, down: child, left: left, right: right)
        }
        return cells.joined()
    }

    /// The box-drawing character joining the given directions.
    func junction(up: Bool, down: Bool, left: Bool, right: Bool) -> String {
        switch (up, down, left, right) {
        case (true, true, false, false): return lines.v
        case (false, false, _, _): return lines.h
        case (true, true, true, true): return lines.cross
        case (true, true, false, true): return lines.teeRight
        case (true, true, true, false): return lines.teeLeft
        case (true, false, true, true): return lines.teeUp
        case (true, false, false, true): return lines.bl
        case (true, false, true, false): return lines.br
        case (false, true, true, true): return lines.tee
        case (false, true, false, true): return lines.tl
        case (false, true, true, false): return lines.tr
        default: return lines.v
        }
    }

    /// The indented tree, for charts wider than the window.
    public func tree() -> [String] {
        var out: [String] = []
        func walk(_ n: Node, prefix: String, isLast: Bool, isRoot: Bool) {
            var text = n.body.name + (n.body.acronym.isEmpty ? "" : " (\(n.body.acronym))")
            if n.body.status == .proposed { text += " [proposed]" }
            if !n.alsoTo.isEmpty { text += " — also reports to " + n.alsoTo.compactMap { byID[$0]?.shortName }.joined(separator: ", ") }
            out.append(isRoot ? text : prefix + (isLast ? lines.last : lines.branch) + text)
            let childPrefix = isRoot ? "" : prefix + (isLast ? "   " : lines.v + "  ")
            for (k, c) in n.children.enumerated() {
                walk(c, prefix: childPrefix, isLast: k == n.children.count - 1, isRoot: false)
            }
        }
        for r in roots { walk(r, prefix: "", isLast: true, isRoot: true) }
        return out
    }

    /// Words in lines of at most `width` characters, at most `lines` of them (the last cut with …).
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var out: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= width { line += " " + word } else {
                out.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { out.append(line) }
        if out.count > lines {
            out = Array(out.prefix(lines))
            out[lines - 1] = String(out[lines - 1].prefix(width - 1)) + "…"
        }
        return out.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
    }

    func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }

    func trimTrailingBlank(_ lines: [String]) -> [String] {
        var l = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while l.last?.isEmpty == true { l.removeLast() }
        return l
    }
}
