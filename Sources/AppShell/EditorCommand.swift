/// `$VISUAL` / `$EDITOR` split into words as a POSIX shell splits a simple command: blanks separate
/// words, single quotes keep everything literally, double quotes keep blanks (a backslash escapes
/// `"`, `\`, `$` and `` ` `` inside them), and a backslash outside quotes escapes the next character.
/// "vim -u NONE" is three words, "code --wait" two, "'/opt/My Editor/ed' -n" two.
public enum EditorCommand {
    /// The command the user asked for: `$VISUAL`, else `$EDITOR`, else `vi`. Empty values are skipped.
    public static func chosen(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let v = environment[name], !v.allSatisfy({ $0 == " " || $0 == "\t" }) { return v }
        }
        return "vi"
    }

    /// The words of `command`, or why it cannot be split (an unclosed quote, no words).
    public static func words(_ command: String) -> Result<[String], EditorCommandError> {
        var words: [String] = []
        var word = ""
        var inWord = false
        var chars = Array(command)[...]
        while let c = chars.popFirst() {
            switch c {
            case " ", "\t", "\n":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                guard let end = chars.firstIndex(of: "'") else { return .failure(.unclosedQuote("'")) }
                word += String(chars[chars.startIndex..<end])
                chars = chars[(end + 1)...]
            case "\"":
                inWord = true
                var closed = false
                while let d = chars.popFirst() {
                    if d == "\"" { closed = true; break }
                    if d == "\\", let e = chars.first, "\"\\$`".contains(e) {
                        word.append(e)
                        chars = chars.dropFirst()
                    } else {
                        word.append(d)
                    }
                }
                guard closed else { return .failure(.unclosedQuote("\"")) }
            case "\\":
                inWord = true
                if let e = chars.popFirst(), e != "\n" { word.append(e) }
            default:
                inWord = true
                word.append(c)
            }
        }
        if inWord { words.append(word) }
        return words.isEmpty ? .failure(.empty) : .success(words)
    }
}

/// Why an editor command could not be split into words.
public enum EditorCommandError: Error, Equatable, CustomStringConvertible {
    /// A quote (this character) is opened and never closed.
    case unclosedQuote(Character)
    /// The command has no words.
    case empty

    /// What is wrong with the command, as a clause: "it has an unclosed ' quote".
    public var description: String {
        switch self {
        case .unclosedQuote(let q): return "it has an unclosed \(q) quote"
        case .empty: return "it is empty"
        }
    }
}
