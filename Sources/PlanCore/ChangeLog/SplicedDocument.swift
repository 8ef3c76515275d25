/// The change log's view of a part kept one file per record, put together from the record files'
/// bytes a save has just encoded instead of encoding those records a second time.
extension Workspace {
    /// The bytes `keepingRecords(file, at: positions).encoded(file)` gives, made from the part's
    /// file without records and, for each record at `positions`, the record as its file `written`
    /// holds it (by path relative to the folder; a record not there is encoded). A record's file
    /// puts it at the same depth as the part's file does, so its text is the same there.
    ///
    /// Nil when the part has merge conflicts (the files carry them at their top, so the texts would
    /// differ) or a text is not laid out as expected; the caller then encodes the records.
    func encodedKeeping(_ file: WorkspaceFile, at positions: [Int], written: [String: [UInt8]]) -> [UInt8]? {
        guard file.hasRecordFiles, !mergeConflicts.contains(where: { $0.file == file.fileName }),
              let header = try? keepingRecords(file, at: []).encoded(file),
              let list = Self.recordList(in: JSONScan(bytes: header), file: file),
              header[list].elementsEqual(Array("[\n\n".utf8) + Array(repeating: 0x20, count: list.count - 4) + [UInt8(ascii: "]")])
        else { return nil }
        if positions.isEmpty { return header }
        let indent = list.count - 4
        let stems = RecordFiles.stems(for: recordIDs(file))
        // Each record's text is found on two threads when there are many (an import's).
        let ws = self
        let texts = ParallelResults<ArraySlice<UInt8>?>.inHalves(positions, from: 256) { i -> ArraySlice<UInt8>? in
            guard i < stems.count else { return nil }
            let bytes: [UInt8]
            if let saved = written[file.recordPath(stems[i])] {
                bytes = saved
            } else if let encoded = try? ws.encodedRecord(file, at: i) {
                bytes = encoded
            } else {
                return nil
            }
            return Self.onlyRecord(in: bytes, file: file, indent: indent + 2).map { bytes[$0] }
        }
        var out: [UInt8] = []
        out.reserveCapacity(header.count + texts.reduce(0) { $0 + ($1?.count ?? 0) + indent + 4 })
        out.append(contentsOf: header[..<list.lowerBound])
        out.append(contentsOf: [UInt8(ascii: "["), 0x0A])
        for (k, text) in texts.enumerated() {
            guard let text else { return nil }
            if k > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
            out.append(contentsOf: repeatElement(0x20, count: indent + 2))
            out.append(contentsOf: text)
        }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent))
        out.append(UInt8(ascii: "]"))
        out.append(contentsOf: header[list.upperBound...])
        return out
    }

    /// Where the part's list of records is in the scanned text, brackets included.
    private static func recordList(in scan: JSONScan, file: WorkspaceFile) -> Range<Int>? {
        guard scan.fault == nil else { return nil }
        let start = scan.skipSpace(0)
        guard start < scan.bytes.count else { return nil }
        var range = start..<scan.valueEnd(start)
        for step in file.recordListPath {
            guard case .key(let key) = step, scan.opener(range) == UInt8(ascii: "{"),
                  let member = scan.members(range).first(where: { $0.key == key }) else { return nil }
            range = member.value
        }
        return scan.opener(range) == UInt8(ascii: "[") ? range : nil
    }

    /// Where the one record of a record file's `bytes` is, when it begins a line indented by `indent`.
    private static func onlyRecord(in bytes: [UInt8], file: WorkspaceFile, indent: Int) -> Range<Int>? {
        let scan = JSONScan(bytes: bytes)
        guard let list = recordList(in: scan, file: file) else { return nil }
        let elements = scan.elements(list)
        guard elements.count == 1, let record = elements.first, record.lowerBound > indent,
              bytes[record.lowerBound - indent - 1] == 0x0A,
              bytes[(record.lowerBound - indent)..<record.lowerBound].allSatisfy({ $0 == 0x20 }) else { return nil }
        return record
    }

    /// The positions of the part's records whose id is in `ids`, in order.
    func positions(_ file: WorkspaceFile, of ids: Set<String>) -> [Int] {
        recordIDs(file).enumerated().filter { ids.contains($0.element) }.map(\.offset)
    }
}
