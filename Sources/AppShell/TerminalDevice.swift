import PlanUI

/// Something that happened at the terminal.
public enum TerminalEvent: Equatable, Sendable {
    /// A key was pressed (or the mouse used).
    case key(Key)
    /// The terminal changed to this size.
    case resize(Size)
    /// A signal arrived (SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGTSTP, SIGCONT).
    case signal(Int32)
    /// The terminal went away without a signal: input reads fail.
    case hangup
    /// The wait ended without input: its time ran out, or the descriptor it watched became
    /// readable (a change in the workspace folder).
    case timeout
}

/// How a program the terminal was handed to (an editor) came back.
public enum ProgramOutcome: Equatable, Sendable {
    /// It ended with this exit status.
    case exited(Int32)
    /// A signal ended it.
    case killed(signal: Int32)
    /// It could not be started, with the reason as words to follow its name ("was not found").
    case notStarted(String)
    /// SIGHUP or SIGTERM reached the app while the program ran; it was passed on to the program,
    /// which has ended or been given a moment to.
    case interrupted(signal: Int32)
}

/// The small surface the application shell needs from a terminal. The ncurses backend implements
/// it; tests drive the whole loop with a scripted one.
public protocol TerminalDevice: AnyObject {
    /// The window's size now.
    var size: Size { get }
    /// Whether text may be Unicode.
    var charset: Charset { get }
    /// True when the terminal shows no colour (NO_COLOR, or a monochrome terminal): the selection
    /// is then drawn in reverse video across the row.
    var isMonochrome: Bool { get }
    /// Colours every role from `theme` at the terminal's colour depth.
    func apply(_ theme: Theme)
    /// Shows `screen`, writing what changed since the last frame.
    func draw(_ screen: Screen)
    /// Forgets the last frame so the next one is drawn whole.
    func invalidate()
    /// Sleeps until the next event: a key, a resize, a signal, or `.timeout` when `timeoutMs`
    /// passes (never when it is nil) or `descriptor` (when given) becomes readable. Idle is idle:
    /// with no time-out and a quiet descriptor it does not wake at all.
    func next(timeoutMs: Int32?, watching descriptor: Int32?) -> TerminalEvent
    /// Stops the process as Ctrl-Z in a shell does, giving the terminal back first and taking it after.
    func suspend()
    /// Gives the terminal to `program` (its words, the file first looked up in PATH) in the app's
    /// own process group, waits for it (a stop of the program stops the app too), and takes the
    /// terminal back with a full redraw.
    func handOver(to program: [String]) -> ProgramOutcome
    /// Gives the terminal back in its original state. Safe to call more than once.
    func stop()
    /// What to do, on another thread, when SIGHUP or SIGTERM is not taken by the loop within two
    /// seconds because it is busy with long work: keep what can be kept; the terminal is then
    /// restored and the process exits with 128 + the signal.
    func setEmergencyExit(_ keep: @escaping @Sendable (Int32) -> Void)
}

extension TerminalDevice {
    /// A terminal shows colour unless it says otherwise.
    public var isMonochrome: Bool { false }
}
