import Foundation

/// Turns a paper into PDF with a converter found on PATH: LibreOffice from the Word document
/// (its header, footer and landscape sections carry over), else Chromium from the HTML (its
/// `@page` rules give the running header and page numbers).
public enum PDFConverter {
    /// A converter on PATH.
    public enum Tool: Equatable, Sendable {
        /// LibreOffice, at this path.
        case libreOffice(String)
        /// Chromium or Chrome, at this path.
        case chromium(String)
    }

    /// What to install when no converter is found.
    public static let installHint = "PDF needs LibreOffice or Chromium on PATH and neither was found: install one "
        + "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui, or apt-get install chromium), "
        + "or export --format docx or html and print that"

    /// The first converter on `path` (a PATH value).
    public static func find(path: String? = FileSystem.environment("PATH")) -> Tool? {
        let dirs = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        func which(_ names: [String]) -> String? {
            for d in dirs {
                for n in names {
                    let p = FileSystem.join(d, n)
                    if FileManager.default.isExecutableFile(atPath: p) { return p }
                }
            }
            return nil
        }
        if let s = which(["soffice", "libreoffice"]) { return .libreOffice(s) }
        if let c = which(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) { return .chromium(c) }
        return nil
    }

    /// The PDF of `paper`, made by `tool` in a private temporary folder that is removed after.
    public static func convert(_ paper: Paper, with tool: Tool) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("saferplan-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("paper.pdf")
        switch tool {
        case .libreOffice(let exe):
            let docx = dir.appendingPathComponent("paper.docx")
            try Data(DocxPaper.render(paper)).write(to: docx)
            try run(exe, ["-env:UserInstallation=" + dir.appendingPathComponent("profile").absoluteString,
                          "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.path, docx.path], name: "LibreOffice")
        case .chromium(let exe):
            let html = dir.appendingPathComponent("paper.html")
            try Data(HTMLPaper.render(paper).utf8).write(to: html)
            try run(exe, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                          "--user-data-dir=" + dir.appendingPathComponent("profile").path,
                          "--print-to-pdf=" + pdf.path, html.absoluteString], name: "Chromium")
        }
        guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
            throw ExportError("the converter wrote no PDF; try --format docx or html")
        }
        return [UInt8](data)
    }

    static func run(_ exe: String, _ args: [String], name: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { throw ExportError("\(name) (\(exe)) could not be started: \(error.localizedDescription)") }
        let message = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let text = PaperText.clean(String(decoding: message.prefix(400), as: UTF8.self)).trimmingSpaces()
            throw ExportError("\(name) failed (exit \(p.terminationStatus))" + (text.isEmpty ? "" : ": " + text))
        }
    }
}
