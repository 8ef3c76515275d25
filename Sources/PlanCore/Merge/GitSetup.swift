/// The lines `saferplan git-setup` makes sure a workspace's `.gitattributes` and `.gitignore` hold.
public enum GitSetup {
    /// The name of the merge driver in git's configuration.
    public static let driverName = "saferplan"
    /// The command git runs to merge a workspace file.
    public static let driverCommand = "saferplan merge-file %O %A %B %P"

    /// `.gitattributes`: the workspace's JSON files and change log merge with the driver.
    public static let attributes = [
        "*.json merge=\(driverName)",
        "\(ChangeLogFile.prefix)*\(ChangeLogFile.suffix) merge=\(driverName)",
    ]

    /// `.gitignore`: the lock, the recovery file and other local state never go into the repository.
    public static let ignored = [
        WorkspaceLock.fileName,
        ".saferplan-recovery.json",
        ".saferplan-*",
        ".*.tmp-*",
    ]

    /// `text` with every line of `wanted` present, adding the missing ones under a comment;
    /// nil when nothing is missing.
    public static func adding(_ wanted: [String], to text: String) -> String? {
        let have = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = wanted.filter { !have.contains($0) }
        guard !missing.isEmpty else { return nil }
        var out = text
        if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
        if !have.contains(comment) { out += comment + "\n" }
        return out + missing.joined(separator: "\n") + "\n"
    }

    static let comment = "# SaferPlan (saferplan git-setup)"
}
