/// Where a key is pressed: the key map has a table per context.
public enum KeyContext: String, CaseIterable, Sendable {
    /// Everywhere except forms, text fields and dialogs.
    case global
    /// Browsing a list, tree or detail pane.
    case list
    /// A form of fields.
    case form
    /// A dialog asking yes or no.
    case dialog
    /// A list to pick from.
    case picker
    /// A menu of choices.
    case menu
    /// The `:` and `/` line.
    case input
    /// The help overlay.
    case help

    /// The context's heading in the help ("Everywhere", "Forms").
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .list: return "Lists and details"
        case .form: return "Forms"
        case .dialog: return "Questions"
        case .picker: return "Picking from a list"
        case .menu: return "Menus"
        case .input: return "The command and search line"
        case .help: return "This help"
        }
    }
}

/// One binding: in `context`, these `keys` run `command`.
public struct Binding: Sendable, Equatable {
    /// Where the binding applies.
    public var context: KeyContext
    /// What the keys run.
    public var command: Command
    /// The keys, any of which runs the command.
    public var keys: [Key]
}

/// The key map as data: (context, key) → command. Help is generated from it, and the user's
/// config file can rebind any command.
public struct KeyMap: Sendable, Equatable {
    /// Every binding, in order.
    public private(set) var bindings: [Binding]

