import AppShell
import CNcursesw
import PlanCore
import PlanUI
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses terminal: start and stop, size, colours, keys, and handing it over to others.
public final class Terminal {
    /// How many colours the terminal shows, decided when it starts (monochrome under NO_COLOR).
    public private(set) var colourDepth: ColourDepth = .monochrome
    /// Whether text is drawn in Unicode or plain ASCII.
    public let charset: Charset
    private var started = false
    private let inFD: Int32
    private var quickFailures = 0
    /// Draws frames, changed cells only.
    public let blitter = Blitter()
    /// A key read while looking behind an Esc, returned by the next call.
    private var waiting: Key?

    /// Sets up the locale (falling back to a UTF-8 locale when the environment has none) and
    /// decides whether text can be Unicode. Call before `start`.
    public static func prepareLocale(forceASCII: Bool) -> Charset {
        let utf8 = sp_setup_locale() == 1
        let term = FileSystem.environment("TERM") ?? ""
        let asciiTerms: Set<String> = ["vt100", "vt102", "vt220", "vt52", "dumb", "ansi"]
        if forceASCII || FileSystem.environment("SAFERPLAN_ASCII") != nil || asciiTerms.contains(term) || !utf8 {
            return .ascii
        }
        return .unicode
    }

    /// A terminal drawing in `charset` and reading keys from descriptor `inFD` (standard input by default).
    public init(charset: Charset, inFD: Int32 = 0) {
        self.charset = charset
        self.inFD = inFD
    }

    /// Takes over the terminal. Throws a readable message when it cannot.
    public func start(outFD: Int32 = 1, term: String? = nil, mouse: Bool) throws {
        let custom = FileSystem.environment("ESCDELAY") != nil
        let r: Int32 = term.map { t in t.withCString { sp_start($0, outFD, inFD, 25, custom ? 0 : 1) } }
            ?? sp_start(nil, outFD, inFD, 25, custom ? 0 : 1)
        guard r == 0 else {
            throw TerminalError("cannot start the terminal (TERM=\(FileSystem.environment("TERM") ?? "unset")); "
                                + "is this an interactive terminal?")
        }
        started = true
        sp_install_signals()
        let colours = Int(sp_colors())
        if FileSystem.environment("NO_COLOR") != nil {
            colourDepth = .monochrome
        } else if colours >= 256 {
            colourDepth = .full256
        } else if colours >= 8 {
            colourDepth = .basic8
        } else {
            colourDepth = .monochrome
        }
        if mouse { sp_mouse(1) }
    }

    /// Gives the terminal back in its original state. Safe to call more than once.
    public func stop() {
        guard started else { return }
        started = false
        sp_end()
    }

    /// The terminal's size now, in columns and rows.
    public var size: Size {
        var rows: Int32 = 0, cols: Int32 = 0
        sp_size(&rows, &cols)
        return Size(width: Int(cols), height: Int(rows))
    }

    /// Stops the process like Ctrl-Z in a shell, restoring the terminal first and taking it back after.
    public func suspend() {
        sp_pause()
        sp_stop_self()
        sp_resume()
        blitter.invalidate()
    }

    /// How long a read may take once poll() said the input is readable.
    static let readAfterWakeMs: Int32 = 100

    /// The input was readable and yet gave no key, again and again: the input is gone (a closed
    /// pipe or terminal reads as end of file at once), so the loop must not spin on it. Nil while
    /// that may still be a one-off (a sequence ncurses dropped).
    private func readableButEmpty() -> TerminalEvent? {
        quickFailures += 1
        if quickFailures > 20 && sp_is_terminal(inFD) == 0 { return .hangup }
        if quickFailures > 500 { return .hangup }
        usleep(10_000)
        return nil
    }

    /// What follows an Esc at once, when it is a character: Esc then x sent together is Alt-x. Any
    /// other key found waiting is kept for the next call.
    private func altCharacter() -> Character? {
        var code: Int32 = 0, isKey: Int32 = 0, err: Int32 = 0
        guard sp_read(0, &code, &isKey, &err) == SP_READ_OK else { return nil }
        let key = isKey != 0 ? KeyDecoding.functionKey(Int(code)) : KeyDecoding.character(Int(code))
        if case .char(let c)? = key { return c }
        waiting = key
        return nil
    }

