import Foundation
import Testing
@testable import PlanCore

/// Loading many record files: each read into one reused buffer, fingerprinted from the bytes that
/// were parsed, put in the listed order, and a damaged one named with its line and column.
struct RecordLoadTests {
    /// A workspace of `count` risks whose ids sort the other way round from their order.
    func manyRisks(_ count: Int) -> Workspace {
        var ws = Workspace()
        ws.partnership.name = "Many risks"
        ws.risks.risks = (1...count).reversed().map { i in
            Risk(id: "R" + String(1000 + i), title: "Risk \(i) with a title long enough to need storage",
                 owner: "Community safety manager", reviews: (0..<3).map { k in
                     RiskReview(date: Day(year: 2010, month: 1 + k, day: 1) ?? Day(dayNumber: 0),
                                residual: RiskScore(likelihood: 1 + k, impact: 2), note: "Quarterly review \(k + 1)")
                 })
        }
        return ws
    }

    @Test func manyRecordFilesLoadInTheirListedOrderFingerprintedFromTheirBytes() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        let ws = manyRisks(41)
        try WorkspaceStore.create(ws, at: folder)
        let loaded = try WorkspaceStore.load(folder: folder)
        #expect(loaded.workspace == ws)
        #expect(loaded.workspace.risks.risks.map(\.id) == ws.risks.risks.map(\.id))
        let names = FileSystem.list(tmp.file("w/risks"))
        #expect(names.count == 41)
        #expect(Set(loaded.recordFingerprints.keys) == Set(names.map { "risks/" + $0 }))
        for name in names {
            let bytes = try FileSystem.read(tmp.file("w/risks/" + name))
            #expect(loaded.recordFingerprints["risks/" + name] == FileFingerprint(of: bytes), "\(name)")
        }
    }

    @Test func openingTakesTheRecordFilesStampsFromTheLoadWithoutASecondPass() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        try WorkspaceStore.create(manyRisks(41), at: folder)
        let counter = StampCount.Counter()
        let (session, _) = try StampCount.$counter.withValue(counter) { try WorkspaceSession.open(folder: folder) }
        defer { session.close() }
        // Only the parts' own files are stamped apart from the load: none of the 41 record files.
        #expect(counter.count == WorkspaceFile.allCases.count)
        // The load's stamps serve the first look for changes: nothing changed, then one record did.
        #expect(session.filesChangedOnDisk() == [])
        let names = FileSystem.list(tmp.file("w/risks"))
        let path = tmp.file("w/risks/" + names[20])
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "Community safety manager", with: "Another owner")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(session.filesChangedOnDisk() == [.risks])
    }

    @Test func theFirstDamagedRecordFileIsNamedWithItsLineColumnAndField() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        try WorkspaceStore.create(manyRisks(23), at: folder)
        for name in ["R1005.json", "R1017.json"] {
            let path = tmp.file("w/risks/" + name)
            let text = String(decoding: try FileSystem.read(path), as: UTF8.self)
            try FileSystem.writeAtomically(Array(text.replacingOccurrences(of: "\"likelihood\" : 2", with: "\"likelihood\" : \"two\"").utf8), to: path)
        }
        let error = #expect(throws: LoadError.self) { try WorkspaceStore.load(folder: folder) }
        #expect(error?.file == tmp.file("w/risks/R1005.json"))
        #expect(error?.fieldPath == "register.risks[0].reviews[1].residual.likelihood")
        let text = String(decoding: try FileSystem.read(tmp.file("w/risks/R1005.json")), as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"two\"") }
        #expect(line != nil)
        #expect(error?.position?.line == line.map { $0 + 1 })
        #expect(error?.message == "expected a whole number, found a string")
    }

    @Test func oneBufferReadsFileAfterFileWhateverTheirSizes() throws {
        let tmp = TempFolder()
        let big = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let small = Array("{\"a\": 1}".utf8)
        try FileSystem.writeAtomically(big, to: tmp.file("big"))
        try FileSystem.writeAtomically(small, to: tmp.file("small"))
        try FileSystem.writeAtomically([], to: tmp.file("empty"))
        var buffer = FileBuffer(capacity: 16)
        for (name, bytes) in [("small", small), ("big", big), ("small", small), ("empty", []), ("big", big)] {
            try buffer.read(tmp.file(name))
            #expect(buffer.count == bytes.count, "\(name)")
            #expect(buffer.withBytes { Array($0) } == bytes, "\(name)")
        }
    }

    @Test func oneBufferRefusesWhatIsNotARegularFileOrTooLarge() throws {
        let tmp = TempFolder()
        #expect(mkfifo(tmp.file("fifo"), 0o600) == 0)
        try FileSystem.makeDirectory(tmp.file("folder"))
        try FileSystem.writeAtomically(Array(repeating: 0x41, count: 100), to: tmp.file("hundred"))
        var buffer = FileBuffer()
        try buffer.read(tmp.file("hundred"))
        for (path, reason) in [(tmp.file("fifo"), "it is a FIFO (named pipe), not a regular file"),
                               (tmp.file("folder"), "it is a folder, not a regular file")] {
            let error = #expect(throws: FileSystemError.self) { try buffer.read(path) }
            #expect(error?.reason == reason)
            #expect(buffer.count == 0)
        }
        let tooLarge = #expect(throws: FileSystemError.self) { try buffer.read(tmp.file("hundred"), limit: 99) }
        #expect(tooLarge?.reason.hasPrefix("it is larger than the limit") == true)
    }
}