    /// A key map of `bindings`.
    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The command for `key` in `context` (falling back to global bindings for list-like contexts).
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b.command }
        if context == .list || context == .help || context == .picker {
            return bindings.first { $0.context == .global && $0.keys.contains(key) }?.command
        }
        return nil
    }

    /// The keys bound to `command` in `context` (or globally).
    public func keys(for command: Command, in context: KeyContext) -> [Key] {
        bindings.first { $0.context == context && $0.command == command }?.keys
            ?? bindings.first { $0.context == .global && $0.command == command }?.keys ?? []
    }

    /// The first key of `command`, as shown in hints.
    public func label(_ command: Command, in context: KeyContext) -> String {
        keys(for: command, in: context).first?.label ?? ""
    }

    /// Applies overrides such as `quit = "q, ctrl-q"` or `list.down = "j, down"`; returns
    /// problems as (line, message).
    public mutating func apply(overrides: [(name: String, keys: String, line: Int)]) -> [(Int, String)] {
        var problems: [(Int, String)] = []
        for o in overrides {
            let parts = o.name.split(separator: ".").map(String.init)
            let contextName = parts.count == 2 ? parts[0] : nil
            let commandName = parts.last ?? ""
            guard let command = Command(rawValue: commandName) else {
                problems.append((o.line, "unknown command \"\(commandName)\"; see the help for command names"))
                continue
            }
            let context = contextName.flatMap(KeyContext.init(rawValue:))
            if contextName != nil && context == nil {
                problems.append((o.line, "unknown context \"\(contextName ?? "")\"; expected one of "
                                 + KeyContext.allCases.map(\.rawValue).joined(separator: ", ")))
                continue
            }
            var keys: [Key] = []
            for name in o.keys.split(separator: ",") {
                guard let k = Key(name: String(name)) else {
                    problems.append((o.line, "\"\(String(name).trimmingWhitespace())\" is not a key name"))
                    continue
                }
                keys.append(k)
            }
            guard !keys.isEmpty else { continue }
            var matched = false
            for i in bindings.indices where bindings[i].command == command && (context == nil || bindings[i].context == context) {
                bindings[i].keys = keys
                matched = true
            }
            if !matched, let context { bindings.append(Binding(context: context, command: command, keys: keys)) }
        }
        return problems
    }

    /// The standard bindings: arrows and vi keys.
    public static let standard = KeyMap(bindings: [
        Binding(context: .global, command: .quit, keys: [.char("q")]),
        Binding(context: .global, command: .help, keys: [.char("?"), .function(1)]),
        Binding(context: .global, command: .refresh, keys: [.ctrl("l")]),
        Binding(context: .global, command: .suspend, keys: [.ctrl("z")]),
        Binding(context: .global, command: .section1, keys: [.char("1")]),
        Binding(context: .global, command: .section2, keys: [.char("2")]),
        Binding(context: .global, command: .section3, keys: [.char("3")]),
        Binding(context: .global, command: .section4, keys: [.char("4")]),
        Binding(context: .global, command: .section5, keys: [.char("5")]),
        Binding(context: .global, command: .section6, keys: [.char("6")]),
        Binding(context: .global, command: .section7, keys: [.char("7")]),
        Binding(context: .global, command: .section8, keys: [.char("8")]),
        Binding(context: .global, command: .section9, keys: [.char("9")]),
        Binding(context: .global, command: .section10, keys: [.char("0")]),
        Binding(context: .global, command: .section11, keys: [.char("-")]),
        Binding(context: .global, command: .nextSection, keys: [.char("]")]),
        Binding(context: .global, command: .prevSection, keys: [.char("[")]),
        Binding(context: .global, command: .menu, keys: [.char("m"), .function(10)]),
        Binding(context: .global, command: .search, keys: [.char("/")]),
        Binding(context: .global, command: .commandLine, keys: [.char(":")]),
        Binding(context: .global, command: .messages, keys: [.char("M")]),
        Binding(context: .global, command: .undo, keys: [.char("u")]),
        Binding(context: .global, command: .redo, keys: [.ctrl("r")]),
        Binding(context: .list, command: .up, keys: [.up, .char("k")]),
        Binding(context: .list, command: .down, keys: [.down, .char("j")]),
        Binding(context: .list, command: .left, keys: [.left, .char("h")]),
        Binding(context: .list, command: .right, keys: [.right, .char("l")]),
        Binding(context: .list, command: .top, keys: [.home, .char("g")]),
        Binding(context: .list, command: .bottom, keys: [.end, .char("G")]),
        Binding(context: .list, command: .pageUp, keys: [.pageUp, .ctrl("b")]),
        Binding(context: .list, command: .pageDown, keys: [.pageDown, .ctrl("f")]),
        Binding(context: .list, command: .halfPageUp, keys: [.ctrl("u")]),
        Binding(context: .list, command: .halfPageDown, keys: [.ctrl("d")]),
        Binding(context: .list, command: .nextPane, keys: [.tab]),
        Binding(context: .list, command: .prevPane, keys: [.backTab]),
        Binding(context: .list, command: .open, keys: [.enter]),
        Binding(context: .list, command: .back, keys: [.escape]),
        Binding(context: .list, command: .add, keys: [.char("a")]),
        Binding(context: .list, command: .edit, keys: [.char("e")]),
        Binding(context: .list, command: .delete, keys: [.char("d"), .delete]),
        Binding(context: .list, command: .toggleView, keys: [.char("v")]),
        Binding(context: .list, command: .sort, keys: [.char("s")]),
        Binding(context: .list, command: .action, keys: [.char("x")]),
        Binding(context: .form, command: .nextField, keys: [.tab, .down]),
        Binding(context: .form, command: .prevField, keys: [.backTab, .up]),
        Binding(context: .form, command: .save, keys: [.ctrl("s"), .function(2)]),
        Binding(context: .form, command: .cancel, keys: [.escape]),
        Binding(context: .form, command: .externalEditor, keys: [.ctrl("e")]),
        Binding(context: .form, command: .pick, keys: [.enter]),
        Binding(context: .dialog, command: .yes, keys: [.char("y"), .enter]),
        Binding(context: .dialog, command: .no, keys: [.char("n"), .escape]),
        Binding(context: .picker, command: .open, keys: [.enter]),
        Binding(context: .picker, command: .back, keys: [.escape]),
        Binding(context: .picker, command: .up, keys: [.up]),
        Binding(context: .picker, command: .down, keys: [.down]),
        Binding(context: .picker, command: .pageUp, keys: [.pageUp]),
        Binding(context: .picker, command: .pageDown, keys: [.pageDown]),
        Binding(context: .picker, command: .pick, keys: [.char(" ")]),
        Binding(context: .picker, command: .complete, keys: [.tab]),
        Binding(context: .menu, command: .open, keys: [.enter]),
        Binding(context: .menu, command: .back, keys: [.escape, .char("q")]),
        Binding(context: .menu, command: .up, keys: [.up, .char("k")]),
        Binding(context: .menu, command: .down, keys: [.down, .char("j")]),
        Binding(context: .menu, command: .top, keys: [.home]),
        Binding(context: .menu, command: .bottom, keys: [.end]),
        Binding(context: .input, command: .open, keys: [.enter]),
        Binding(context: .input, command: .back, keys: [.escape]),
        Binding(context: .input, command: .complete, keys: [.tab]),
        Binding(context: .input, command: .up, keys: [.up]),
        Binding(context: .help, command: .search, keys: [.char("/")]),
        Binding(context: .help, command: .back, keys: [.escape, .char("q"), .char("?")]),
        Binding(context: .help, command: .up, keys: [.up, .char("k")]),
        Binding(context: .help, command: .down, keys: [.down, .char("j")]),
        Binding(context: .help, command: .pageUp, keys: [.pageUp, .ctrl("b")]),
        Binding(context: .help, command: .pageDown, keys: [.pageDown, .ctrl("f"), .char(" ")]),
    ])
}
