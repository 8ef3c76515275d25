/// Joining paths for what the app proposes (where an export goes), without touching the disk.
enum PlanPaths {
    /// `folder/part/part`, with single slashes.
    static func join(_ folder: String, _ parts: String...) -> String {
        var path = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for p in parts where !p.isEmpty { path += "/" + p }
        return path
    }
}
