import Foundation
import Testing
@testable import PlanCore

@Suite("Output files: write errors are reported")
struct OutputFileTests {
    /// A FIFO whose reader goes away mid-write: EPIPE is an error with the path, not a silent death.
    @Test func aFIFOWhoseReaderLeavesGivesBrokenPipe() throws {
        let tmp = TempFolder()
        let fifo = tmp.file("out.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 10)
            _ = read(fd, &buffer, buffer.count)
            close(fd)
        }
        reader.start()
        let big = [UInt8](repeating: 0x41, count: 4 << 20)  // far more than a pipe holds
        #expect {
            try OutputFile.write(big, to: fifo)
        } throws: { error in
            (error as? FileSystemError)?.description == fifo + ": could not write: Broken pipe"
        }
    }

    @Test func aFullDeviceGivesNoSpaceLeft() throws {
        try #require(FileSystem.isCharacterDevice("/dev/full"), "/dev/full on this machine is no longer a device")
        #expect {
            try OutputFile.write(Array("x".utf8), to: "/dev/full")
        } throws: { error in
            (error as? FileSystemError)?.description == "/dev/full: could not write: No space left on device"
        }
        #expect(FileSystem.isCharacterDevice("/dev/full"))
    }
}

extension FileSystem {
    static func isCharacterDevice(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFCHR
    }
}
