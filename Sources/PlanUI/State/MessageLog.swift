import PlanCore

/// A message as it was shown, kept for `:messages`: when, what it said in full, and how serious.
public struct LoggedMessage: Equatable, Sendable {
    /// The local time of the key that led to it ("08:15:02"), as the shell last reported it.
    public var time: String
    /// The message.
    public var message: Message
}

/// The session's messages, newest last, so one that went by can be read again.
public struct MessageLog: Equatable, Sendable {
    /// The messages kept, newest last.
    public private(set) var entries: [LoggedMessage] = []
    /// The most kept.
    public let limit: Int

    /// An empty log keeping at most `limit` messages.
    public init(limit: Int = 500) { self.limit = limit }

    /// Keeps `message`, unless it repeats the one before.
    public mutating func append(_ message: Message, time: String) {
        if entries.last?.message == message { return }
        entries.append(LoggedMessage(time: time, message: message))
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }
}

/// The message log as a page: the messages, then what undo and redo would do next.
public enum MessageLogContent {
    /// The page's lines for the state `s`.
    public static func lines(_ s: AppState) -> [DetailLine] {
        var d = DetailBuilder()
        d.text("Messages — newest last. Esc closes; u and Ctrl-R work from the list.", .strong)
        if s.messageLog.entries.isEmpty { d.text("  No messages yet.", .dim) }
        for e in s.messageLog.entries {
            let role: Role = e.message.level == .error ? .error : e.message.level == .warning ? .warning : .normal
            d.line(DetailLine([Span("  " + Layout.fit(e.time, 9), .dim), Span(" " + e.message.text, role)]))
        }
        d.heading("Undo history")
        if s.undo.past.isEmpty { d.text("  Nothing to undo.", .dim) }
        for (k, snap) in s.undo.past.reversed().enumerated() {
            d.line(DetailLine([Span(k == 0 ? "  u undoes  " : "            ", .keyName), Span(snap.label)]))
        }
        if !s.undo.future.isEmpty {
            d.heading("Redo")
            for (k, snap) in s.undo.future.reversed().enumerated() {
                d.line(DetailLine([Span(k == 0 ? "  ^R redoes " : "            ", .keyName), Span(snap.label)]))
            }
        }
        return d.lines
    }
}
