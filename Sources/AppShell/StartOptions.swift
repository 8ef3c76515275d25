/// How the app was asked to start.
public struct StartOptions: Sendable {
    /// Open read-only (`--read-only`).
    public var readOnly = false
    /// The theme asked for by name, if any.
    public var theme: String?
    /// Draw with ASCII only (`--ascii`).
    public var forceASCII = false
    /// Mouse reporting on or off; nil leaves it to the configuration.
    public var mouse: Bool?
    /// A note to show in the status line at start (e.g. where the demo was written).
    public var startMessage: String?

    /// The defaults: writable, the configured theme, Unicode where the terminal has it.
    public init() {}
}
