import Foundation
import Testing
import PlanCore

/// `--output` and standard output: regular files atomically, links followed, FIFOs and devices
/// written in place and never replaced, every write error reported.
@Suite("Output files end to end")
struct OutputFileEndToEndTests {
    private let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The first bytes of a file (enough to see a byte-order mark and the header's start).
    private func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { Array($0.prefix(12)) } ?? []
    }

    private func mode(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode : 0
    }

    @Test func throughASymlinkTheTargetIsWrittenAndTheLinkKept() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        try "old".write(toFile: t.folder + "/target.csv", atomically: true, encoding: .utf8)
        chmod(t.folder + "/target.csv", 0o640)
        symlink("target.csv", t.folder + "/link.csv")
        let r = Command.run(["export", ws, "--what", "risks", "--format", "csv", "--output", t.folder + "/link.csv"], in: t.folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(mode(t.folder + "/link.csv") & S_IFMT == S_IFLNK)
        #expect(mode(t.folder + "/target.csv") == S_IFREG | 0o640)
        #expect(bytes(t.folder + "/target.csv").starts(with: bom + Array("id,ref,t".utf8)))
        #expect(FileSystem.list(t.folder).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func aFIFOIsWrittenInPlaceAndNeverReplaced() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let fifo = t.folder + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = try #require(Command.start(["export", ws, "--what", "risks", "--format", "csv", "--output", fifo],
                                                stdout: t.folder + "/o", stderr: t.folder + "/e"))
        let read = try #require(FileSystem.readFIFOForTest(fifo))
        #expect(writer.wait() == 0)
        #expect(Array(read.utf8).starts(with: bom + Array("id,ref,t".utf8)))
        #expect(mode(fifo) & S_IFMT == S_IFIFO)
    }

    @Test func aFullDeviceGivesAMessageAndAFailingExit() throws {
        try #require(mode("/dev/full") & S_IFMT == S_IFCHR, "/dev/full on this machine is no longer a device")
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let toDevice = Command.run(["export", ws, "--what", "risks", "--format", "csv", "--output", "/dev/full"], in: t.folder)
        #expect(toDevice.status == 1)
        #expect(toDevice.err == "saferplan: /dev/full: could not write: No space left on device\n")
        #expect(mode("/dev/full") & S_IFMT == S_IFCHR)
        let toStdout = Command.run(["export", ws, "--what", "risks", "--format", "csv"], in: t.folder, stdout: "/dev/full")
        #expect(toStdout.status == 1)
        #expect(toStdout.err == "saferplan: could not write to standard output: No space left on device\n")
        let validate = Command.run(["validate", ws], in: t.folder, stdout: "/dev/full")
        #expect(validate.status == 1)
        #expect(validate.err.contains("could not write to standard output"))
        let demo = Command.run(["demo", t.folder + "/demo2"], in: t.folder, stdout: "/dev/full")
        #expect(demo.status == 1)
        #expect(demo.err.contains("could not write to standard output: No space left on device"))
    }

    @Test func aFolderIsNeverReplaced() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        try FileManager.default.createDirectory(atPath: t.folder + "/dir", withIntermediateDirectories: true)
        let r = Command.run(["export", ws, "--what", "risks", "--format", "csv", "--output", t.folder + "/dir"], in: t.folder)
        #expect(r.status == 1)
        #expect(r.err.hasSuffix("/dir: could not write: it is a folder, which is never replaced\n"), "\(r.err)")
        #expect(FileSystem.isDirectory(t.folder + "/dir"))
    }

    @Test func aClosedPipeOnStandardOutputEndsQuietly() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])  // the reader is gone, as after `| head -1`
        let c = try #require(Command.start(["export", ws, "--what", "plan", "--format", "md"],
                                           stdout: "", stderr: t.folder + "/err", stdoutFD: fds[1]))
        close(fds[1])
        let status = c.wait()
        #expect(status == 128 + SIGPIPE)
        #expect(try String(contentsOfFile: t.folder + "/err", encoding: .utf8) == "")
    }

    @Test func csvOnStandardOutputHasNoByteOrderMarkUnlessForced() throws {
        let t = Tmux()
        let ws = try demoCopy(t) + "/haringey"
        let plain = Command.run(["export", ws, "--what", "risks", "--format", "csv"], in: t.folder, stdout: t.folder + "/plain")
        #expect(plain.status == 0)
        #expect(bytes(t.folder + "/plain").starts(with: Array("id,ref,t".utf8)))
        let forced = Command.run(["export", ws, "--what", "risks", "--format", "csv", "--bom"], in: t.folder,
                                 stdout: t.folder + "/forced")
        #expect(forced.status == 0)
        #expect(bytes(t.folder + "/forced").starts(with: bom + Array("id,ref,t".utf8)))
        let file = Command.run(["export", ws, "--what", "risks", "--format", "csv", "-o", t.folder + "/r.csv"], in: t.folder)
        #expect(file.status == 0)
        #expect(bytes(t.folder + "/r.csv").starts(with: bom + Array("id,ref,t".utf8)))
    }
}

extension FileSystem {
    /// Reads a FIFO to its end (blocking until a writer opens it and closes it).
    static func readFIFOForTest(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            out += chunk[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
