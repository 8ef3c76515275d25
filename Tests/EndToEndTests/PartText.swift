import PlanCore

/// A part of the workspace in `folder` as one JSON text — its own file with its record files'
/// records in it — as the store reads it.
func partText(_ folder: String, _ file: WorkspaceFile) throws -> String {
    String(decoding: try WorkspaceStore.partBytes(file, folder: folder), as: UTF8.self)
}