/// Repeated text read through one table shares one copy.
struct StringTableTests {
    @Test func repeatedTextOfSharedLengthsIsKeptOnce() throws {
        let table = StringTable()
        let note = Array("Quarterly review 12".utf8)
        let owner = Array("Community safety manager, Anytown".utf8)
        var read: [String] = []
        for _ in 0..<3 {
            for bytes in [note, owner] {
                read.append(try #require(bytes.withUnsafeBufferPointer { table.string($0, ascii: true) }))
            }
        }
        #expect(read == Array(repeating: ["Quarterly review 12", "Community safety manager, Anytown"], count: 3).flatMap { $0 })
        #expect(table.count == 2)
        let names = (0..<5_000).map { "Risk owner number \($0)" }
        for name in names + names {
            let bytes = Array(name.utf8)
            #expect(bytes.withUnsafeBufferPointer { table.string($0, ascii: true) } == name)
        }
        #expect(table.count == 5_002)
        let accented = Array("Responsable de sécurité".utf8)
        #expect(accented.withUnsafeBufferPointer { table.string($0, ascii: false) } == "Responsable de sécurité")
        let broken: [UInt8] = Array("Not valid text at all ".utf8) + [0xC3, 0x28]
        #expect(broken.withUnsafeBufferPointer { table.string($0, ascii: false) } == nil)
        #expect(table.count == 5_003)
    }

    @Test func readingSharesRepeatedTextAndKeepsItsMeaning() throws {
        let table = StringTable()
        let doc = Array(#"["Quarterly review 1 of 12", "Quarterly review 1 of 12", "short", "caf\u00e9 au lait, quarterly", "café au lait, quarterly"]"#.utf8)
        let values = try doc.withUnsafeBufferPointer { (buffer) throws(JSONReadError) in
            try JSONReader.read(buffer, strings: table) { (r) throws(JSONReadError) in try r.strings() }
        }
        #expect(values == ["Quarterly review 1 of 12", "Quarterly review 1 of 12", "short", "café au lait, quarterly", "café au lait, quarterly"])
        // The escaped text is read the slow way; the plain copy of it goes in the table.
        #expect(table.count == 2)
        let bad = Array("[\"Not valid text at all \u{1}\"]".utf8)
        let error = #expect(throws: JSONReadError.self) {
            try bad.withUnsafeBufferPointer { (buffer) throws(JSONReadError) in
                try JSONReader.read(buffer, strings: table) { (r) throws(JSONReadError) in try r.strings() }
            }
        }
        #expect(error?.message.hasPrefix("a control character") == true)
    }
}
