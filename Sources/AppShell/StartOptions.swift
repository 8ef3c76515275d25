/// How the app was asked to start.
public struct StartOptions: Sendable {
    public var readOnly = false
    public var theme: String?
    public var forceASCII = false
    public var mouse: Bool?
    /// A note to show in the status line at start (e.g. where the demo was written).
    public var startMessage: String?

    public init() {}
}
