import Foundation

/// The flushes to disk a piece of work asked for, counted while it is set as
/// ``FileSystem/flushLog`` (tests pin that a save of many files flushes once, not once a file).
public final class FlushLog: @unchecked Sendable {
    private let lock = NSLock()
    private var fileCount = 0
    private var fileSystemCount = 0
    private var folderList: [String] = []

    /// An empty log.
    public init() {}

    /// How many files were flushed one by one.
    public var files: Int { lock.withLock { fileCount } }
    /// How many times a whole file system was flushed.
    public var fileSystems: Int { lock.withLock { fileSystemCount } }
    /// The folders flushed, in order, once for each flush.
    public var folders: [String] { lock.withLock { folderList } }

    func noteFile() { lock.withLock { fileCount += 1 } }
    func noteFileSystem() { lock.withLock { fileSystemCount += 1 } }
    func noteFolder(_ path: String) { lock.withLock { folderList.append(path) } }
}

extension FileSystem {
    /// Where the flushes of the current task are counted; nil (not counted) unless a caller sets it.
    @TaskLocal public static var flushLog: FlushLog?
}
