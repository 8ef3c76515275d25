import Foundation
import Testing

/// Whether LibreOffice or Chromium is on PATH to make PDFs.
func paperConverterOnPath() -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { dir in
        ["soffice", "chromium"].contains { FileManager.default.isExecutableFile(atPath: "\(dir)/\($0)") }
    }
}

/// The `export` command writing board papers: every paper of every demo and of an empty
/// workspace in md, html, docx and (with a converter) pdf; the papers config; refusals.
@Suite("Board papers from the command line")
struct PaperEndToEndTests {
    /// A new partnership's workspace: a folder holding only a minimal partnership.json.
    func emptyWorkspace(_ t: Tmux) throws -> String {
        let dir = t.folder + "/newtown"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try """
            { "kind" : "saferplan.partnership", "schemaVersion" : 1,
              "partnership" : { "name" : "Newtown Community Safety Partnership" } }
            """.write(toFile: dir + "/partnership.json", atomically: true, encoding: .utf8)
        return dir
    }

    func head(_ path: String, _ n: Int) -> [UInt8] {
        Array((FileManager.default.contents(atPath: path) ?? Data()).prefix(n))
    }

    @Test func everyPaperComesOutInEveryFormat() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let workspaces = ["haringey", "spelthorne", "herefordshire"].map { demo + "/" + $0 } + [try emptyWorkspace(t)]
        let formats = ["md": "| | |", "html": "<!DOCTYPE html>", "docx": "PK\u{3}\u{4}"]
        for ws in workspaces {
            for what in ["plan", "risks", "actions", "indicators", "governance", "budget"] {
                for (format, start) in formats {
                    let out = t.folder + "/\(FileManager.default.displayName(atPath: ws))-\(what).\(format)"
                    let status = spawnAndWait(Tmux.binary, ["export", ws, "--what", what, "--format", format, "--output", out,
                                                            "--meeting", "Safer Communities Executive Board", "--date", "2009-12-10",
                                                            "--author", "Claire Kowalska, Community Safety Strategic Manager"],
                                              output: t.folder + "/export.log")
                    #expect(status == 0, "\(ws) \(what) \(format)")
                    #expect(head(out, start.utf8.count) == Array(start.utf8), "\(out)")
                    let mode = (try? FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int) ?? 0
                    let mask = umask(0)
                    umask(mask)
                    #expect(mode == 0o666 & ~Int(mask), "\(out) has mode \(String(mode, radix: 8))")
                }
            }
        }
    }

    @Test(.enabled(if: paperConverterOnPath()))
    func pdfComesOutWhenAConverterIsOnPath() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        for ws in [demo + "/haringey", try emptyWorkspace(t)] {
            for what in ["risks", "plan"] {
                let out = t.folder + "/\(FileManager.default.displayName(atPath: ws))-\(what).pdf"
                let status = spawnAndWait(Tmux.binary, ["export", ws, "--what", what, "--format", "pdf", "--output", out],
                                          output: t.folder + "/pdf.log")
                #expect(status == 0, "\((try? String(contentsOfFile: t.folder + "/pdf.log", encoding: .utf8)) ?? "")")
                #expect(head(out, 4) == Array("%PDF".utf8))
            }
        }
    }

    @Test func pdfWithoutAConverterSaysWhatToInstall() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let out = t.folder + "/brief.pdf"
        let status = spawnAndWait("/usr/bin/env", ["PATH=/nonexistent", Tmux.binary, "export", demo + "/haringey", "--what", "risks",
                                                   "--format", "pdf", "--output", out], output: t.folder + "/pdf.log")
        #expect(status != 0)
        let log = try String(contentsOfFile: t.folder + "/pdf.log", encoding: .utf8)
        #expect(log.contains("PDF needs LibreOffice or Chromium on PATH"))
        #expect(log.contains("apt-get install libreoffice-writer-nogui"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func theCoverComesFromThePapersConfig() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try """
            { "meeting": "Cabinet", "date": "2008-05-01", "author": "Jo Bloggs", "role": "Community Safety Manager",
              "wards": "County-wide", "implications": { "legal": "none identified" } }
            """.write(toFile: demo + "/herefordshire/papers.json", atomically: true, encoding: .utf8)
        let out = t.folder + "/plan.md"
        #expect(spawnAndWait(Tmux.binary, ["export", demo + "/herefordshire", "--what", "plan", "--format", "md", "--output", out,
                                           "--for", "decision"], output: t.folder + "/log") == 0)
        let md = try String(contentsOfFile: out, encoding: .utf8)
        #expect(md.contains("| **Meeting** | Cabinet |\n| **Date** | 1 May 2008 |"))
        #expect(md.contains("| **Report of** | Jo Bloggs, Community Safety Manager |"))
        #expect(md.contains("| **Wards / area** | County-wide |"))
        #expect(md.contains("1. That Cabinet approve the "))
        #expect(md.contains("- **Legal:** none identified"))
    }

    @Test func aRecordedMeetingGivesTheCoverItsBodyAndDate() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let out = t.folder + "/plan.md"
        #expect(spawnAndWait(Tmux.binary, ["export", demo + "/haringey", "--what", "plan", "--format", "md", "--output", out,
                                           "--meeting", "csp-2008-03-28"], output: t.folder + "/log") == 0)
        let md = try String(contentsOfFile: out, encoding: .utf8)
        #expect(md.contains("| **Meeting** | Safer Communities Executive Board |\n| **Date** | 28 March 2008 |"))
    }

    @Test func aBadConfigOrAFolderAsOutputChangesNothing() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try "{ \"date\": \"soon\" }".write(toFile: demo + "/spelthorne/papers.json", atomically: true, encoding: .utf8)
        let out = t.folder + "/plan.md"
        #expect(spawnAndWait(Tmux.binary, ["export", demo + "/spelthorne", "--what", "plan", "--format", "md", "--output", out],
                             output: t.folder + "/log") != 0)
        #expect(try String(contentsOfFile: t.folder + "/log", encoding: .utf8)
            .contains("papers.json: line 1, column 11: date: expected YYYY-MM-DD, found \"soon\""))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(spawnAndWait(Tmux.binary, ["export", demo + "/haringey", "--what", "risks", "--format", "md", "--output", demo],
                             output: t.folder + "/log2") != 0)
        #expect(try String(contentsOfFile: t.folder + "/log2", encoding: .utf8).contains("\(demo): could not write: it is a folder, which is never replaced"))
    }
}

/// The paper dialog in the real binary: the cover asked for, remembered, and the paper's full path shown.
@Suite("Paper dialog end to end", .serialized)
struct PaperDialogEndToEndTests {
    @Test func theCoverIsAskedForRememberedAndUsed() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("cd \(t.folder) && \(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        t.command("cover")
        t.expectScreen("Paper cover · papers.json")
        // The first line offers the next recorded meeting (the SCEB of 10 December 2009); the second types one.
        t.expectScreen("From the next meeting: Safer Communities Executive Board, 10 Dec 2009")
        t.send("Down")
        t.send("Enter")
        t.expectScreen(":cover meeting")
        t.type("Safer Communities Executive Board")
        t.send("Enter")
        t.expectScreen("Meeting: Safer Communities Executive Board")
        t.send("Escape")
        t.command("export risks docx brief.docx")
        // The path is shown whole: too long for the status line, it goes on over the key-hint line.
        t.expectScreen("brief.docx written (risks, docx) in ")
        t.expectScreen(String(t.folder.split(separator: "/").last ?? ""))
        t.send("q")
        t.expectExit(0)
        let config = try String(contentsOfFile: demo + "/haringey/papers.json", encoding: .utf8)
        #expect(config == "{\n  \"meeting\" : \"Safer Communities Executive Board\"\n}\n")
        let docx = try #require(FileManager.default.contents(atPath: t.folder + "/brief.docx"))
        #expect(docx.starts(with: Array("PK".utf8)))
    }
}
