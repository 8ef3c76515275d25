import Foundation

/// Where the benchmark writes its workspaces and files: one folder for the whole run, removed once
/// every figure is taken.
///
/// Nothing is removed between parts, or between the runs of one part. On ext4 without a journal the
/// kernel passes over inodes freed in the last 60 seconds (300 while their inode table block is
/// unwritten) each time it makes a file, so removing tens of thousands of files before a part made
/// that part's file creation far slower than on a server where nothing was just removed: the
/// import's end-to-end figure went from 0.8 to 2.1–2.4 seconds.
enum Scratch {
    /// The run's folder, named for the process.
    static let root = NSTemporaryDirectory() + "saferplan-bench-\(getpid())"

    /// A path inside the run's folder (which is made when missing); each part names its own.
    static func path(_ name: String) -> String {
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root + "/" + name
    }

    /// Removes the run's folder and everything in it.
    static func removeAll() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
