import Testing
@testable import PlanCore

/// A save of many record files flushes the file system once and each folder once, whatever the
/// number of files: the cost of a save does not grow by a flush per record.
@Suite("Flushes of a save")
struct FlushLogTests {
    @Test func manyFilesAreFlushedOnceWithEachFolderOnce() throws {
        let tmp = TempFolder()
        let a = tmp.file("a"), b = tmp.file("b")
        try FileSystem.makeDirectory(a)
        try FileSystem.makeDirectory(b)
        let files = (0..<60).map { i in (bytes: Array("file \(i)\n".utf8), path: FileSystem.join(i % 2 == 0 ? a : b, "f\(i).json")) }
        let log = FlushLog()
        try FileSystem.$flushLog.withValue(log) { try FileSystem.writeAtomically(files) }
        #expect(log.files == 0)
        #expect(log.fileSystems == 1)
        #expect(log.folders.sorted() == [a, b])
        #expect(try FileSystem.read(FileSystem.join(b, "f59.json")) == Array("file 59\n".utf8))
    }

    @Test func aSaveOfManyNewRisksFlushesOnceNotOnceARisk() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        var edited = ws
        let template = ws.risks.risks[0]
        edited.risks.risks += (0..<80).map { i in
            var r = template
            r.id = "risk-new-\(i)"
            r.ref = "N\(i)"
            return r
        }
        let log = FlushLog()
        try FileSystem.$flushLog.withValue(log) { try session.save(edited, files: [.risks], how: "test", who: "Tester") }
        #expect(log.fileSystems == 1)
        #expect(log.folders.filter { $0 == FileSystem.join(folder, "risks") }.count == 1)
        // The register's own file and the change log's files are flushed one by one; no record file is.
        #expect(log.files < 5)
        #expect(try WorkspaceStore.load(folder: folder).workspace.risks.risks.count == ws.risks.risks.count + 80)
    }
}
