/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character.
    case char(Character)
    /// Ctrl with a letter, e.g. `.ctrl("d")`.
    case ctrl(Character)
    /// Alt (Meta) with a character, sent by terminals as Esc then the character, e.g. `.alt("b")`.
    case alt(Character)
    case up, down, left, right, home, end, pageUp, pageDown, insert, delete, backspace
    /// Ctrl with the left or right arrow: a word back or on where text is typed.
    case ctrlLeft, ctrlRight
    case enter, escape, tab, backTab
    case function(Int)
    /// A mouse click or wheel turn at a cell.
    case mouse(MouseEvent)
    /// Text pasted in one piece (the terminal's bracketed paste): what it holds is text, never keys,
    /// so a pasted line end does not press Enter.
    case paste(String)

    /// The key's name as written in config files and shown in help: `q`, `ctrl-d`, `down`, `f1`.
    public var description: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-\(c)"
        case .alt(let c): return "alt-\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .ctrlLeft: return "ctrl-left"
        case .ctrlRight: return "ctrl-right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .insert: return "insert"
        case .delete: return "delete"
        case .backspace: return "backspace"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .function(let n): return "f\(n)"
        case .mouse: return "mouse"
        case .paste: return "paste"
        }
    }

    /// True for pasted text.
    public var isPaste: Bool {
        if case .paste = self { return true }
        return false
    }

    /// Short form for the hint bar and help: `↑`, `^D`, `Enter`.
    public var label: String {
        switch self {
        case .ctrl(let c): return "^" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c).uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .ctrlLeft: return "^Left"
        case .ctrlRight: return "^Right"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .delete: return "Del"
        case .backspace: return "Bksp"
        case .function(let n): return "F\(n)"
        default: return description
        }
    }

    /// Parses a key name as written in the config file.
    public init?(name raw: String) {
        let n = raw.trimmingWhitespace()
        let lower = n.lowercased()
        let named: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "ctrl-left": .ctrlLeft, "ctrl-right": .ctrlRight, "home": .home, "end": .end,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "insert": .insert,
            "delete": .delete, "del": .delete, "backspace": .backspace, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
            "space": .char(" "), "comma": .char(","),
        ]
        if let k = named[lower] { self = k; return }
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter { self = .ctrl(c); return }
        if lower.hasPrefix("alt-"), lower.count == 5, let c = n.last { self = .alt(c); return }
        if lower.hasPrefix("f"), let v = Int(lower.dropFirst()), (1...12).contains(v) { self = .function(v); return }
        if n.count == 1, let c = n.first { self = .char(c); return }
        return nil
    }
}

/// What the mouse did.
public struct MouseEvent: Hashable, Sendable {
    /// A button press, or the wheel turned up or down.
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    /// What the mouse did.
    public var kind: Kind
    /// The column, counted from 0.
    public var x: Int
    /// The row, counted from 0.
    public var y: Int

    /// An event of `kind` at column `x`, row `y`.
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
