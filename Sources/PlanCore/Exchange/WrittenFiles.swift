extension SavedFiles {
    /// Where a save put things, for "imported … into …", part by part in file order: a part kept in
    /// one file by that file ("ns/partnership.json"); a part kept one file per record by the record
    /// files written ("ns/risks/R03.json", or "3 files in ns/risks/"), with its own file (which
    /// lists them) when that was written too ("… and ns/risks.json"). `folder` is the workspace as the user named it.
    public func written(in folder: String) -> String {
        var out: [String] = []
        // The record files by their part, found in one pass (an import writes thousands).
        var recordFiles: [WorkspaceFile: [String]] = [:]
        for path in self.records.keys {
            if let file = WorkspaceFile.owning(path), path != file.fileName { recordFiles[file, default: []].append(path) }
        }
        for file in WorkspaceFile.allCases {
            let own = parts[file] != nil
            guard file.hasRecordFiles else {
                if own { out.append(FileSystem.join(folder, file.fileName)) }
                continue
            }
            let records = recordFiles[file] ?? []
            let ownFile = FileSystem.join(folder, file.fileName)
            switch records.count {
            case 0: if own { out.append(ownFile) }
            case 1: out.append(FileSystem.join(folder, records[0]) + (own ? " and \(ownFile)" : ""))
            default: out.append("\(records.count) files in \(FileSystem.join(folder, file.recordFolder))/" + (own ? " and \(ownFile)" : ""))
            }
        }
        return out.isEmpty ? "no file (every one already held this)" : out.joined(separator: ", ")
    }
}