    /// Sleeps until the next event: a key, a resize, a signal, or `.timeout` when `timeoutMs`
    /// passes (never when nil) or `descriptor` becomes readable. Keys ncurses already holds come
    /// first; otherwise the process sleeps in poll() and does no work at all while idle.
    public func next(timeoutMs: Int32?, watching descriptor: Int32?) -> TerminalEvent {
        if let key = waiting {
            waiting = nil
            return .key(key)
        }
        let signal = sp_take_signal()
        if signal != 0 { return .signal(signal) }
        var code: Int32 = 0, isKey: Int32 = 0, err: Int32 = 0
        // What ncurses holds (the rest of a sequence it looked behind, a resize) needs no wait.
        var r = sp_read(0, &code, &isKey, &err)
        if Int(r) == SP_READ_NONE {
            switch Int(sp_wait(descriptor ?? -1, timeoutMs ?? -1)) {
            case SP_WAIT_INPUT:
                // The input is readable (or gone): the read returns at once, or within the time
                // ncurses gives a key's sequence to arrive whole.
                r = sp_read(Terminal.readAfterWakeMs, &code, &isKey, &err)
                if Int(r) == SP_READ_NONE, let failed = readableButEmpty() { return failed }
            case SP_WAIT_SIGNAL:
                let pending = sp_take_signal()
                if pending != 0 { return .signal(pending) }
                // SIGWINCH: ncurses turns it into KEY_RESIZE on the next read.
                r = sp_read(0, &code, &isKey, &err)
            default:
                return .timeout
            }
        }
        let pending = sp_take_signal()
        if pending != 0 { return .signal(pending) }
        switch Int(r) {
        case SP_READ_ERROR: return .hangup
        case SP_READ_NONE: return .timeout
        default: quickFailures = 0
        }
        if isKey != 0 {
            switch code {
            case Int32(SP_KEY_RESIZE): return .resize(size)
            case Int32(SP_KEY_MOUSE):
                var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
                guard sp_mouse_event(&x, &y, &kind) != 0 else { return .timeout }
                let k: MouseEvent.Kind = kind == 2 ? .wheelUp : kind == 3 ? .wheelDown : .press
                return .key(.mouse(MouseEvent(kind: k, x: Int(x), y: Int(y))))
            case Int32(SP_KEY_PASTE_BEGIN): return .key(.paste(pastedText()))
            default:
                return KeyDecoding.functionKey(Int(code)).map { .key($0) } ?? .timeout
            }
        }
        // Alt-x arrives as Esc with x already waiting behind it.
        if code == 27, let c = altCharacter() { return .key(.alt(c)) }
        return KeyDecoding.character(Int(code)).map { .key($0) } ?? .timeout
    }
}

/// A terminal failure with a message for the user.
public struct TerminalError: Error, CustomStringConvertible {
    /// The message for the user.
    public var description: String
    /// An error carrying the message `d`.
    public init(_ d: String) { description = d }
}

/// Turning the shim's codes into keys.
enum KeyDecoding {
    static func functionKey(_ code: Int) -> Key? {
        switch code {
        case Int(SP_KEY_UP): return .up
        case Int(SP_KEY_DOWN): return .down
        case Int(SP_KEY_LEFT): return .left
        case Int(SP_KEY_RIGHT): return .right
        case Int(SP_KEY_CTRL_LEFT): return .ctrlLeft
        case Int(SP_KEY_CTRL_RIGHT): return .ctrlRight
        case Int(SP_KEY_HOME): return .home
        case Int(SP_KEY_END): return .end
        case Int(SP_KEY_PGUP): return .pageUp
        case Int(SP_KEY_PGDN): return .pageDown
        case Int(SP_KEY_INSERT): return .insert
        case Int(SP_KEY_DELETE): return .delete
        case Int(SP_KEY_BACKSPACE): return .backspace
        case Int(SP_KEY_ENTER): return .enter
        case Int(SP_KEY_BTAB): return .backTab
        case let f where f > Int(SP_KEY_F0) && f <= Int(SP_KEY_F0) + 24: return .function(f - Int(SP_KEY_F0))
        default: return nil
        }
    }

    /// Enter arrives as 13, 10 or KEY_ENTER depending on nl()/nonl(): all mean Enter.
    static func character(_ code: Int) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code + 96))))
        case 0, 28...31: return nil
        default:
            guard let u = Unicode.Scalar(UInt32(code)) else { return nil }
            return .char(Character(u))
        }
    }
}

/// Monotonic milliseconds.
enum Clock {
    static func milliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}
