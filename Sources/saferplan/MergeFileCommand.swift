import ArgumentParser
import PlanCore

/// `saferplan merge-file BASE OURS THEIRS PATH`: git's merge driver for workspace files.
struct MergeFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-file",
        abstract: "Merge three versions of a workspace file record by record (git's merge driver).",
        discussion: """
            Registered by `saferplan git-setup` as `saferplan merge-file %O %A %B %P`. Records added on both sides \
            are kept; different fields of one record are both kept; a record deleted on one side and edited on the \
            other is kept and reported. A field changed two ways keeps ours and is listed under "conflicts" in the \
            file, which stays valid JSON. The change log (changes-YEAR.jsonl) merges by the union of its lines. \
            The merged file is written over OURS. Exit status: 0 merged, 1 conflicts remain, 2 a version is unreadable.
            """)

    @Argument(help: "The common ancestor's version (%O).")
    var base: String
    @Argument(help: "Our version, overwritten with the result (%A).")
    var ours: String
    @Argument(help: "Their version (%B).")
    var theirs: String
    @Argument(help: "The file's path in the repository (%P).")
    var path: String?

    func run() throws {
        let name = path ?? ours
        let b = (try? FileSystem.read(base)) ?? []
        let o: [UInt8], t: [UInt8]
        do {
            o = try FileSystem.read(ours)
            t = try FileSystem.read(theirs)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if name.hasSuffix(ChangeLogFile.suffix) {
            try write(FileMerge.mergeLines(base: b, ours: o, theirs: t))
            return
        }
        let folder = name.contains("/") ? FileSystem.parent(of: name) : ""
        let theirsRev = GitTool.theirsRevision()
        var logs: [ConflictSide: [ChangeEntry]] = [:]
        let outcome: FileMerge.Outcome
        do {
            outcome = try FileMerge.mergeJSON(base: b, ours: o, theirs: t, fileName: FileSystem.baseName(of: name),
                                              when: Instant.now()) { conflict, side in
                let rev = side == .ours ? "HEAD" : theirsRev
                guard let rev else { return nil }
                if logs[side] == nil { logs[side] = GitTool.changeLog(at: rev, folder: folder) }
                let value = side == .ours ? conflict.ours : conflict.theirs
                return ChangeLog.author(of: conflict, value: value, in: logs[side] ?? [])
                    ?? GitTool.lastAuthor(at: rev, path: name)
            }
        } catch {
            Console.error("\(name): not merged: \(error)")
            throw ExitCode(2)
        }
        try write(outcome.bytes)
        for n in outcome.notices { Console.note("\(name): \(ChangeReport.plain(n))") }
        for c in outcome.conflicts { Console.note("conflict: " + ChangeReport.plain(c.summary)) }
        if !outcome.conflicts.isEmpty {
            Console.note("\(name): \(outcome.conflicts.count) field\(outcome.conflicts.count == 1 ? "" : "s") changed two ways; "
                         + "pick a side in the app with :conflicts, then commit")
            throw ExitCode(1)
        }
    }

    private func write(_ bytes: [UInt8]) throws {
        do { try FileSystem.writeAtomically(bytes, to: ours) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
