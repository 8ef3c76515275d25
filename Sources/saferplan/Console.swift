#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PlanCore

/// Writing to the standard streams and to output files, checking every write.
///
/// Text bound for a terminal is neutralised first (see ``TerminalText``), so nothing read from a
/// file can drive the terminal. A write error on standard output (a full disk, /dev/full, EIO)
/// ends the program with a message and exit status 1; a closed pipe (`| head`) ends it quietly.
enum Console {
    /// A line on standard output.
    static func out(_ s: String) { writeOut(s + "\n") }

    /// `saferplan: …` on standard error.
    static func error(_ s: String) { writeError("saferplan: " + s + "\n") }

    /// A note on standard error.
    static func note(_ s: String) { writeError("saferplan: " + s + "\n") }

    /// Writes `text` to `path`, or to standard output when `path` is nil or "-" (see ``OutputFile``).
    static func emit(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            writeOut(text)
            return
        }
        do { try OutputFile.write(Array(text.utf8), to: path) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Writes `bytes` (a workbook, a Word or PDF paper) to `path`, or unchanged to standard output
    /// when `path` is nil or "-"; the caller keeps binary files off a terminal.
    static func emit(bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            do { try FileSystem.writeAll(bytes, to: 1, path: "standard output") } catch {
                if error.code == EPIPE {
                    signal(SIGPIPE, SIG_DFL)
                    raise(SIGPIPE)
                    exit(141)
                }
                writeError("saferplan: could not write to standard output: \(error.reason)\n")
                exit(1)
            }
            return
        }
        do { try OutputFile.write(bytes, to: path) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// True when standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(1) == 1 }

    /// Writes `s` to standard output, neutralised when it is a terminal.
    static func writeOut(_ s: String) {
        let text = outputIsTerminal ? TerminalText.neutralise(s) : s
        do { try FileSystem.writeAll(Array(text.utf8), to: 1, path: "standard output") } catch {
            if error.code == EPIPE {
                // The reader went away: end as a pipeline expects, without a word.
                signal(SIGPIPE, SIG_DFL)
                raise(SIGPIPE)
                exit(141)
            }
            writeError("saferplan: could not write to standard output: \(error.reason)\n")
            exit(1)
        }
    }

    /// Writes `s` to standard error, neutralised when it is a terminal. Errors are ignored: there
    /// is nowhere left to report them.
    static func writeError(_ s: String) {
        let text = isatty(2) == 1 ? TerminalText.neutralise(s) : s
        try? FileSystem.writeAll(Array(text.utf8), to: 2, path: "standard error")
    }
}
