import ArgumentParser
import Foundation

/// A mistyped subcommand ("valdate") would otherwise be taken for a folder to open: when the word
/// names no file and is a letter or two from a subcommand, it is refused with a suggestion.
enum CommandSuggestion {
    /// The subcommands' names, from the command definitions.
    static var names: [String] {
        SaferPlanCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// Throws "unknown command … did you mean …" for a word that is not a path but nearly a command.
    static func check(_ argument: String?) throws {
        guard let word = argument, !word.contains("/"), !FileManager.default.fileExists(atPath: word) else { return }
        let close = names.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= max(1, min(2, $0.0.count / 3)) }
        guard let best = close.min(by: { $0.1 < $1.1 })?.0 else { return }
        throw ValidationError("unknown command \"\(word)\"; did you mean \"\(best)\"? (To open a folder of that name, write ./\(word))")
    }

    /// Edit distance: insertions, deletions, substitutions and swaps of neighbours each count one.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
