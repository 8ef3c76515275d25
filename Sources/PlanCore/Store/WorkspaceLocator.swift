/// Where the app looks for workspaces when none is named.
public enum WorkspaceLocator {
    /// The variable naming the workspace to open.
    public static let variable = "SAFERPLAN_WORKSPACE"

    /// `$XDG_DATA_HOME/saferplan`, else `~/.local/share/saferplan`.
    public static var dataFolder: String {
        if let xdg = FileSystem.environment("XDG_DATA_HOME") { return FileSystem.join(xdg, "saferplan") }
        let home = FileSystem.environment("HOME") ?? "."
        return FileSystem.join(home, ".local/share/saferplan")
    }

    /// What was found.
    public enum Found: Sendable, Equatable {
        /// One workspace to open.
        case one(String)
        /// Several to choose from.
        case several([String])
        /// None: the demo was written into `folder` (its workspaces are listed).
        case wroteDemo(folder: String, workspaces: [String])
    }

    /// The workspace folders under `folder`: itself if it is one, else its sub-folders that are.
    public static func workspaces(in folder: String) -> [String] {
        if WorkspaceStore.isWorkspace(folder) { return [folder] }
        return FileSystem.list(folder).map { FileSystem.join(folder, $0) }
            .filter { FileSystem.isDirectory($0) && WorkspaceStore.isWorkspace($0) }
    }

    /// Finds the workspace(s) to open: the argument, else `$SAFERPLAN_WORKSPACE`, else those in the
    /// data folder; with nothing there, writes the demo there.
    public static func locate(argument: String?) throws(FileSystemError) -> Found {
        if let a = argument { return .one(a) }
        if let v = FileSystem.environment(variable) { return .one(v) }
        let data = dataFolder
        let found = workspaces(in: data)
        switch found.count {
        case 0:
            if FileSystem.isDirectory(data) && !FileSystem.list(data).isEmpty {
                throw FileSystemError(path: data, operation: "find a workspace in",
                                      reason: "the folder holds no SaferPlan workspace and is not empty")
            }
            try DemoWorkspaces.write(into: data)
            return .wroteDemo(folder: data, workspaces: workspaces(in: data))
        case 1: return .one(found[0])
        default: return .several(found)
        }
    }
}
