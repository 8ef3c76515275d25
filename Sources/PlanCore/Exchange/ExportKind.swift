/// What `export` writes.
public enum ExportSubject: String, Sendable, CaseIterable {
    /// Each case's raw value is the subject as `export` takes it on the command line.
    case plan, risks, actions, indicators, governance, budget, partners, engagement, timetable, glossary

    /// True for the subjects that have a board paper (the directory lists have tables only).
    public var hasPaper: Bool { ![.partners, .engagement, .timetable, .glossary].contains(self) }
}

/// The form `export` writes it in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// A stable machine form (documented in the README).
    case json
    /// RFC 4180, UTF-8, one row per record.
    case csv
    /// A board paper in Markdown.
    case md
    /// A board paper in HTML that prints on A4.
    case html
    /// A board paper as a Word document (Office Open XML).
    case docx
    /// A board paper as PDF, converted by LibreOffice or Chromium.
    case pdf
    /// An Excel workbook (the tabular sections).
    case xlsx

    /// True for the formats that are text (written through the terminal-safe path).
    public var isText: Bool { [.json, .csv, .md, .html].contains(self) }
}

/// A request the exporter cannot meet, with the reason.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why, in words for the officer, e.g. "there is no board paper of the glossary; export it as csv,
    /// xlsx or json".
    public var message: String
    /// An error explained by `message`.
    public init(_ message: String) { self.message = message }
    /// The message as given.
    public var description: String { message }
}
