import PlanCore

/// The first screen when there are several workspaces: pick one, or start a new one.
public struct WorkspaceChooser: Sendable {
    /// What a key did: nothing to act on, a workspace chosen by its folder, a new one asked for, or leaving.
    public enum Outcome: Equatable { case stay, chosen(String), newWorkspace, cancelled }

    /// The workspace folders offered, in order.
    public let folders: [String]
    /// The partnership's name for each folder (the folder's name when the workspace cannot be read).
    public let names: [String]
    /// A note shown above the list, if any.
    public let note: String?
    /// The row selected; `folders.count` is the "start a new workspace" row.
    public var cursor = 0

    /// A chooser over `folders`, reading each partnership's name from its workspace.
    public init(folders: [String], note: String?) {
        self.folders = folders
        self.note = note
        names = folders.map { folder in
            // The partnership's name, read quickly from the workspace when possible.
            (try? WorkspaceStore.load(folder: folder).workspace.partnership.name) ?? FileSystem.baseName(of: folder)
        }
    }

    /// Applies a key: moves the selection, chooses (Enter or a digit), asks for a new workspace (n) or cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .up, .char("k"): cursor = max(0, cursor - 1)
        case .down, .char("j"): cursor = min(folders.count, cursor + 1)
        case .enter: return cursor == folders.count ? .newWorkspace : .chosen(folders[cursor])
        case .char("n"): return .newWorkspace
        case .escape, .char("q"), .ctrl("c"): return .cancelled
        case .char(let c):
            if let n = c.wholeNumberValue, n >= 1, n <= folders.count { return .chosen(folders[n - 1]) }
        default: break
        }
        return .stay
    }

    /// Draws the chooser on a screen of `size`; a window too small shows only a request to enlarge it.
    public func render(size: Size, charset: Charset) -> Screen {
        var screen = Screen(size: size, charset: charset)
        screen.fill(screen.bounds)
        guard size.width >= 30, size.height >= 8 else {
            screen.put("Enlarge the window", x: 0, y: 0, role: .warning)
            return screen
        }
        screen.fill(Rect(x: 0, y: 0, width: size.width, height: 1), role: .title)
        screen.put(" SaferPlan · choose a workspace", x: 0, y: 0, role: .title)
        var y = 2
        if let note {
            for line in Layout.wrap(note, width: size.width - 4) {
                screen.put(line, x: 2, y: y, role: .info)
                y += 1
            }
            y += 1
        }
        for (i, name) in names.enumerated() where y < size.height - 2 {
            let role: Role = i == cursor ? .selection : .normal
            screen.fill(Rect(x: 1, y: y, width: size.width - 2, height: 1), role: role)
            screen.put(" \(i + 1)  \(name)", x: 1, y: y, role: role, maxX: size.width - 1)
            y += 1
            screen.put("      " + folders[i], x: 1, y: y, role: .dim, maxX: size.width - 1)
            y += 2
        }
        if y < size.height - 1 {
            let role: Role = cursor == folders.count ? .selection : .normal
            screen.fill(Rect(x: 1, y: y, width: size.width - 2, height: 1), role: role)
            screen.put(" n  New workspace for your own partnership…", x: 1, y: y, role: role, maxX: size.width - 1)
        }
        screen.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), role: .keyHint)
        screen.put(" Enter open  Up/Down choose  1-9 open that one  n new  q leave", x: 0, y: size.height - 1, role: .keyHint)
        return screen
    }
}
