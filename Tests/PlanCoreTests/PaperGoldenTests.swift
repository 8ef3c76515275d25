import Foundation
import Testing
@testable import PlanCore

/// Every board paper of every demo, compared byte for byte with the copy kept under
/// `PaperGolden/`: the Markdown, the HTML, and the Word document's `word/document.xml`.
///
/// Papers are made as at each demo's own date (never the day the test runs). When a paper changes
/// on purpose, run the tests with `SAFERPLAN_RECORD_SNAPSHOTS=1` to write the new copies, and read
/// the difference in `git diff` before committing it.
@Suite("Board papers against golden files")
struct PaperGoldenTests {
    /// A paper of a demo: its subject, and whether it is the plan's short summary.
    struct Case: CustomTestStringConvertible, Sendable {
        var demo: String
        var subject: ExportSubject
        var summary: Bool
        var name: String { "\(demo)-\(subject.rawValue)\(summary ? "-summary" : "")" }
        var testDescription: String { name }
    }

    static let cases: [Case] = DemoWorkspaces.all.flatMap { demo in
        ExportSubject.allCases.filter(\.hasPaper).flatMap { subject in
            (subject == .plan ? [false, true] : [false]).map { Case(demo: demo.name, subject: subject, summary: $0) }
        }
    }

    static func workspace(_ demo: String) -> Workspace {
        DemoWorkspaces.all.first { $0.name == demo }?.workspace ?? Workspace()
    }

    /// The demo's own as-at date; a fixed day for a demo without one.
    static func options(_ ws: Workspace, summary: Bool) -> PaperOptions {
        PaperOptions(summary: summary, today: ws.info.asOf ?? Day(year: 2009, month: 11, day: 16) ?? Day(dayNumber: 0))
    }

    @Test(arguments: cases)
    func paperMatchesItsGoldenFiles(_ c: Case) throws {
        let ws = Self.workspace(c.demo)
        let options = Self.options(ws, summary: c.summary)
        let paper = try Papers.paper(c.subject, of: ws, options: options)
        assertGolden(Array(MarkdownPaper.render(paper).utf8), named: c.name + ".md")
        assertGolden(Array(HTMLPaper.render(paper).utf8), named: c.name + ".html")
        assertGolden(Array(DocxPaper.document(paper).utf8), named: c.name + ".document.xml")
    }

    /// Every golden file belongs to a paper still made (a paper renamed or dropped leaves none behind).
    @Test func everyGoldenFileIsAPaperStillMade() throws {
        let kept = Set(try FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder.path))
        let made = Set(Self.cases.flatMap { c in ["md", "html", "document.xml"].map { "\(c.name).\($0)" } })
        #expect(kept.subtracting(made).isEmpty, "golden files of no paper: \(kept.subtracting(made).sorted())")
    }

    @Test func theComparisonNamesWhereTheFilesFirstDiffer() {
        #expect(GoldenFile.difference(expected: Array("a\nb\nc\n".utf8), actual: Array("a\nB\nc\n".utf8), name: "x.md")
                == "x.md differs at line 2, byte 3 (SAFERPLAN_RECORD_SNAPSHOTS=1 re-records):\nexpected: b\nactual:   B")
        #expect(GoldenFile.difference(expected: Array("a\n".utf8), actual: Array("a\n".utf8), name: "x.md") == nil)
        #expect(GoldenFile.difference(expected: Array("a\n".utf8), actual: Array("a\nmore\n".utf8), name: "x.md")
                == "x.md differs at line 2, byte 3 (SAFERPLAN_RECORD_SNAPSHOTS=1 re-records):\nexpected: <end>\nactual:   more")
        // In one long line (the Word XML) the text around the first difference is shown, not the line.
        let long = String(repeating: "<w:p/>", count: 20)
        #expect(GoldenFile.difference(expected: Array((long + "<w:t>Low</w:t>" + long).utf8),
                                      actual: Array((long + "<w:t>High</w:t>" + long).utf8), name: "d.xml")
                == "d.xml differs at line 1, byte 126 (SAFERPLAN_RECORD_SNAPSHOTS=1 re-records):\n"
                + "expected: …w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:t>Low</w:t><w:p/><w:p/><w:p/><w:p/><w:p/><\n"
                + "actual:   …w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:t>High</w:t><w:p/><w:p/><w:p/><w:p/><w:p/>")
    }
}

/// Comparing bytes with a file kept beside the tests.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PaperGolden")

    /// Nil when the two are the same bytes; else where they first differ (line, and byte of the
    /// file, as the Word XML is one long line) with the text around it in each.
    static func difference(expected: [UInt8], actual: [UInt8], name: String) -> String? {
        guard expected != actual else { return nil }
        let common = zip(expected, actual).prefix { $0.0 == $0.1 }.count
        let newline = UInt8(ascii: "\n")
        let line = expected[..<common].count { $0 == newline } + 1
        let lineStart = expected[..<common].lastIndex(of: newline).map { $0 + 1 } ?? 0
        func excerpt(_ bytes: [UInt8]) -> String {
            guard common < bytes.count else { return "<end>" }
            let from = max(lineStart, common - 40)
            var to = common
            while to < bytes.count && to < common + 40 && bytes[to] != newline { to += 1 }
            return (from > lineStart ? "…" : "") + String(decoding: bytes[from..<to], as: UTF8.self)
        }
        return """
            \(name) differs at line \(line), byte \(common + 1) (SAFERPLAN_RECORD_SNAPSHOTS=1 re-records):
            expected: \(excerpt(expected))
            actual:   \(excerpt(actual))
            """
    }
}

/// Records an issue when `bytes` differ from the golden file `name`; writes it when recording
/// (`SAFERPLAN_RECORD_SNAPSHOTS`) or when it does not exist yet.
func assertGolden(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = GoldenFile.folder.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["SAFERPLAN_RECORD_SNAPSHOTS"] != nil
    guard !record, let expected = FileManager.default.contents(atPath: file.path) else {
        try? FileManager.default.createDirectory(at: GoldenFile.folder, withIntermediateDirectories: true)
        try? Data(bytes).write(to: file)
        if !record { Issue.record("Recorded a new golden file \(name); check it and run again", sourceLocation: sourceLocation) }
        return
    }
    if let message = GoldenFile.difference(expected: Array(expected), actual: bytes, name: name) {
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
